import ApproveIcon from '@mui/icons-material/CheckCircle';
import CompareIcon from '@mui/icons-material/CompareArrows';
import ReturnIcon from '@mui/icons-material/Undo';
import SubmitIcon from '@mui/icons-material/Send';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, useRecordContext, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { ApiError } from '../graphql';
import { useApiCall } from '../useApiCall';
import { APPROVE, RETURN, SUBMIT } from './graphql';
import { NewDraftButton } from './NewDraftButton';

export interface VersionRecord {
  id: string;
  number: number;
  status: 'DRAFT' | 'IN_REVIEW' | 'APPROVED' | 'ARCHIVED';
  version: number;
  basedOnVersionId: string | null;
  replacesVersionId: string | null;
}

/**
 * Runs one workflow step on the version as it was read (its `version`), then shows it where its new
 * state is handled: a draft in the editor, anything else as a document.
 */
function useStep() {
  const record = useRecordContext<VersionRecord>();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const { call, busy } = useApiCall();
  const run = async (query: string, variables: Record<string, unknown>, done: string, onRefused?: (error: ApiError) => void) => {
    if (!record) return;
    const answer = await call<Record<string, { status: string }>>(query, { id: record.id, version: record.version, ...variables }, {
      success: done,
      successArgs: { number: record.number },
      resource: 'brief-versions',
      errorDuration: 10_000,
      onRefused,
    });
    if (!answer) return;
    const { status } = Object.values(answer)[0];
    redirect(status === 'DRAFT' ? 'edit' : 'show', 'brief-versions', record.id);
    refresh();
  };
  return { record, busy, run };
}

function ReturnButton() {
  const { record, busy, run } = useStep();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  if (!record) return null;
  return (
    <>
      <Button label="briefs.actions.return" onClick={() => setOpen(true)} disabled={busy}>
        <ReturnIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate('briefs.returnDialog.title', { number: record.number })}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            multiline
            minRows={3}
            fullWidth
            margin="dense"
            label={translate('briefs.returnDialog.comment')}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton
            variant="contained"
            disabled={!comment.trim() || busy}
            onClick={() => void run(RETURN, { comment }, 'briefs.messages.returned').then(() => setOpen(false))}
          >
            {translate('briefs.returnDialog.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** KPI guards an approver may override by saying why (the API records the reason). */
const OVERRIDABLE = ['KPI_ABOVE_CEILING', 'PRIORITY_KPI_TOO_SOON'];

/** Approves; when a KPI guard refuses, asks for the reason and approves again with it. */
function ApproveButton() {
  const { record, busy, run } = useStep();
  const translate = useTranslate();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (!record) return null;
  const onRefused = (error: ApiError) => {
    if (OVERRIDABLE.includes(String(error.extensions?.reason))) setRefusal(error.message);
  };
  return (
    <>
      <Button label="briefs.actions.approve" onClick={() => setConfirming(true)} disabled={busy}>
        <ApproveIcon />
      </Button>
      {/* Putting a version in force changes what every representative and tool is told: ask first. */}
      <Confirm
        isOpen={confirming}
        title="briefs.confirmApproval.title"
        content="briefs.confirmApproval.content"
        confirm="briefs.confirmApproval.confirm"
        confirmColor="primary"
        translateOptions={{ number: record.number }}
        loading={busy}
        onConfirm={() => void run(APPROVE, {}, 'briefs.messages.approved', onRefused).then(() => setConfirming(false))}
        onClose={() => setConfirming(false)}
      />
      <Dialog open={refusal !== null} onClose={() => setRefusal(null)} fullWidth>
        <DialogTitle>{translate('briefs.approveDialog.title', { number: record.number })}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 1 }}>
            {refusal}
          </Alert>
          <TextField
            autoFocus
            multiline
            minRows={2}
            fullWidth
            margin="dense"
            label={translate('briefs.approveDialog.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setRefusal(null)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton
            variant="contained"
            disabled={!reason.trim() || busy}
            onClick={() => void run(APPROVE, { reason }, 'briefs.messages.approved', onRefused).then(() => setRefusal(null))}
          >
            {translate('briefs.approveDialog.confirm')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** The steps the version's state allows (the brief versions are a PR specialists' resource). */
export function WorkflowButtons({ disabled = false }: { disabled?: boolean }) {
  const { record, busy, run } = useStep();
  const translate = useTranslate();
  if (!record) return null;
  const compareWith = record.replacesVersionId ?? record.basedOnVersionId;
  return (
    <>
      {record.status === 'DRAFT' && (
        <Button label="briefs.actions.submit" onClick={() => void run(SUBMIT, {}, 'briefs.messages.submitted')} disabled={busy || disabled}>
          <SubmitIcon />
        </Button>
      )}
      {record.status === 'IN_REVIEW' && (
        <>
          <ApproveButton />
          <ReturnButton />
        </>
      )}
      {(record.status === 'APPROVED' || record.status === 'ARCHIVED') && <NewDraftButton fromVersionId={record.id} />}
      {compareWith && (
        <MuiButton component={Link} to={`/brief-diff?from=${compareWith}&to=${record.id}`} size="small" startIcon={<CompareIcon />}>
          {translate('briefs.actions.compareWithPrevious')}
        </MuiButton>
      )}
    </>
  );
}
