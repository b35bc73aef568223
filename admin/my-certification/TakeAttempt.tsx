import { Alert, Box, Button, Card, CardContent, Checkbox, Chip, FormControlLabel, Radio, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFormat } from '../common/format';
import { graphql } from '../graphql';
import { useApiCall } from '../useApiCall';
import { ATTEMPT_FIELDS, type LearnerAttempt, type LearnerQuestion } from './types';

/** The seconds left by the server's clock: the offset between the server and this browser is taken once per read. */
function useSecondsLeft(attempt: LearnerAttempt | undefined): number | null {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (attempt) setOffset(new Date(attempt.serverTime).getTime() - Date.now());
  }, [attempt?.serverTime]);
  if (!attempt?.deadline || attempt.status !== 'IN_PROGRESS') return null;
  return Math.max(0, Math.floor((new Date(attempt.deadline).getTime() - (now + offset)) / 1000));
}

const clockText = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

function QuestionCard({ attempt, question, onSaved }: { attempt: LearnerAttempt; question: LearnerQuestion; onSaved: (attempt: LearnerAttempt) => void }) {
  const translate = useTranslate();
  const { call, busy } = useApiCall();
  const [text, setText] = useState(question.answer?.text ?? '');
  const running = attempt.status === 'IN_PROGRESS';
  const chosen = new Set(question.answer?.choiceIds ?? []);
  const save = async (variables: { choiceIds?: string[]; text?: string }) => {
    const saved = await call<{ answerQuizQuestion: LearnerAttempt }>(
      `mutation($attemptId: ID!, $questionId: ID!, $choiceIds: [String!], $text: String) { answerQuizQuestion(attemptId: $attemptId, questionId: $questionId, choiceIds: $choiceIds, text: $text) { ${ATTEMPT_FIELDS} } }`,
      { attemptId: attempt.id, questionId: question.id, ...variables },
    );
    if (saved) onSaved(saved.answerQuizQuestion);
  };
  const toggle = (choiceId: string) => {
    if (question.type !== 'MULTIPLE_CHOICE') return void save({ choiceIds: [choiceId] });
    const next = new Set(chosen);
    if (next.has(choiceId)) next.delete(choiceId);
    else next.add(choiceId);
    void save({ choiceIds: [...next] });
  };
  const review = question.review;
  const choiceText = (ids: string[]) => question.choices.filter((choice) => ids.includes(choice.id)).map((choice) => choice.text).join('; ');
  return (
    <Card variant="outlined" data-testid="learner-question">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Typography variant="caption" color="text.secondary">
          {translate('certification.my.question', { number: question.position, count: attempt.questions.length })} · {translate(`certification.types.${question.type}`)}
        </Typography>
        <Typography variant="subtitle1">{question.text}</Typography>
        {question.material && (
          <Typography variant="body2" sx={{ borderLeft: 3, borderColor: 'grey.400', pl: 1, whiteSpace: 'pre-wrap' }}>
            {question.material}
          </Typography>
        )}
        {question.type === 'SHORT_ANSWER' ? (
          <Box sx={{ display: 'flex', gap: 1 }}>
            <TextField size="small" label={translate('certification.my.textAnswer')} value={text} onChange={(event) => setText(event.target.value)} disabled={!running} fullWidth slotProps={{ htmlInput: { 'data-testid': 'text-answer' } }} />
            {running && (
              <Button variant="outlined" disabled={busy} onClick={() => void save({ text })}>
                {translate('certification.my.saveText')}
              </Button>
            )}
          </Box>
        ) : (
          question.choices.map((choice) => (
            <FormControlLabel
              key={choice.id}
              disabled={!running || busy}
              control={question.type === 'MULTIPLE_CHOICE' ? <Checkbox checked={chosen.has(choice.id)} /> : <Radio checked={chosen.has(choice.id)} />}
              label={choice.text}
              onChange={() => toggle(choice.id)}
              data-testid="choice"
            />
          ))
        )}
        {review && (
          <Box data-testid="question-review" sx={{ borderLeft: 3, borderColor: review.mark === 1 ? 'success.main' : 'error.main', pl: 1 }}>
            <Typography variant="body2">
              {translate('certification.my.rightAnswer', { answer: question.type === 'SHORT_ANSWER' ? review.acceptedAnswers.join('; ') : choiceText(review.rightChoiceIds) })}
            </Typography>
            {review.explanation && <Typography variant="body2">{translate('certification.my.explanation', { text: review.explanation })}</Typography>}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

/** One attempt: the questions with a server-kept timer while it runs; the review the quiz allows once submitted. */
export function TakeAttempt({ attemptId, onBack }: { attemptId: string; onBack: () => void }) {
  const translate = useTranslate();
  const format = useFormat();
  const queryClient = useQueryClient();
  const { call, busy } = useApiCall();
  const key = ['my-quiz-attempt', attemptId];
  const attempt = useQuery({ queryKey: key, queryFn: () => graphql<{ myQuizAttempt: LearnerAttempt }>(`query($id: ID!) { myQuizAttempt(id: $id) { ${ATTEMPT_FIELDS} } }`, { id: attemptId }) });
  const data = attempt.data?.myQuizAttempt;
  const secondsLeft = useSecondsLeft(data);
  const update = (next: LearnerAttempt) => queryClient.setQueryData(key, { myQuizAttempt: next });
  // When the timer reaches zero the server submits the attempt (after a short grace): read it back then.
  useEffect(() => {
    if (secondsLeft === 0) {
      const timer = setTimeout(() => void attempt.refetch(), 35_000);
      return () => clearTimeout(timer);
    }
  }, [secondsLeft === 0]);
  if (attempt.error) return <Alert severity="error">{(attempt.error as Error).message}</Alert>;
  if (!data) return null;
  const submit = async () => {
    const done = await call<{ submitQuizAttempt: LearnerAttempt }>(`mutation($id: ID!) { submitQuizAttempt(id: $id) { ${ATTEMPT_FIELDS} } }`, { id: data.id }, { success: 'certification.my.submitted' });
    if (done) update(done.submitQuizAttempt);
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 900 }} data-testid="attempt" data-status={data.status}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button onClick={onBack}>{translate('certification.my.back')}</Button>
        <Typography variant="h6">{data.quizTitle}</Typography>
        {secondsLeft !== null && <Chip color={secondsLeft < 60 ? 'error' : 'primary'} label={translate('certification.my.timeLeft', { time: clockText(secondsLeft) })} data-testid="timer" />}
      </Box>
      {data.status === 'SUBMITTED' && (
        <Alert severity={data.passed ? 'success' : 'warning'} data-testid="attempt-result">
          {translate('certification.my.score', { score: format.number(data.score ?? 0), passMark: format.number(data.passMark) })} — {translate(data.passed ? 'certification.my.passed' : 'certification.my.failed')}
          {data.autoSubmitted && <> {translate('certification.my.autoSubmitted')}</>}
        </Alert>
      )}
      {data.questions.map((question) => (
        <QuestionCard key={`${question.id}-${data.status}`} attempt={data} question={question} onSaved={update} />
      ))}
      {data.status === 'IN_PROGRESS' && (
        <Box>
          <Button variant="contained" disabled={busy} onClick={() => void submit()} data-testid="submit-attempt">
            {translate('certification.my.submit')}
          </Button>
        </Box>
      )}
    </Box>
  );
}
