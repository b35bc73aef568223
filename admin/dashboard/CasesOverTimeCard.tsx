import { useTranslate } from 'react-admin';
import { AnalyticsTableExportButton } from '../analytics/ExportButtons';
import type { AnalyticsPeriod, CaseAnalytics } from '../analytics/queries';
import { useFormat } from '../common/format';
import { ChartCard } from './ChartCard';
import { EChart } from './charts/EChart';
import { DataTable } from './DataTable';

/** Cases that came in, were answered and resolved, per day (week, month) of the period. */
export function CasesOverTimeCard({ analytics, period }: { analytics: CaseAnalytics; period: AnalyticsPeriod }) {
  const translate = useTranslate();
  const format = useFormat();
  const labels = analytics.series.map((point) => (point.start === point.end ? format.date(`${point.start}T12:00:00Z`) : `${format.date(`${point.start}T12:00:00Z`)} – ${format.date(`${point.end}T12:00:00Z`)}`));
  const series = (['mentionsIn', 'answered', 'resolved'] as const).map((key) => ({
    name: translate(`dashboards.series.${key}`),
    type: 'line' as const,
    smooth: true,
    areaStyle: key === 'mentionsIn' ? { opacity: 0.15 } : undefined,
    data: analytics.series.map((point) => point[key]),
  }));
  return (
    <ChartCard
      title="dashboards.cards.casesOverTime"
      testId="chart-cases-over-time"
      actions={<AnalyticsTableExportButton period={period} table="SERIES" />}
      chart={
        <EChart
          testId="chart-canvas-cases-over-time"
          option={{
            tooltip: { trigger: 'axis' },
            legend: { bottom: 0 },
            grid: { left: 40, right: 16, top: 16, bottom: 56 },
            xAxis: { type: 'category', data: labels, boundaryGap: false },
            yAxis: { type: 'value', minInterval: 1 },
            series,
          }}
        />
      }
      table={
        <DataTable
          headers={['dashboards.columns.period', 'dashboards.series.mentionsIn', 'dashboards.series.answered', 'dashboards.series.resolved']}
          rows={analytics.series.map((point, index) => [labels[index], format.number(point.mentionsIn), format.number(point.answered), format.number(point.resolved)])}
        />
      }
    />
  );
}
