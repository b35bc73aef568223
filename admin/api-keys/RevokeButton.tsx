import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useApiCall } from '../useApiCall';

export function RevokeButton() {
  const record = useRecordContext<{ id: string; name: string; revokedAt: string | null }>();
  const [open, setOpen] = useState(false);
  const { call, busy } = useApiCall();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!record || record.revokedAt) return null;

  const revoke = async () => {
    const revoked = await call('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: record.id }, { success: 'repbase.apiKeys.revoked' });
    setOpen(false);
    if (revoked) refresh();
  };

  return (
    <>
      <Button label="repbase.apiKeys.revoke" color="error" onClick={(event) => { event.stopPropagation(); setOpen(true); }}>
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate('repbase.apiKeys.revokeTitle', { name: record.name })}
        content="repbase.apiKeys.revokeContent"
        onConfirm={() => void revoke()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
