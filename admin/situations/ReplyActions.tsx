import ApproveIcon from '@mui/icons-material/CheckCircle';
import RetireIcon from '@mui/icons-material/Archive';
import EditIcon from '@mui/icons-material/Edit';
import { Button, Stack } from '@mui/material';
import { Link, useRefresh, useTranslate } from 'react-admin';
import { useApiCall } from '../useApiCall';
import type { ReplyRecord } from './ReplyCard';

/** Edit, approve and retire one reply: shown to PR specialists and administrators only. */
export function ReplyActions({ reply }: { reply: ReplyRecord }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { call, busy } = useApiCall();

  const run = async (query: string, variables: Record<string, unknown>, done: string) => {
    if (await call(query, variables, { success: done })) refresh();
  };

  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" startIcon={<EditIcon />} component={Link} to={`/replies/${reply.id}`}>
        {translate('ra.action.edit')}
      </Button>
      {reply.status !== 'APPROVED' && (
        <Button
          size="small"
          color="success"
          variant="contained"
          disabled={busy}
          startIcon={<ApproveIcon />}
          data-testid={`approve-${reply.id}`}
          onClick={() =>
            void run(
              // The revision on screen is the one approved: a rewording meanwhile is refused, not approved unseen.
              'mutation($id: ID!, $revision: Int) { approveReply(id: $id, revision: $revision) { id } }',
              { id: reply.id, revision: reply.revision },
              'repbase.replies.approved',
            )
          }
        >
          {translate('repbase.replies.approve')}
        </Button>
      )}
      {reply.status !== 'RETIRED' && (
        <Button
          size="small"
          color="inherit"
          disabled={busy}
          startIcon={<RetireIcon />}
          onClick={() => void run('mutation($id: ID!) { retireReply(id: $id) { id } }', { id: reply.id }, 'repbase.replies.retired')}
        >
          {translate('repbase.replies.retire')}
        </Button>
      )}
    </Stack>
  );
}
