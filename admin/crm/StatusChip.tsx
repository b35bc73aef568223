import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { statusColor } from './choices';

export function StatusChip({ status }: { status: string }) {
  const translate = useTranslate();
  return <Chip size="small" color={statusColor[status] ?? 'default'} label={translate(`crm.caseStatuses.${status}`)} />;
}
