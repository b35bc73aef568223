import { Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, TextField } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { mayProceed, OverrideReasonField, ReplyFindings, useReplyCheck } from '../common/ReplyCheck';
import { useApiCall } from '../useApiCall';
import type { CasePageData } from './graphql';
import { EscalationTopic } from './EscalationTopic';

const FINAL = ['RESOLVED', 'CLOSED'];

/** A small form in a dialog: fields above, Cancel and Save below. */
function FormDialog({
  open,
  title,
  onClose,
  onSave,
  children,
  testId,
  saveDisabled = false,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  onSave: () => Promise<void>;
  children: ReactNode;
  testId: string;
  saveDisabled?: boolean;
}) {
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" data-testid={testId}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>{children}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('crm.case.cancel')}</Button>
        <Button
          variant="contained"
          disabled={busy || saveDisabled}
          onClick={async () => {
            setBusy(true);
            await onSave().finally(() => setBusy(false));
          }}
        >
          {translate('crm.case.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * What a representative does with a case: take it, log the post made (from the suggested reply),
 * escalate the question, move it to private, record the result, close it. Buttons follow the
 * transition table the API reports (allowedMoves).
 */
export function CaseActions({ data, onDone }: { data: CasePageData; onDone: () => void }) {
  const translate = useTranslate();
  const { call } = useApiCall();
  const [dialog, setDialog] = useState<'reaction' | 'escalate' | 'result' | null>(null);
  const [text, setText] = useState(data.suggestedReply?.text ?? '');
  const [useReply, setUseReply] = useState(Boolean(data.suggestedReply));
  const [postUrl, setPostUrl] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  // The words actually posted are checked as they are typed, with the rules the API refuses by.
  const { findings, checking } = useReplyCheck(dialog === 'reaction' ? [text] : [], data.platformId);
  const [question, setQuestion] = useState('');
  const [topic, setTopic] = useState('');
  const [person, setPerson] = useState('');
  const [result, setResult] = useState({ resolved: true, positiveFeedback: data.positiveFeedback, siteVisit: data.siteVisit, promoUsed: data.promoUsed, note: '' });

  const run = async (query: string, variables: Record<string, unknown>) => {
    if (!(await call(query, variables, { success: 'crm.case.done' }))) return;
    setDialog(null);
    onDone();
  };
  const move = (status: string) => run('mutation($id: ID!, $input: MoveCaseInput!) { moveCase(id: $id, input: $input) { id } }', { id: data.id, input: { status, version: data.version } });
  const allowed = (status: string) => data.allowedMoves.includes(status);
  const finished = FINAL.includes(data.status);
  const escalationWaiting = data.escalations.some((escalation) => escalation.status !== 'ARCHIVED');

  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', my: 2 }}>
      {data.status === 'NEW' && (
        <Button variant="outlined" onClick={() => void move('IN_PROGRESS')}>
          {translate('crm.case.take')}
        </Button>
      )}
      {!finished && (
        <Button variant="contained" onClick={() => setDialog('reaction')}>
          {translate('crm.case.logReaction')}
        </Button>
      )}
      {!finished && !escalationWaiting && (
        <Button variant="outlined" color="warning" onClick={() => setDialog('escalate')}>
          {translate('crm.case.escalate')}
        </Button>
      )}
      {allowed('MOVED_TO_PRIVATE') && (
        <Button variant="outlined" onClick={() => void move('MOVED_TO_PRIVATE')}>
          {translate('crm.case.moveToPrivate')}
        </Button>
      )}
      {(allowed('RESOLVED') || data.status === 'RESOLVED') && (
        <Button variant="outlined" color="success" onClick={() => setDialog('result')}>
          {translate('crm.case.recordResult')}
        </Button>
      )}
      {allowed('CLOSED') && !allowed('RESOLVED') && (
        <Button variant="text" color="inherit" onClick={() => void move('CLOSED')}>
          {translate('crm.case.close')}
        </Button>
      )}

      <FormDialog
        open={dialog === 'reaction'}
        testId="reaction-dialog"
        title={translate('crm.case.logReaction')}
        onClose={() => setDialog(null)}
        saveDisabled={checking || !mayProceed(findings, overrideReason)}
        onSave={() =>
          run('mutation($id: ID!, $input: LogReactionInput!) { logReaction(caseId: $id, input: $input) { id } }', {
            id: data.id,
            input: {
              text,
              replyId: useReply ? data.suggestedReply?.replyId : null,
              postUrl: postUrl || null,
              overrideReason: overrideReason.trim() || null,
              version: data.version,
            },
          })
        }
      >
        <TextField label={translate('crm.case.text')} value={text} onChange={(event) => setText(event.target.value)} multiline minRows={4} fullWidth />
        <ReplyFindings findings={findings} checking={checking} />
        <OverrideReasonField findings={findings} value={overrideReason} onChange={setOverrideReason} />
        {data.suggestedReply && (
          <FormControlLabel control={<Checkbox checked={useReply} onChange={(event) => setUseReply(event.target.checked)} />} label={translate('crm.case.useReply')} />
        )}
        <TextField label={translate('crm.case.postUrl')} value={postUrl} onChange={(event) => setPostUrl(event.target.value)} fullWidth />
      </FormDialog>

      <FormDialog
        open={dialog === 'escalate'}
        testId="escalate-dialog"
        title={translate('crm.case.escalate')}
        onClose={() => setDialog(null)}
        onSave={() =>
          run('mutation($id: ID!, $input: EscalateCaseInput!) { escalateCase(caseId: $id, input: $input) { id } }', { id: data.id, input: { question, topic: topic || null, responsiblePersonKey: person || null } })
        }
      >
        <TextField label={translate('crm.case.question')} value={question} onChange={(event) => setQuestion(event.target.value)} multiline minRows={3} fullWidth />
        <EscalationTopic caseId={data.id} topic={topic} onChange={setTopic} person={person} onPersonChange={setPerson} />
      </FormDialog>

      <FormDialog
        open={dialog === 'result'}
        testId="result-dialog"
        title={translate('crm.case.recordResult')}
        onClose={() => setDialog(null)}
        onSave={() =>
          run('mutation($id: ID!, $input: CaseResultInput!) { recordCaseResult(id: $id, input: $input) { id } }', {
            id: data.id,
            input: { ...result, note: result.note || null, version: data.version },
          })
        }
      >
        {(['resolved', 'positiveFeedback', 'siteVisit', 'promoUsed'] as const).map((field) => (
          <FormControlLabel
            key={field}
            control={<Checkbox checked={result[field]} onChange={(event) => setResult({ ...result, [field]: event.target.checked })} />}
            label={translate(`crm.case.${field}`)}
          />
        ))}
        <TextField label={translate('crm.case.note')} value={result.note} onChange={(event) => setResult({ ...result, note: event.target.value })} fullWidth />
      </FormDialog>
    </Box>
  );
}
