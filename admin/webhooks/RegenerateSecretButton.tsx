import KeyIcon from '@mui/icons-material/Key';
import { useState } from 'react';
import { Button, Confirm, useRecordContext, useRefresh } from 'react-admin';
import { useApiCall } from '../useApiCall';
import { SecretDialog } from '../common/SecretDialog';

export function RegenerateSecretButton() {
  const record = useRecordContext<{ id: string }>();
  const [asking, setAsking] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const { call, busy } = useApiCall();
  const refresh = useRefresh();
  if (!record) return null;
  const regenerate = async () => {
    const answer = await call<{ regenerateWebhookSecret: { secret: string } }>('mutation($id: ID!) { regenerateWebhookSecret(id: $id) { secret } }', { id: record.id });
    setAsking(false);
    if (answer) setSecret(answer.regenerateWebhookSecret.secret);
  };
  return (
    <>
      <Button label="repbase.webhooks.regenerate" onClick={() => setAsking(true)}>
        <KeyIcon />
      </Button>
      <Confirm isOpen={asking} loading={busy} title="repbase.webhooks.regenerateTitle" content="repbase.webhooks.regenerateContent" onConfirm={() => void regenerate()} onClose={() => setAsking(false)} />
      <SecretDialog messages="repbase.webhooks" testId="webhook-secret"
        secret={secret}
        onDone={() => {
          setSecret(null);
          refresh();
        }}
      />
    </>
  );
}
