import { Alert, Box, Card, CardContent, Chip, Link, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { can, type Permissions } from '../authProvider';
import { useFormat } from '../common/format';
import { graphql } from '../graphql';
import { QUIZZES, sourcePath, STATISTICS, WEAK_SPOTS, type SourceFields } from './graphql';

interface QuestionFigures {
  questionId: string;
  attempts: number;
  facility: number | null;
  discrimination: number | null;
  weak: boolean;
  question: (SourceFields & { text: string }) | null;
}

interface QuizFigures {
  attempts: number;
  meanPercent: number | null;
  medianPercent: number | null;
  passRate: number | null;
  questions: QuestionFigures[];
}

interface WeakSpot extends SourceFields {
  questionId: string;
  quizId: string;
  quizTitle: string;
  questionText: string;
  facility: number;
  attempts: number;
}

/** A quiz's figures: mean, median, pass rate, and Moodle's facility and discrimination per question. */
function QuizFiguresCard({ quizId }: { quizId: string }) {
  const translate = useTranslate();
  const format = useFormat();
  const { data } = useQuery({ queryKey: ['quiz-statistics', quizId], queryFn: async () => (await graphql<{ quizStatistics: QuizFigures }>(STATISTICS, { quizId })).quizStatistics });
  if (!data) return null;
  const percent = (value: number | null) => (value === null ? '—' : `${format.number(value, { maximumFractionDigits: 1 })} %`);
  const share = (value: number | null) => (value === null ? '—' : `${format.number(value * 100, { maximumFractionDigits: 0 })} %`);
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="quiz-statistics">
      <CardContent>
        <Stack direction="row" spacing={3} sx={{ mb: 2, flexWrap: 'wrap' }}>
          <Typography>{translate('standard.statistics.attempts')}: {format.number(data.attempts)}</Typography>
          <Typography>{translate('standard.statistics.mean')}: {percent(data.meanPercent)}</Typography>
          <Typography>{translate('standard.statistics.median')}: {percent(data.medianPercent)}</Typography>
          <Typography>{translate('standard.statistics.passRate')}: {share(data.passRate)}</Typography>
        </Stack>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('standard.statistics.question')}</TableCell>
              <TableCell align="right">{translate('standard.statistics.attempts')}</TableCell>
              <TableCell align="right">{translate('standard.statistics.facility')}</TableCell>
              <TableCell align="right">{translate('standard.statistics.discrimination')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.questions.map((figures) => (
              <TableRow key={figures.questionId} data-testid="question-statistics">
                <TableCell>
                  {figures.question?.text}
                  {figures.weak && <Chip size="small" color="error" label={translate('standard.statistics.weak')} sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell align="right">{format.number(figures.attempts)}</TableCell>
                <TableCell align="right">{figures.facility === null ? translate('standard.statistics.fewAttempts') : share(figures.facility)}</TableCell>
                <TableCell align="right">{figures.discrimination === null ? '—' : format.number(figures.discrimination, { maximumFractionDigits: 1 })}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

/** Questions most people fail, with a link to the brief item or situation they come from. */
function WeakSpots() {
  const translate = useTranslate();
  const format = useFormat();
  const { data = [] } = useQuery({ queryKey: ['weak-spots'], queryFn: async () => (await graphql<{ certificationWeakSpots: WeakSpot[] }>(WEAK_SPOTS)).certificationWeakSpots });
  return (
    <Card variant="outlined" sx={{ mt: 2 }} data-testid="weak-spots">
      <CardContent>
        <Typography variant="h6">{translate('standard.statistics.weakSpots')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('standard.statistics.weakSpotsIntro')}
        </Typography>
        {data.length === 0 && <Alert severity="success">{translate('standard.statistics.noWeakSpots')}</Alert>}
        {data.map((spot) => {
          const path = sourcePath(spot);
          return (
            <Box key={`${spot.quizId}-${spot.questionId}`} sx={{ py: 0.5 }}>
              <Typography variant="body2">
                <b>{spot.quizTitle}</b> · {spot.questionText} · {translate('standard.statistics.facility')} {format.number(spot.facility * 100, { maximumFractionDigits: 0 })} % ({spot.attempts})
              </Typography>
              {path && (
                <Link component={RouterLink} to={path} variant="caption">
                  {translate('standard.statistics.openSource')}
                  {spot.sourceBriefSection ? ` (${translate(`resources.brief-versions.fields.${spot.sourceBriefSection}`)} / ${spot.sourceBriefItemKey})` : ''}
                </Link>
              )}
            </Box>
          );
        })}
      </CardContent>
    </Card>
  );
}

/** Trainers see every quiz's figures; trainers and PR specialists see the weak spots. */
export function StatisticsPage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const trainer = can(permissions, 'TRAINER');
  const [quizId, setQuizId] = useState('');
  const quizzes = useQuery({ queryKey: ['quiz-titles'], enabled: trainer, queryFn: async () => (await graphql<{ allQuizzes: { id: string; title: string }[] }>(QUIZZES)).allQuizzes });
  return (
    <Box sx={{ mt: 2 }}>
      <Title title="standard.statistics.title" />
      {trainer && (
        <TextField select label={translate('standard.statistics.chooseQuiz')} value={quizId} onChange={(event) => setQuizId(event.target.value)} sx={{ minWidth: 320 }} data-testid="statistics-quiz">
          {(quizzes.data ?? []).map((quiz) => (
            <MenuItem key={quiz.id} value={quiz.id}>
              {quiz.title}
            </MenuItem>
          ))}
        </TextField>
      )}
      {trainer && quizId && <QuizFiguresCard quizId={quizId} />}
      <WeakSpots />
    </Box>
  );
}
