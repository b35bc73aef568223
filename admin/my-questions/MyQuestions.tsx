import { Alert, Box, Button, Card, CardContent, Chip, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useBriefPeople } from '../common/briefInForce';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading, Title, useTranslate } from 'react-admin';
import { graphql } from '../graphql';
import { useApiCall } from '../useApiCall';
import { useFormat } from '../common/format';

interface Question {
  id: string;
  version: number;
  status: string;
  question: string;
  answer: string | null;
  answeredAt: string | null;
  answeredBy: { name: string } | null;
  assigneeName: string;
  handovers: { fromName: string; toName: string; comment: string; createdAt: string }[];
  dueAt: string | null;
  isOverdue: boolean;
  case: { platform: { name: string } | null; mention: { text: string; authorName: string | null; authorHandle: string } | null } | null;
}

/** Which questions the list shows: waiting ones by default, the answered ones (also those already in the base), or both. */
const SHOWN = {
  open: ['OPEN'],
  answered: ['ANSWERED', 'ARCHIVED'],
  all: ['OPEN', 'ANSWERED', 'ARCHIVED'],
} as const;
type Shown = keyof typeof SHOWN;

const QUERY = `query($statuses: [EscalationStatus!]) { myQuestions(statuses: $statuses) {
  id version status question answer answeredAt answeredBy { name } dueAt isOverdue assigneeName handovers { fromName toName comment createdAt } case { platform { name } mention { text authorName authorHandle } }
} }`;

/** The answer box while the question waits; once answered, the answer as sent, by whom and when, read-only. */
function AnswerPart({ question, onAnswered }: { question: Question; onAnswered: () => void }) {
  const format = useFormat();
  const translate = useTranslate();
  const { call, busy } = useApiCall();
  const [answer, setAnswer] = useState('');
  if (question.status !== 'OPEN') {
    return (
      <Box data-testid="answered" sx={{ borderLeft: 3, borderColor: 'success.main', pl: 1 }}>
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
          {question.answer}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate('workflows.questions.answeredBy', {
            who: question.answeredBy?.name ?? '—',
            when: question.answeredAt ? format.dateTime(question.answeredAt) : '—',
          })}
        </Typography>
      </Box>
    );
  }
  const send = async () => {
    const sent = await call('mutation($id: ID!, $input: AnswerEscalationInput!) { answerEscalation(id: $id, input: $input) { id } }', { id: question.id, input: { answer, version: question.version } }, { success: 'crm.questions.answered' });
    if (sent) onAnswered();
  };
  return (
    <>
      <TextField label={translate('crm.questions.answer')} value={answer} onChange={(event) => setAnswer(event.target.value)} multiline minRows={3} fullWidth />
      <Box>
        <Button variant="contained" onClick={() => void send()} disabled={!answer.trim() || busy}>
          {translate('crm.questions.submit')}
        </Button>
      </Box>
    </>
  );
}

/** Hands the question on to another responsible person of the brief, or back to the PR specialists, with a comment. */
function HandOverButton({ question, onDone }: { question: Question; onDone: () => void }) {
  const translate = useTranslate();
  const people = useBriefPeople();
  const { call, busy } = useApiCall();
  const [open, setOpen] = useState(false);
  const [person, setPerson] = useState(PR_SPECIALISTS_CHOICE);
  const [comment, setComment] = useState('');
  const send = async () => {
    const done = await call(
      'mutation($id: ID!, $input: HandOverEscalationInput!) { handOverEscalation(id: $id, input: $input) { id } }',
      { id: question.id, input: { responsiblePersonKey: person === PR_SPECIALISTS_CHOICE ? null : person, comment, version: question.version } },
      { success: 'notifications.handover.done' },
    );
    if (!done) return;
    setOpen(false);
    onDone();
  };
  return (
    <>
      <Box>
        <Button size="small" variant="outlined" onClick={() => setOpen(true)} data-testid="hand-over">
          {translate('notifications.handover.button')}
        </Button>
      </Box>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth>
        <DialogTitle>{translate('notifications.handover.title')}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
          <TextField select label={translate('notifications.handover.to')} value={person} onChange={(event) => setPerson(event.target.value)} fullWidth data-testid="hand-over-to">
            <MenuItem value={PR_SPECIALISTS_CHOICE}>{translate('notifications.handover.toPr')}</MenuItem>
            {(people ?? []).map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {choice.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField label={translate('notifications.handover.comment')} value={comment} onChange={(event) => setComment(event.target.value)} multiline minRows={2} fullWidth required />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={busy || !comment.trim()} onClick={() => void send()}>
            {translate('notifications.handover.send')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

const PR_SPECIALISTS_CHOICE = '__pr__';

function QuestionCard({ question, onAnswered }: { question: Question; onAnswered: () => void }) {
  const format = useFormat();
  const translate = useTranslate();
  return (
    <Card variant="outlined" data-testid="question" data-status={question.status}>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <Chip size="small" color={question.status === 'OPEN' ? 'warning' : 'success'} label={translate(`crm.escalationStatuses.${question.status}`)} />
          {question.isOverdue && <Chip size="small" color="error" label={translate('crm.questions.overdue')} />}
          {question.dueAt && question.status === 'OPEN' && (
            <Typography variant="body2" color="text.secondary">
              {translate('crm.questions.due', { date: format.dateTime(question.dueAt) })}
            </Typography>
          )}
        </Box>
        <Typography variant="subtitle1">{question.question}</Typography>
        {question.case?.mention && (
          <Typography variant="body2" color="text.secondary" sx={{ borderLeft: 3, borderColor: 'grey.300', pl: 1 }}>
            {translate('crm.questions.post')} ({question.case.platform?.name}, {question.case.mention.authorName ?? question.case.mention.authorHandle}): {question.case.mention.text}
          </Typography>
        )}
        {question.handovers.map((handover, index) => (
          <Typography key={index} variant="body2" color="text.secondary" data-testid="handover">
            {translate('notifications.handover.line', { from: handover.fromName, to: handover.toName, when: format.dateTime(handover.createdAt), comment: handover.comment })}
          </Typography>
        ))}
        <AnswerPart question={question} onAnswered={onAnswered} />
        {question.status === 'OPEN' && <HandOverButton question={question} onDone={onAnswered} />}
      </CardContent>
    </Card>
  );
}

/** "My questions": what representatives asked the signed-in responsible person (or PR specialist); waiting ones first. */
export function MyQuestions() {
  const translate = useTranslate();
  const [shown, setShown] = useState<Shown>('open');
  const questions = useQuery({
    queryKey: ['my-questions', shown],
    queryFn: () => graphql<{ myQuestions: Question[] }>(QUERY, { statuses: SHOWN[shown] }),
  });
  const list = questions.data?.myQuestions ?? [];
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 960 }}>
      <Title title={translate('crm.questions.title')} />
      <Alert severity="info">{translate('crm.questions.intro')}</Alert>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={shown}
        onChange={(_event, value: Shown | null) => value && setShown(value)}
        aria-label={translate('workflows.questions.filter')}
        data-testid="questions-filter"
      >
        {(Object.keys(SHOWN) as Shown[]).map((key) => (
          <ToggleButton key={key} value={key} data-value={key}>
            {translate(`workflows.questions.${key}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {questions.isLoading && <Loading />}
      {questions.error && <Alert severity="error">{(questions.error as Error).message}</Alert>}
      {!questions.isLoading && list.length === 0 && !questions.error && (
        <Typography>{translate(shown === 'answered' ? 'workflows.questions.emptyAnswered' : 'crm.questions.empty')}</Typography>
      )}
      {list.map((question) => (
        <QuestionCard key={`${question.id}-${question.version}`} question={question} onAnswered={() => void questions.refetch()} />
      ))}
    </Box>
  );
}
