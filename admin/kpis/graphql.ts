export const KPI_PROGRESS = `query KpiProgress($period: KpiPeriod!, $platformId: ID, $representativeId: ID) {
  kpiProgress(period: $period, platformId: $platformId, representativeId: $representativeId) {
    period firstDay lastDay elapsedShare briefVersionNumber representativeId
    rows { metric platformId platformName targetKey target fact outOf factSource forecast shareOfPlan ceiling aboveCeiling status lowerIsBetter }
  }
}`;

export type KpiStatus = 'ON_TRACK' | 'AT_RISK' | 'OFF_TRACK';

export interface KpiProgressRow {
  metric: string;
  platformId: string | null;
  platformName: string | null;
  targetKey: string | null;
  target: number | null;
  fact: number | null;
  outOf: number | null;
  factSource: 'CRM' | 'METRIC_ENTRIES';
  forecast: number | null;
  shareOfPlan: number | null;
  ceiling: number | null;
  aboveCeiling: boolean;
  status: KpiStatus | null;
  lowerIsBetter: boolean;
}

export interface KpiProgress {
  period: string;
  firstDay: string;
  lastDay: string;
  elapsedShare: number;
  briefVersionNumber: number | null;
  representativeId: string | null;
  rows: KpiProgressRow[];
}
