import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../common/format';

/** On, off, or switched off by the server after failing for a day (with since when). */
export function WebhookState(_props: { label?: string }) {
  const record = useRecordContext<{ active: boolean; disabledAt: string | null; failingSince: string | null }>();
  const translate = useTranslate();
  const format = useFormat();
  if (!record) return null;
  if (!record.active && record.disabledAt) return <Chip size="small" color="error" label={translate('repbase.webhooks.switchedOff', { date: format.dateTime(record.disabledAt) })} />;
  if (!record.active) return <Chip size="small" label={translate('repbase.webhooks.inactive')} />;
  if (record.failingSince) return <Chip size="small" color="warning" label={translate('repbase.webhooks.failingSince', { date: format.dateTime(record.failingSince) })} />;
  return <Chip size="small" color="success" label={translate('repbase.webhooks.working')} />;
}
