import { Alert, Box, Button, Card, CardActions, CardContent, Chip, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, Title, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { downloadCertificate } from '../certification/download';
import { useFormat } from '../common/format';
import { graphql } from '../graphql';
import { useApiCall } from '../useApiCall';
import { TakeAttempt } from './TakeAttempt';
import type { LearnerQuiz } from './types';

const QUIZZES = `{ myQuizzes { id title description questionCount timeLimitMinutes attemptsAllowed attemptsUsed passMark certifying grade passed
  attemptInProgressId cannotStartReason nextAttemptAt attempts { id number status score passed submittedAt } } }`;
const CERTIFICATES = '{ myCertificates { id quizTitle score issuedAt validUntil status verificationCode } }';

interface MyCertificate {
  id: string;
  quizTitle: string;
  score: number;
  issuedAt: string;
  validUntil: string | null;
  status: string;
  verificationCode: string;
}

function QuizCard({ quiz, onOpen }: { quiz: LearnerQuiz; onOpen: (attemptId: string) => void }) {
  const translate = useTranslate();
  const format = useFormat();
  const { call, busy } = useApiCall();
  const start = async () => {
    const started = await call<{ startQuizAttempt: { id: string } }>('mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) { id } }', { quizId: quiz.id });
    if (started) onOpen(started.startQuizAttempt.id);
  };
  return (
    <Card variant="outlined" data-testid="my-quiz" data-title={quiz.title}>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
          <Typography variant="h6">{quiz.title}</Typography>
          {quiz.certifying && <Chip size="small" label={translate('certification.my.certifying')} />}
          {quiz.passed !== null && <Chip size="small" color={quiz.passed ? 'success' : 'warning'} label={translate(quiz.passed ? 'certification.my.passed' : 'certification.my.failed')} />}
        </Box>
        {quiz.description && <Typography variant="body2">{quiz.description}</Typography>}
        <Typography variant="body2" color="text.secondary">
          {[
            translate('certification.my.questions', { count: quiz.questionCount }),
            quiz.timeLimitMinutes ? translate('certification.my.timeLimit', { minutes: quiz.timeLimitMinutes }) : translate('certification.my.noTimeLimit'),
            quiz.attemptsAllowed ? translate('certification.my.attempts', { used: quiz.attemptsUsed, allowed: quiz.attemptsAllowed }) : translate('certification.my.attemptsUnlimited', { used: quiz.attemptsUsed }),
            translate('certification.my.passMark', { passMark: format.number(quiz.passMark) }),
            ...(quiz.grade !== null ? [translate('certification.my.grade', { grade: format.number(quiz.grade) })] : []),
          ].join(' · ')}
        </Typography>
        {quiz.cannotStartReason && !quiz.attemptInProgressId && (
          <Typography variant="body2" color="warning.main">
            {translate(`reasons.${quiz.cannotStartReason}`)}
            {quiz.nextAttemptAt && ` ${translate('certification.my.nextAttemptAt', { date: format.dateTime(quiz.nextAttemptAt) })}`}
          </Typography>
        )}
      </CardContent>
      <CardActions>
        {quiz.attemptInProgressId ? (
          <Button variant="contained" onClick={() => onOpen(quiz.attemptInProgressId!)} data-testid="resume-quiz">
            {translate('certification.my.resume')}
          </Button>
        ) : (
          !quiz.cannotStartReason && (
            <Button variant="contained" disabled={busy} onClick={() => void start()} data-testid="start-quiz">
              {translate('certification.my.start')}
            </Button>
          )
        )}
        {quiz.attempts
          .filter((attempt) => attempt.status === 'SUBMITTED')
          .map((attempt) => (
            <Button key={attempt.id} size="small" onClick={() => onOpen(attempt.id)}>
              {translate('certification.my.review')} #{attempt.number}: {format.number(attempt.score ?? 0)}%
            </Button>
          ))}
      </CardActions>
    </Card>
  );
}

/** "Моя аттестация": the representative's quizzes, the attempt being taken (kept in the address, so a reload resumes it), certificates. */
export function MyCertification() {
  const translate = useTranslate();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const attemptId = params.get('attempt');
  const quizzes = useQuery({ queryKey: ['my-quizzes', attemptId], queryFn: () => graphql<{ myQuizzes: LearnerQuiz[] }>(QUIZZES), enabled: !attemptId });
  const certificates = useQuery({ queryKey: ['my-certificates', attemptId], queryFn: () => graphql<{ myCertificates: MyCertificate[] }>(CERTIFICATES), enabled: !attemptId });
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 960 }}>
      <Title title={translate('certification.my.title')} />
      {attemptId ? (
        <TakeAttempt attemptId={attemptId} onBack={() => setParams({})} />
      ) : (
        <>
          <Alert severity="info">{translate('certification.my.intro')}</Alert>
          {quizzes.isLoading && <Loading />}
          {quizzes.error && <Alert severity="error">{(quizzes.error as Error).message}</Alert>}
          {quizzes.data?.myQuizzes.length === 0 && <Typography>{translate('certification.my.empty')}</Typography>}
          {quizzes.data?.myQuizzes.map((quiz) => <QuizCard key={quiz.id} quiz={quiz} onOpen={(id) => setParams({ attempt: id })} />)}
          <Typography variant="h6">{translate('certification.my.certificates')}</Typography>
          {certificates.data?.myCertificates.length === 0 && <Typography color="text.secondary">{translate('certification.my.noCertificates')}</Typography>}
          {certificates.data?.myCertificates.map((certificate) => (
            <Card key={certificate.id} variant="outlined" data-testid="my-certificate">
              <CardContent>
                <Typography variant="subtitle1">
                  {certificate.quizTitle} — {format.number(certificate.score)}% · {translate(`certification.certificateStatuses.${certificate.status}`)}
                </Typography>
                <Typography variant="body2" color="text.secondary">
                  {format.date(certificate.issuedAt)} · {certificate.validUntil ? translate('certification.my.validUntil', { date: format.date(certificate.validUntil) }) : translate('certification.my.noExpiry')} ·{' '}
                  {translate('certification.my.code', { code: certificate.verificationCode })}
                </Typography>
              </CardContent>
              <CardActions>
                <Button size="small" onClick={() => void downloadCertificate(certificate.id)}>
                  {translate('certification.download')}
                </Button>
              </CardActions>
            </Card>
          ))}
        </>
      )}
    </Box>
  );
}
