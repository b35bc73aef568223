import { useTranslate } from 'react-admin';
import { AnalyticsTableExportButton } from '../analytics/ExportButtons';
import type { AnalyticsPeriod, CaseAnalytics } from '../analytics/queries';
import { useFormat } from '../common/format';
import { ChartCard } from './ChartCard';
import { EChart } from './charts/EChart';
import { DataTable } from './DataTable';

const SENTIMENT_COLOURS = { positive: '#43a047', neutral: '#90a4ae', negative: '#e53935' } as const;

/** Cases per consumer-cycle category, split by sentiment. */
export function CategoriesCard({ analytics, period }: { analytics: CaseAnalytics; period: AnalyticsPeriod }) {
  const translate = useTranslate();
  const format = useFormat();
  const rows = analytics.categories.filter((row) => (row.cases.current ?? 0) > 0 || (row.cases.previous ?? 0) > 0);
  const name = (category: string | null) => (category ? translate(`repbase.categories.${category}`) : translate('dashboards.noCategory'));
  return (
    <ChartCard
      title="dashboards.cards.categories"
      testId="chart-categories"
      actions={<AnalyticsTableExportButton period={period} table="CATEGORIES" />}
      chart={
        <EChart
          testId="chart-canvas-categories"
          option={{
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            legend: { bottom: 0 },
            grid: { left: 150, right: 16, top: 8, bottom: 64 },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: rows.map((row) => name(row.category)) },
            series: (['positive', 'neutral', 'negative'] as const).map((key) => ({
              name: translate(`crm.sentiments.${key.toUpperCase()}`),
              type: 'bar' as const,
              stack: 'cases',
              itemStyle: { color: SENTIMENT_COLOURS[key] },
              data: rows.map((row) => row[key]),
            })),
          }}
        />
      }
      table={
        <DataTable
          headers={['dashboards.columns.category', 'dashboards.columns.cases', 'crm.sentiments.POSITIVE', 'crm.sentiments.NEUTRAL', 'crm.sentiments.NEGATIVE', 'dashboards.columns.previous']}
          rows={rows.map((row) => [name(row.category), format.number(row.cases.current ?? 0), format.number(row.positive), format.number(row.neutral), format.number(row.negative), format.number(row.cases.previous ?? 0)])}
        />
      }
    />
  );
}
