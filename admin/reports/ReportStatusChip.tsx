import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const COLOURS = { DRAFT: 'default', SUBMITTED: 'warning', RETURNED: 'error', ACCEPTED: 'success' } as const;

export function ReportStatusChip() {
  const record = useRecordContext<{ status: keyof typeof COLOURS }>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" color={COLOURS[record.status]} label={translate(`reports.statuses.${record.status}`)} data-testid="report-status" />;
}
