import { Box, Button, Card, CardContent, Chip, Grid, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useGetIdentity, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useFormat } from '../common/format';
import { graphql } from '../graphql';
import { KpiProgressCard } from './KpiProgressCard';
import { Tile } from './ChartCard';

const REPORT_COLOURS: Record<string, 'default' | 'info' | 'success' | 'error' | 'warning'> = { DRAFT: 'default', SUBMITTED: 'info', ACCEPTED: 'success', RETURNED: 'warning', REJECTED: 'error' };

interface Queue {
  open: { count: number };
  overdue: { count: number };
  reports: { id: string; status: string; period: string; firstDay: string; lastDay: string; reviewComment: string | null }[];
}

const QUEUE = `query RepresentativeQueue($open: CaseFilter, $overdue: CaseFilter) {
  open: _allCasesMeta(filter: $open) { count }
  overdue: _allCasesMeta(filter: $overdue) { count }
  reports: allReports(filter: { mine: true }, sortField: "firstDay", sortOrder: DESC, perPage: 1) { id status period firstDay lastDay reviewComment }
}`;

/** Own cases still waiting for an answer: new or being worked on. */
const awaiting = (me: string | undefined) => ({ representativeUserId: me, statuses: ['NEW', 'IN_PROGRESS'] });

const casesLink = (filter: Record<string, unknown>) => `/cases?filter=${encodeURIComponent(JSON.stringify(filter))}`;

/** A representative's dashboard: their own KPIs, their queue of cases and their latest report. */
export function RepresentativeDashboard() {
  const translate = useTranslate();
  const format = useFormat();
  const { identity } = useGetIdentity();
  const me = identity?.id as string | undefined;
  const { data } = useQuery({
    queryKey: ['representative-queue', me],
    enabled: Boolean(me),
    queryFn: () => graphql<Queue>(QUEUE, { open: awaiting(me), overdue: { representativeUserId: me, overdue: true } }),
  });
  const report = data?.reports[0];
  return (
    <Box sx={{ mt: 2 }} data-testid="representative-dashboard">
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          <KpiProgressCard />
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          <Card sx={{ mb: 2 }} data-testid="my-queue">
            <CardContent>
              <Typography variant="h6" gutterBottom>
                {translate('dashboards.cards.myQueue')}
              </Typography>
              <Box sx={{ display: 'flex', gap: 4 }}>
                <Tile label="dashboards.queue.open" value={data ? format.number(data.open.count) : '…'} testId="my-queue-open" />
                <Tile label="dashboards.queue.overdue" value={data ? format.number(data.overdue.count) : '…'} color={data?.overdue.count ? 'error.main' : undefined} testId="my-queue-overdue" />
              </Box>
              <Button component={Link} to={casesLink(awaiting(me))} size="small" sx={{ mt: 1 }}>
                {translate('dashboards.openQueue')}
              </Button>
            </CardContent>
          </Card>
          <Card data-testid="my-report">
            <CardContent>
              <Typography variant="h6" gutterBottom>
                {translate('dashboards.cards.myReport')}
              </Typography>
              {report ? (
                <>
                  <Typography gutterBottom>
                    {translate('dashboards.reportPeriod', { from: format.date(`${report.firstDay}T12:00:00Z`), to: format.date(`${report.lastDay}T12:00:00Z`) })}
                  </Typography>
                  <Chip size="small" color={REPORT_COLOURS[report.status] ?? 'default'} label={translate(`reports.statuses.${report.status}`)} data-testid="my-report-status" />
                  {report.reviewComment && (
                    <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                      {report.reviewComment}
                    </Typography>
                  )}
                  <Box>
                    <Button component={Link} to={`/reports/${report.id}/show`} size="small" sx={{ mt: 1 }}>
                      {translate('dashboards.openReport')}
                    </Button>
                  </Box>
                </>
              ) : (
                <>
                  <Typography color="text.secondary">{translate('dashboards.noReport')}</Typography>
                  <Button component={Link} to="/reports/create" size="small" sx={{ mt: 1 }}>
                    {translate('dashboards.createReport')}
                  </Button>
                </>
              )}
            </CardContent>
          </Card>
        </Grid>
      </Grid>
    </Box>
  );
}
