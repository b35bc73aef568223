import ReplayIcon from '@mui/icons-material/Replay';
import { Button, useRecordContext, useRefresh } from 'react-admin';
import { useApiCall } from '../useApiCall';

/** Sends a delivered or failed event to its endpoint again (same event id). */
export function ResendButton(_props: { label?: string }) {
  const record = useRecordContext<{ id: string; status: string }>();
  const { call, busy } = useApiCall();
  const refresh = useRefresh();
  if (!record || record.status === 'PENDING') return null;
  const resend = async () => {
    if (await call('mutation($id: ID!) { resendWebhookDelivery(id: $id) { id status } }', { id: record.id }, { success: 'repbase.webhooks.resent' })) refresh();
  };
  return (
    <Button label="repbase.webhooks.resend" disabled={busy} onClick={(event) => { event.stopPropagation(); void resend(); }}>
      <ReplayIcon />
    </Button>
  );
}
