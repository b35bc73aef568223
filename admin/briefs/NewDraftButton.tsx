import AddIcon from '@mui/icons-material/Add';
import CopyIcon from '@mui/icons-material/ContentCopy';
import { useState } from 'react';
import { Button, useNotify, useRedirect } from 'react-admin';
import { graphql } from '../graphql';
import { CREATE_DRAFT } from './graphql';

/**
 * Starts a draft: empty, a copy of the version in force (`copyInForce`), or a copy of `fromVersionId`,
 * then opens it in the editor.
 */
export function NewDraftButton({ copyInForce = false, fromVersionId }: { copyInForce?: boolean; fromVersionId?: string }) {
  const notify = useNotify();
  const redirect = useRedirect();
  const [busy, setBusy] = useState(false);
  const copying = copyInForce || Boolean(fromVersionId);

  const create = async () => {
    setBusy(true);
    try {
      let copyFromVersionId = fromVersionId;
      if (copyInForce) {
        const { briefInForce } = await graphql<{ briefInForce: { id: string } | null }>('{ briefInForce { id } }');
        copyFromVersionId = briefInForce?.id;
      }
      const { createBriefDraft } = await graphql<{ createBriefDraft: { id: string } }>(CREATE_DRAFT, { input: copyFromVersionId ? { copyFromVersionId } : {} });
      notify('briefs.messages.created', { type: 'success' });
      redirect('edit', 'brief-versions', createBriefDraft.id);
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button
      label={fromVersionId ? 'briefs.actions.copy' : copyInForce ? 'briefs.actions.newDraft' : 'briefs.actions.emptyDraft'}
      onClick={() => void create()}
      disabled={busy}
    >
      {copying ? <CopyIcon /> : <AddIcon />}
    </Button>
  );
}
