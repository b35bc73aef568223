import AddIcon from '@mui/icons-material/Add';
import CopyIcon from '@mui/icons-material/ContentCopy';
import { Button, useRedirect } from 'react-admin';
import { useApiCall } from '../useApiCall';
import { CREATE_DRAFT } from './graphql';

/**
 * Starts a draft: empty, a copy of the version in force (`copyInForce`), or a copy of `fromVersionId`,
 * then opens it in the editor.
 */
export function NewDraftButton({ copyInForce = false, fromVersionId }: { copyInForce?: boolean; fromVersionId?: string }) {
  const redirect = useRedirect();
  const { call, busy } = useApiCall();
  const copying = copyInForce || Boolean(fromVersionId);

  const create = async () => {
    let copyFromVersionId = fromVersionId;
    if (copyInForce) {
      const inForce = await call<{ briefInForce: { id: string } | null }>('{ briefInForce { id } }');
      if (!inForce) return;
      copyFromVersionId = inForce.briefInForce?.id;
    }
    const created = await call<{ createBriefDraft: { id: string } }>(CREATE_DRAFT, { input: copyFromVersionId ? { copyFromVersionId } : {} }, { success: 'briefs.messages.created' });
    if (created) redirect('edit', 'brief-versions', created.createBriefDraft.id);
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
