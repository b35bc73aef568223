import { EXPORT_FILE_FIELDS } from '../common/exportFile';

/**
 * caseAnalytics and the files behind it, as the dashboards ask for them. The shapes mirror
 * schema/schema.graphql (CaseAnalytics, ExportFile); durations are minutes, shares 0..1.
 */
export type AnalyticsGroupBy = 'DAY' | 'WEEK' | 'MONTH';
export type AnalyticsTable = 'SUMMARY' | 'SERIES' | 'FIRST_RESPONSE_DISTRIBUTION' | 'CATEGORIES' | 'SENTIMENTS' | 'SITUATIONS';
export type TableFileFormat = 'CSV' | 'XLSX';
export type InfographicFormat = 'PNG' | 'PDF' | 'SVG';

export interface AnalyticsFilter {
  platformId?: string | null;
  representativeId?: string | null;
  category?: string | null;
}

/** A period of the client's days, both ends included, as YYYY-MM-DD. */
export interface AnalyticsPeriod {
  from: string;
  to: string;
  groupBy?: AnalyticsGroupBy;
  filter?: AnalyticsFilter;
}

export interface Change {
  current: number | null;
  previous: number | null;
  change: number | null;
  changePercent: number | null;
}

export interface DurationStats {
  averageMinutes: number | null;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface CaseAnalytics {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  timeZone: string;
  summary: Record<
    | 'mentionsIn' | 'answered' | 'resolved' | 'problemsSolved' | 'positiveFeedback'
    | 'firstResponseAverageMinutes' | 'firstResponseMedianMinutes' | 'firstResponseP90Minutes'
    | 'resolutionAverageMinutes' | 'resolutionMedianMinutes' | 'resolutionP90Minutes'
    | 'withDeadline' | 'answeredWithinDeadline' | 'shareAnsweredWithinDeadline',
    Change
  >;
  series: {
    start: string;
    end: string;
    mentionsIn: number;
    answered: number;
    resolved: number;
    firstResponse: DurationStats;
    resolution: DurationStats;
    withDeadline: number;
    answeredWithinDeadline: number;
    shareAnsweredWithinDeadline: number | null;
  }[];
  firstResponseDistribution: { band: string; cases: Change; share: number | null }[];
  categories: { category: string | null; cases: Change; positive: number; neutral: number; negative: number }[];
  sentiments: { sentiment: string; cases: Change }[];
  situations: { situationId: string; key: string; title: string; category: string; cases: Change }[];
}

const CHANGE = '{ current previous change changePercent }';
const DURATION = '{ averageMinutes medianMinutes p90Minutes }';

export const CASE_ANALYTICS = `query CaseAnalytics($from: String!, $to: String!, $groupBy: AnalyticsGroupBy, $filter: CaseAnalyticsFilter) {
  caseAnalytics(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {
    from to previousFrom previousTo timeZone
    summary {
      mentionsIn ${CHANGE} answered ${CHANGE} resolved ${CHANGE} problemsSolved ${CHANGE} positiveFeedback ${CHANGE}
      firstResponseAverageMinutes ${CHANGE} firstResponseMedianMinutes ${CHANGE} firstResponseP90Minutes ${CHANGE}
      resolutionAverageMinutes ${CHANGE} resolutionMedianMinutes ${CHANGE} resolutionP90Minutes ${CHANGE}
      withDeadline ${CHANGE} answeredWithinDeadline ${CHANGE} shareAnsweredWithinDeadline ${CHANGE}
    }
    series { start end mentionsIn answered resolved firstResponse ${DURATION} resolution ${DURATION} withDeadline answeredWithinDeadline shareAnsweredWithinDeadline }
    firstResponseDistribution { band cases ${CHANGE} share }
    categories { category cases ${CHANGE} positive neutral negative }
    sentiments { sentiment cases ${CHANGE} }
    situations { situationId key title category cases ${CHANGE} }
  }
}`;

export const EXPORT_CASE_ANALYTICS = `query ExportCaseAnalytics($from: String!, $to: String!, $groupBy: AnalyticsGroupBy, $filter: CaseAnalyticsFilter, $table: AnalyticsTable!, $format: TableFileFormat!) {
  exportCaseAnalytics(from: $from, to: $to, groupBy: $groupBy, filter: $filter, table: $table, format: $format) { ${EXPORT_FILE_FIELDS} }
}`;

export const EXPORT_CASES = `query ExportCases($from: String!, $to: String!, $filter: CaseAnalyticsFilter, $format: TableFileFormat!) {
  exportCases(from: $from, to: $to, filter: $filter, format: $format) { ${EXPORT_FILE_FIELDS} }
}`;

export const CASE_INFOGRAPHIC = `query CaseInfographic($from: String!, $to: String!, $format: InfographicFormat) {
  caseInfographic(from: $from, to: $to, format: $format) { ${EXPORT_FILE_FIELDS} }
}`;
