import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';
import { AnalyticsTableExportButton } from '../analytics/ExportButtons';
import type { AnalyticsPeriod, CaseAnalytics } from '../analytics/queries';
import { useFormat } from '../common/format';
import { ChartCard } from './ChartCard';
import { EChart } from './charts/EChart';
import { DataTable } from './DataTable';

/** The most frequent situations of the period, against the previous one. */
export function SituationsCard({ analytics, period }: { analytics: CaseAnalytics; period: AnalyticsPeriod }) {
  const translate = useTranslate();
  const format = useFormat();
  const rows = analytics.situations;
  return (
    <ChartCard
      title="dashboards.cards.situations"
      testId="chart-situations"
      actions={<AnalyticsTableExportButton period={period} table="SITUATIONS" />}
      chart={
        <EChart
          testId="chart-canvas-situations"
          height={Math.max(180, rows.length * 30 + 50)}
          option={{
            tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
            legend: { bottom: 0 },
            grid: { left: 200, right: 16, top: 8, bottom: 64 },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.title), axisLabel: { width: 190, overflow: 'truncate' } },
            series: [
              { name: translate('dashboards.columns.cases'), type: 'bar', data: rows.map((row) => row.cases.current ?? 0), itemStyle: { color: '#1976d2' } },
              { name: translate('dashboards.columns.previous'), type: 'bar', data: rows.map((row) => row.cases.previous ?? 0), itemStyle: { color: '#b0bec5' } },
            ],
          }}
        />
      }
      table={
        <DataTable
          headers={['dashboards.columns.situation', 'dashboards.columns.category', 'dashboards.columns.cases', 'dashboards.columns.previous']}
          rows={rows.map((row) => [
            <Link key={row.situationId} to={`/situations/${row.situationId}/show`}>
              {row.title}
            </Link>,
            translate(`repbase.categories.${row.category}`),
            format.number(row.cases.current ?? 0),
            format.number(row.cases.previous ?? 0),
          ])}
        />
      }
    />
  );
}
