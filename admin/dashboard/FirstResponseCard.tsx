import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { AnalyticsTableExportButton } from '../analytics/ExportButtons';
import type { AnalyticsPeriod, CaseAnalytics } from '../analytics/queries';
import { useFormat } from '../common/format';
import { ChartCard } from './ChartCard';
import { EChart } from './charts/EChart';
import { DataTable } from './DataTable';

/** How soon cases got their first answer (bands), and the share answered within the brief's deadline. */
export function FirstResponseCard({ analytics, period }: { analytics: CaseAnalytics; period: AnalyticsPeriod }) {
  const translate = useTranslate();
  const format = useFormat();
  const percent = (value: number | null) => (value === null ? '—' : format.number(value, { style: 'percent', maximumFractionDigits: 0 }));
  const bands = analytics.firstResponseDistribution;
  const sla = analytics.summary.shareAnsweredWithinDeadline;
  const average = analytics.summary.firstResponseAverageMinutes.current;
  // Minutes read well up to two hours; longer averages in hours.
  const duration = (minutes: number | null) =>
    minutes === null
      ? '—'
      : minutes < 120
        ? translate('dashboards.minutes', { minutes: format.number(minutes, { maximumFractionDigits: 0 }) })
        : translate('dashboards.hours', { hours: format.number(minutes / 60, { maximumFractionDigits: 1 }) });
  return (
    <ChartCard
      title="dashboards.cards.firstResponse"
      testId="chart-first-response"
      actions={<AnalyticsTableExportButton period={period} table="FIRST_RESPONSE_DISTRIBUTION" />}
      chart={
        <>
          <Box sx={{ display: 'flex', gap: 3, mb: 1 }}>
            <Typography data-testid="sla-share">
              {translate('dashboards.sla.share', { share: percent(sla.current) })}
              <Typography component="span" variant="body2" color="text.secondary">
                {' '}
                {translate('dashboards.previous', { value: percent(sla.previous) })}
              </Typography>
            </Typography>
            <Typography>{translate('dashboards.sla.average', { time: duration(average) })}</Typography>
          </Box>
          <EChart
            testId="chart-canvas-first-response"
            height={230}
            option={{
              tooltip: { trigger: 'axis' },
              grid: { left: 40, right: 16, top: 16, bottom: 40 },
              xAxis: { type: 'category', data: bands.map((band) => translate(`dashboards.bands.${band.band}`)), axisLabel: { interval: 0 } },
              yAxis: { type: 'value', minInterval: 1 },
              series: [
                { name: translate('dashboards.columns.cases'), type: 'bar', data: bands.map((band) => band.cases.current ?? 0), itemStyle: { color: '#1976d2' } },
                { name: translate('dashboards.columns.previous'), type: 'bar', data: bands.map((band) => band.cases.previous ?? 0), itemStyle: { color: '#b0bec5' } },
              ],
            }}
          />
        </>
      }
      table={
        <DataTable
          headers={['dashboards.columns.band', 'dashboards.columns.cases', 'dashboards.columns.share', 'dashboards.columns.previous']}
          rows={[
            ...bands.map((band) => [translate(`dashboards.bands.${band.band}`), format.number(band.cases.current ?? 0), percent(band.share), format.number(band.cases.previous ?? 0)]),
            [translate('dashboards.sla.row'), percent(sla.current), '', percent(sla.previous)],
          ]}
        />
      }
    />
  );
}
