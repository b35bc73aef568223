import { Box, Button, Card, CardContent, Grid, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useFormat } from '../common/format';
import { graphql } from '../graphql';
import { answerTimes, type AnsweredQuestion } from './answer-times';
import { ChartCard, Tile } from './ChartCard';
import { EChart } from './charts/EChart';
import { DataTable } from './DataTable';

const QUESTIONS = `{
  waiting: myQuestions(status: OPEN) { id isOverdue dueAt }
  answered: myQuestions(statuses: [ANSWERED, ARCHIVED]) { id question createdAt answeredAt dueAt }
}`;

/** How many of the last answers the chart draws: enough to see a trend, few enough to read. */
const CHART_ANSWERS = 20;

/** A responsible person's dashboard: the questions waiting for them and how fast they answer. */
export function ResponsibleDashboard() {
  const translate = useTranslate();
  const format = useFormat();
  const { data } = useQuery({
    queryKey: ['responsible-dashboard'],
    queryFn: () => graphql<{ waiting: { id: string; isOverdue: boolean }[]; answered: AnsweredQuestion[] }>(QUESTIONS),
  });
  const times = data ? answerTimes(data.answered) : null;
  const hours = (value: number | null | undefined) => (value === null || value === undefined ? '—' : translate('dashboards.hours', { hours: format.number(value, { maximumFractionDigits: 1 }) }));
  const recent = times?.answers.slice(-CHART_ANSWERS) ?? [];
  return (
    <Box sx={{ mt: 2 }} data-testid="responsible-dashboard">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Card sx={{ height: '100%' }} data-testid="open-questions">
            <CardContent>
              <Typography variant="h6" gutterBottom>
                {translate('dashboards.cards.openQuestions')}
              </Typography>
              <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
                <Tile label="dashboards.questions.open" value={data ? format.number(data.waiting.length) : '…'} testId="open-questions-count" />
                <Tile
                  label="dashboards.questions.overdue"
                  value={data ? format.number(data.waiting.filter((question) => question.isOverdue).length) : '…'}
                  color={data?.waiting.some((question) => question.isOverdue) ? 'error.main' : undefined}
                  testId="overdue-questions-count"
                />
              </Box>
              <Button component={Link} to="/my-questions" size="small" sx={{ mt: 1 }}>
                {translate('dashboards.openQuestions')}
              </Button>
              <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap', mt: 2 }}>
                <Tile label="dashboards.questions.answered" value={times ? format.number(times.answered) : '…'} />
                <Tile label="dashboards.questions.average" value={hours(times?.averageHours)} testId="answer-average" />
                <Tile label="dashboards.questions.median" value={hours(times?.medianHours)} />
                <Tile label="dashboards.questions.onTime" value={times?.onTimeShare == null ? '—' : format.number(times.onTimeShare, { style: 'percent', maximumFractionDigits: 0 })} />
              </Box>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, lg: 8 }}>
          <ChartCard
            title="dashboards.cards.answerTimes"
            testId="chart-answer-times"
            chart={
              recent.length === 0 ? (
                <Typography color="text.secondary">{translate('dashboards.noAnswers')}</Typography>
              ) : (
                <EChart
                  testId="chart-canvas-answer-times"
                  option={{
                    tooltip: { trigger: 'axis' },
                    grid: { left: 48, right: 16, top: 16, bottom: 40 },
                    xAxis: { type: 'category', data: recent.map((answer) => format.date(answer.answeredAt)) },
                    yAxis: { type: 'value', name: translate('dashboards.hoursAxis') },
                    series: [
                      {
                        name: translate('dashboards.questions.answerHours'),
                        type: 'bar',
                        barMaxWidth: 40,
                        data: recent.map((answer) => ({ value: Math.round(answer.hours * 10) / 10, itemStyle: { color: answer.onTime === false ? '#e53935' : '#1976d2' } })),
                      },
                    ],
                  }}
                />
              )
            }
            table={
              <DataTable
                headers={['dashboards.columns.question', 'dashboards.columns.asked', 'dashboards.columns.answered', 'dashboards.questions.answerHours']}
                rows={(times?.answers ?? []).map((answer) => [answer.question, format.dateTime(answer.createdAt), format.dateTime(answer.answeredAt), format.number(answer.hours, { maximumFractionDigits: 1 })])}
              />
            }
          />
        </Grid>
      </Grid>
    </Box>
  );
}
