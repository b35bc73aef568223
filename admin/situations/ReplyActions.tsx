import ApproveIcon from '@mui/icons-material/CheckCircle';
import RetireIcon from '@mui/icons-material/Archive';
import EditIcon from '@mui/icons-material/Edit';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { mayProceed, OverrideReasonField, ReplyFindings, useReplyCheck } from '../common/ReplyCheck';
import { Link, useRefresh, useTranslate } from 'react-admin';
import { useApiCall } from '../useApiCall';
import type { ReplyRecord } from './ReplyCard';

/**
 * Approval asks for confirmation: the words as they will be served, and checkReply's findings on every
 * wording. A breach of the brief needs a reason, which the revision keeps.
 */
function ApproveReplyDialog({ reply, onClose }: { reply: ReplyRecord; onClose: () => void }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { call, busy } = useApiCall();
  const [reason, setReason] = useState('');
  const { findings, checking } = useReplyCheck([reply.text, ...(reply.variants ?? [])]);
  const approve = async () => {
    // The revision on screen is the one approved: a rewording meanwhile is refused, not approved unseen.
    const done = await call(
      'mutation($id: ID!, $revision: Int, $overrideReason: String) { approveReply(id: $id, revision: $revision, overrideReason: $overrideReason) { id } }',
      { id: reply.id, revision: reply.revision, overrideReason: reason.trim() || null },
      { success: 'repbase.replies.approved' },
    );
    if (!done) return;
    onClose();
    refresh();
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" data-testid="approve-reply-dialog">
      <DialogTitle>{translate('repbase.replies.approveTitle', { revision: reply.revision })}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        {[reply.text, ...(reply.variants ?? [])].map((wording, index) => (
          <Typography key={index} variant="body2" sx={{ whiteSpace: 'pre-wrap', borderLeft: 3, borderColor: 'divider', pl: 1 }}>
            {wording}
          </Typography>
        ))}
        <ReplyFindings findings={findings} checking={checking} />
        <OverrideReasonField findings={findings} value={reason} onChange={setReason} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" color="success" disabled={busy || checking || !mayProceed(findings, reason)} onClick={() => void approve()} data-testid="confirm-approve">
          {translate('repbase.replies.approve')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** Edit, approve and retire one reply: shown to PR specialists and administrators only. */
export function ReplyActions({ reply }: { reply: ReplyRecord }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const { call, busy } = useApiCall();
  const [approving, setApproving] = useState(false);

  const run = async (query: string, variables: Record<string, unknown>, done: string) => {
    if (await call(query, variables, { success: done })) refresh();
  };

  return (
    <Stack direction="row" spacing={1}>
      {approving && <ApproveReplyDialog reply={reply} onClose={() => setApproving(false)} />}
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
          onClick={() => setApproving(true)}
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
