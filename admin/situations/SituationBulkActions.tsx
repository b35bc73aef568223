import ArchiveIcon from '@mui/icons-material/Archive';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import type { ReactElement } from 'react';
import { Button, useListContext, useNotify, useRefresh, useUnselectAll } from 'react-admin';
import { graphql } from '../graphql';

/** One bulk mutation over the selected situations: one transaction on the API, then the list again. */
function BulkButton({ label, icon, mutation, field, done }: { label: string; icon: ReactElement; mutation: string; field: string; done: string }) {
  const { selectedIds } = useListContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('situations');
  const run = async () => {
    try {
      const data = await graphql<Record<string, unknown[]>>(mutation, { ids: selectedIds });
      notify(done, { type: 'success', messageArgs: { smart_count: data[field].length } });
      unselectAll();
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Button label={label} onClick={() => void run()} data-testid={`bulk-${field}`}>
      {icon}
    </Button>
  );
}

/** What a PR specialist does to many situations at once: approve their draft replies, archive them. */
export function SituationBulkActions() {
  return (
    <>
      <BulkButton
        label="workflows.situations.approveReplies"
        icon={<DoneAllIcon />}
        mutation="mutation($ids: [ID!]!) { approveSituationReplies(ids: $ids) { id } }"
        field="approveSituationReplies"
        done="workflows.situations.approved"
      />
      <BulkButton label="workflows.situations.archive" icon={<ArchiveIcon />} mutation="mutation($ids: [ID!]!) { archiveSituations(ids: $ids) { id } }" field="archiveSituations" done="workflows.situations.archived" />
    </>
  );
}
