import { MenuItem, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { useFormat } from '../common/format';
import { graphql } from '../graphql';
import { KPI_PROGRESS, type KpiProgress, type KpiProgressRow, type KpiStatus } from '../kpis/graphql';
import { KpiTable } from '../kpis/KpiTable';
import { ChartCard } from './ChartCard';
import { EChart } from './charts/EChart';

const STATUS_COLOURS: Record<KpiStatus, string> = { ON_TRACK: '#43a047', AT_RISK: '#fb8c00', OFF_TRACK: '#e53935' };

/**
 * Plan vs fact of the brief's targets. Metrics differ in scale, so each is drawn as its share of
 * plan (100 % = the target) with the forecast and the platform's ceiling marked on the same scale.
 * A representative gets their own facts (the API decides), a PR specialist the client's.
 */
export function KpiProgressCard() {
  const translate = useTranslate();
  const format = useFormat();
  const [period, setPeriod] = useState<'MONTH' | 'QUARTER'>('MONTH');
  const { data } = useQuery({
    queryKey: ['dashboard-kpi-progress', period],
    queryFn: async () => (await graphql<{ kpiProgress: KpiProgress }>(KPI_PROGRESS, { period })).kpiProgress,
  });
  const rows = (data?.rows ?? []).filter((row): row is KpiProgressRow & { target: number } => row.target !== null && row.target > 0);
  const label = (row: KpiProgressRow) => `${translate(`repbase.kpiMetrics.${row.metric}`)}${row.platformName ? ` · ${row.platformName}` : ''}`;
  const share = (value: number | null, row: KpiProgressRow & { target: number }) => {
    if (value === null || value <= 0) return null;
    return Math.round((row.lowerIsBetter ? row.target / value : value / row.target) * 100);
  };
  const number = (value: number | null) => (value === null ? '—' : format.number(value, { maximumFractionDigits: 1 }));
  const picker = (
    <TextField select size="small" value={period} onChange={(event) => setPeriod(event.target.value as 'MONTH' | 'QUARTER')} sx={{ width: 140 }}>
      {(['MONTH', 'QUARTER'] as const).map((value) => (
        <MenuItem key={value} value={value}>
          {translate(`dashboards.kpiPeriods.${value}`)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <ChartCard
      title="dashboards.cards.kpi"
      testId="chart-kpi"
      actions={picker}
      chart={
        rows.length === 0 ? (
          <Typography color="text.secondary" data-testid="kpi-no-targets">
            {translate('dashboards.kpiNoTargets')}
          </Typography>
        ) : (
          <EChart
            testId="chart-canvas-kpi"
            height={Math.max(200, rows.length * 40 + 60)}
            option={{
              tooltip: {
                trigger: 'axis',
                axisPointer: { type: 'shadow' },
                formatter: (params: unknown) => {
                  const row = rows[(params as { dataIndex: number }[])[0].dataIndex];
                  return [
                    `<b>${label(row)}</b>`,
                    `${translate('kpis.columns.target')}: ${number(row.target)}`,
                    `${translate('kpis.columns.fact')}: ${number(row.fact)}`,
                    `${translate('kpis.columns.forecast')}: ${number(row.forecast)}`,
                    `${translate('kpis.columns.ceiling')}: ${number(row.ceiling)}`,
                  ].join('<br/>');
                },
              },
              legend: { bottom: 0 },
              grid: { left: 200, right: 40, top: 8, bottom: 48 },
              xAxis: { type: 'value', axisLabel: { formatter: '{value} %' } },
              yAxis: { type: 'category', inverse: true, data: rows.map(label), axisLabel: { width: 190, overflow: 'truncate' } },
              series: [
                {
                  name: translate('kpis.columns.fact'),
                  type: 'bar',
                  barMaxWidth: 28,
                  data: rows.map((row) => ({ value: share(row.fact, row) ?? 0, itemStyle: { color: row.status ? STATUS_COLOURS[row.status] : '#90a4ae' } })),
                  markLine: { symbol: 'none', silent: true, lineStyle: { color: '#1976d2', type: 'solid', width: 2 }, label: { formatter: translate('dashboards.plan') }, data: [{ xAxis: 100 }] },
                },
                { name: translate('kpis.columns.forecast'), type: 'scatter', symbol: 'circle', symbolSize: 10, itemStyle: { color: '#546e7a' }, data: rows.map((row) => share(row.forecast, row)) },
                {
                  name: translate('kpis.columns.ceiling'),
                  type: 'scatter',
                  symbol: 'diamond',
                  symbolSize: 14,
                  itemStyle: { color: '#8e24aa' },
                  data: rows.map((row) => (row.ceiling === null || row.lowerIsBetter ? null : Math.round((row.ceiling / row.target) * 100))),
                },
              ],
            }}
          />
        )
      }
      table={<KpiTable rows={data?.rows ?? []} />}
    />
  );
}
