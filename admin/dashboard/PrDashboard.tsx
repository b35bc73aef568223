import AssignmentIcon from '@mui/icons-material/Assignment';
import { Alert, Box, Button, Card, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { InfographicButton } from '../analytics/ExportButtons';
import { useFormat } from '../common/format';
import { graphql } from '../graphql';
import { CasesOverTimeCard } from './CasesOverTimeCard';
import { CategoriesCard } from './CategoriesCard';
import { FirstResponseCard } from './FirstResponseCard';
import { KpiProgressCard } from './KpiProgressCard';
import { useDashboardPeriod } from './period';
import { PeriodPicker } from './PeriodPicker';
import { SituationsCard } from './SituationsCard';
import { useCaseAnalytics } from './useCaseAnalytics';

export const REPORTS_AWAITING_REVIEW_LINK = `/reports?filter=${encodeURIComponent(JSON.stringify({ awaitingReview: true }))}`;

/** Reports submitted by representatives and waiting for the PR specialist's review. */
function ReportsAwaitingReviewCard() {
  const translate = useTranslate();
  const format = useFormat();
  const { data } = useQuery({
    queryKey: ['reports-awaiting-review'],
    queryFn: () => graphql<{ _allReportsMeta: { count: number } }>('{ _allReportsMeta(filter: { awaitingReview: true }) { count } }'),
  });
  const count = data?._allReportsMeta.count;
  return (
    <Card sx={{ height: '100%' }} data-testid="reports-awaiting-review">
      <CardContent>
        <Typography variant="h6">{translate('dashboards.cards.reportsAwaitingReview')}</Typography>
        <Typography variant="h3" color={count ? 'warning.main' : undefined} data-testid="reports-awaiting-review-count">
          {count === undefined ? '…' : format.number(count)}
        </Typography>
        <Button component={Link} to={REPORTS_AWAITING_REVIEW_LINK} startIcon={<AssignmentIcon />} size="small">
          {translate('dashboards.openQueue')}
        </Button>
      </CardContent>
    </Card>
  );
}

/** The PR specialist's dashboard: KPI plan vs fact, the period's case figures, the review queue. */
export function PrDashboard() {
  const translate = useTranslate();
  const format = useFormat();
  const state = useDashboardPeriod();
  const { period } = state;
  const { data: analytics, error } = useCaseAnalytics(period);
  return (
    <Box sx={{ mt: 2 }} data-testid="pr-dashboard">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="h5" sx={{ flexGrow: 1 }}>
          {translate('dashboards.prTitle')}
        </Typography>
        <PeriodPicker state={state} />
        <InfographicButton period={period} />
      </Box>
      {analytics && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('dashboards.periodNote', {
            from: format.date(`${analytics.from}T12:00:00Z`),
            to: format.date(`${analytics.to}T12:00:00Z`),
            previousFrom: format.date(`${analytics.previousFrom}T12:00:00Z`),
            previousTo: format.date(`${analytics.previousTo}T12:00:00Z`),
            timeZone: analytics.timeZone,
          })}
        </Typography>
      )}
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 9 }}>
          <KpiProgressCard />
        </Grid>
        <Grid size={{ xs: 12, lg: 3 }}>
          <ReportsAwaitingReviewCard />
        </Grid>
        {error ? (
          <Grid size={12}>
            <Alert severity="error">{error instanceof Error ? error.message : String(error)}</Alert>
          </Grid>
        ) : !analytics ? (
          <Grid size={12}>
            <Skeleton variant="rectangular" height={300} />
          </Grid>
        ) : (
          <>
            <Grid size={{ xs: 12, lg: 7 }}>
              <CasesOverTimeCard analytics={analytics} period={period} />
            </Grid>
            <Grid size={{ xs: 12, lg: 5 }}>
              <FirstResponseCard analytics={analytics} period={period} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <CategoriesCard analytics={analytics} period={period} />
            </Grid>
            <Grid size={{ xs: 12, lg: 6 }}>
              <SituationsCard analytics={analytics} period={period} />
            </Grid>
          </>
        )}
      </Grid>
    </Box>
  );
}
