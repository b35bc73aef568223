import { Alert, Box, Button, Card, CardContent, Chip, TextField, Typography } from '@mui/material';
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
  dueAt: string | null;
  isOverdue: boolean;
  case: { platform: { name: string } | null; mention: { text: string; authorName: string | null; authorHandle: string } | null } | null;
}

const QUERY = `{ myQuestions { id version status question answer dueAt isOverdue case { platform { name } mention { text authorName authorHandle } } } }`;

function QuestionCard({ question, onAnswered }: { question: Question; onAnswered: () => void }) {
  const format = useFormat();
  const translate = useTranslate();
  const { call } = useApiCall();
  const [answer, setAnswer] = useState(question.answer ?? '');
  const send = async () => {
    const sent = await call('mutation($id: ID!, $input: AnswerEscalationInput!) { answerEscalation(id: $id, input: $input) { id } }', { id: question.id, input: { answer, version: question.version } }, { success: 'crm.questions.answered' });
    if (sent) onAnswered();
  };
  return (
    <Card variant="outlined" data-testid="question">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <Chip size="small" color={question.status === 'OPEN' ? 'warning' : 'success'} label={translate(`crm.escalationStatuses.${question.status}`)} />
          {question.isOverdue && <Chip size="small" color="error" label={translate('crm.questions.overdue')} />}
          {question.dueAt && (
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
        <TextField label={translate('crm.questions.answer')} value={answer} onChange={(event) => setAnswer(event.target.value)} multiline minRows={3} fullWidth />
        <Box>
          <Button variant="contained" onClick={() => void send()} disabled={!answer.trim()}>
            {translate('crm.questions.submit')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}

/** "My questions": what representatives asked the signed-in responsible person (or PR specialist). */
export function MyQuestions() {
  const translate = useTranslate();
  const questions = useQuery({ queryKey: ['my-questions'], queryFn: () => graphql<{ myQuestions: Question[] }>(QUERY) });
  if (questions.isLoading) return <Loading />;
  const list = questions.data?.myQuestions ?? [];
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 960 }}>
      <Title title={translate('crm.questions.title')} />
      <Alert severity="info">{translate('crm.questions.intro')}</Alert>
      {questions.error && <Alert severity="error">{(questions.error as Error).message}</Alert>}
      {list.length === 0 && !questions.error && <Typography>{translate('crm.questions.empty')}</Typography>}
      {list.map((question) => (
        <QuestionCard key={`${question.id}-${question.version}`} question={question} onAnswered={() => void questions.refetch()} />
      ))}
    </Box>
  );
}
