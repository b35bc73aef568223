import BlockIcon from '@mui/icons-material/Block';
import { useState } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { graphql } from '../graphql';

export function RevokeButton() {
  const record = useRecordContext<{ id: string; name: string; revokedAt: string | null }>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!record || record.revokedAt) return null;

  const revoke = async () => {
    setBusy(true);
    try {
      await graphql('mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id: record.id });
      notify('repbase.apiKeys.revoked', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
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
