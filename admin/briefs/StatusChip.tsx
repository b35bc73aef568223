import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLOURS = { DRAFT: 'default', IN_REVIEW: 'warning', APPROVED: 'success', ARCHIVED: 'default' } as const;

export function StatusChip({ status }: { status?: keyof typeof COLOURS }) {
  const record = useRecordContext<{ status: keyof typeof COLOURS }>();
  const translate = useTranslate();
  const value = status ?? record?.status;
  if (!value) return null;
  return <Chip size="small" color={COLOURS[value]} variant={value === 'ARCHIVED' ? 'outlined' : 'filled'} label={translate(`briefs.statuses.${value}`)} />;
}
