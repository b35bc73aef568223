import { ArgsType, Field } from 'type-graphql';
import { badInput } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import { type CellValue, type ExportFile, type Table, TableFileFormat, tableFile } from '../../common/export-file';
import type { RequestContext } from '../../context';
import type { CaseStatus } from '../cases/case-status';
import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import type { Sentiment } from '../mentions/sentiment';
import { type AnalyticsExportArgs, AnalyticsTable, type CaseAnalytics, type Change, PeriodArgs } from './analytics.types';
import { caseAnalytics, filterFor } from './case-analytics.service';
import { BAND_RU, categoryRu, SENTIMENT_RU, STATUS_RU } from './labels.ru';
import { periodOf } from './period';

/** The most rows one case export carries: a larger file is better asked for in shorter periods. */
export const MAX_EXPORTED_CASES = 100_000;

@ArgsType()
export class CaseExportArgs extends PeriodArgs {
  @Field(() => TableFileFormat)
  format: TableFileFormat;
}

const round = (value: number | null, digits = 1) => (value === null ? null : Number(value.toFixed(digits)));
const changeCells = (figure: Change, digits = 1): CellValue[] => [round(figure.current, digits), round(figure.previous, digits), round(figure.change, digits), round(figure.changePercent, 1)];
const CHANGE_HEADERS = ['За период', 'За предыдущий период', 'Изменение', 'Изменение, %'].map((header) => ({ header, width: 16 }));

const SUMMARY_ROWS: [keyof CaseAnalytics['summary'], string, number][] = [
  ['mentionsIn', 'Обращений поступило', 0],
  ['answered', 'Отвечено', 0],
  ['resolved', 'Решено (статус)', 0],
  ['problemsSolved', 'Проблем решено', 0],
  ['positiveFeedback', 'Положительных отзывов', 0],
  ['firstResponseAverageMinutes', 'Первый ответ, среднее, мин', 1],
  ['firstResponseMedianMinutes', 'Первый ответ, медиана, мин (прибл.)', 1],
  ['firstResponseP90Minutes', 'Первый ответ, 90-й процентиль, мин (прибл.)', 1],
  ['resolutionAverageMinutes', 'Решение, среднее, мин', 1],
  ['resolutionMedianMinutes', 'Решение, медиана, мин (прибл.)', 1],
  ['resolutionP90Minutes', 'Решение, 90-й процентиль, мин (прибл.)', 1],
  ['withDeadline', 'Со сроком ответа по ТЗ', 0],
  ['answeredWithinDeadline', 'Отвечено в срок', 0],
  ['shareAnsweredWithinDeadline', 'Доля отвеченных в срок', 3],
];

/** A table of caseAnalytics as rows people read: Russian headers, minutes rounded to 0.1. */
export function analyticsTable(analytics: CaseAnalytics, table: AnalyticsTable): Table {
  switch (table) {
    case AnalyticsTable.SUMMARY:
      return {
        name: 'Итоги',
        columns: [{ header: 'Показатель', width: 44 }, ...CHANGE_HEADERS],
        rows: SUMMARY_ROWS.map(([key, label, digits]) => [label, ...changeCells(analytics.summary[key], digits)]),
      };
    case AnalyticsTable.SERIES:
      return {
        name: 'Динамика',
        columns: ['С', 'По', 'Обращений', 'Отвечено', 'Решено', 'Первый ответ, среднее, мин', 'Первый ответ, медиана, мин', 'Первый ответ, p90, мин', 'Решение, среднее, мин', 'Со сроком', 'В срок', 'Доля в срок'].map((header) => ({ header })),
        rows: analytics.series.map((point) => [
          point.start,
          point.end,
          point.mentionsIn,
          point.answered,
          point.resolved,
          round(point.firstResponse.averageMinutes),
          round(point.firstResponse.medianMinutes),
          round(point.firstResponse.p90Minutes),
          round(point.resolution.averageMinutes),
          point.withDeadline,
          point.answeredWithinDeadline,
          round(point.shareAnsweredWithinDeadline, 3),
        ]),
      };
    case AnalyticsTable.FIRST_RESPONSE_DISTRIBUTION:
      return {
        name: 'Время первого ответа',
        columns: [{ header: 'Время первого ответа', width: 22 }, ...CHANGE_HEADERS, { header: 'Доля за период' }],
        rows: analytics.firstResponseDistribution.map((figure) => [BAND_RU[figure.band], ...changeCells(figure.cases, 0), round(figure.share, 3)]),
      };
    case AnalyticsTable.CATEGORIES:
      return {
        name: 'Категории',
        columns: [{ header: 'Категория', width: 24 }, ...CHANGE_HEADERS, { header: 'Позитивных' }, { header: 'Нейтральных' }, { header: 'Негативных' }],
        rows: analytics.categories.map((figure) => [categoryRu(figure.category), ...changeCells(figure.cases, 0), figure.positive, figure.neutral, figure.negative]),
      };
    case AnalyticsTable.SENTIMENTS:
      return {
        name: 'Тональность',
        columns: [{ header: 'Тональность', width: 16 }, ...CHANGE_HEADERS],
        rows: analytics.sentiments.map((figure) => [SENTIMENT_RU[figure.sentiment], ...changeCells(figure.cases, 0)]),
      };
    case AnalyticsTable.SITUATIONS:
      return {
        name: 'Частые ситуации',
        columns: [{ header: 'Ситуация', width: 48 }, { header: 'Ключ', width: 24 }, { header: 'Категория', width: 22 }, ...CHANGE_HEADERS],
        rows: analytics.situations.map((figure) => [figure.title, figure.key, categoryRu(figure.category), ...changeCells(figure.cases, 0)]),
      };
    default: {
      const never: never = table;
      return never;
    }
  }
}

const TABLE_STEMS: Record<AnalyticsTable, string> = {
  SUMMARY: 'summary',
  SERIES: 'series',
  FIRST_RESPONSE_DISTRIBUTION: 'first-response',
  CATEGORIES: 'categories',
  SENTIMENTS: 'sentiments',
  SITUATIONS: 'situations',
};

export async function exportCaseAnalytics(context: RequestContext, args: AnalyticsExportArgs): Promise<ExportFile> {
  const analytics = await caseAnalytics(context, args);
  const stem = `${context.client.slug}-${TABLE_STEMS[args.table]}-${args.from}-${args.to}`;
  return tableFile(analyticsTable(analytics, args.table), args.format, stem);
}

const CASE_FILTER = `c.client_id = $client
   AND c.requested_at >= ($2::date::timestamp AT TIME ZONE $4) AND c.requested_at < (($3::date + 1)::timestamp AT TIME ZONE $4)
   AND ($5::uuid IS NULL OR c.platform_id = $5::uuid)
   AND ($6::uuid IS NULL OR c.representative_user_id = $6::uuid)
   AND ($7::consumer_cycle_category IS NULL OR c.category = $7::consumer_cycle_category)`;

const local = (column: string) => `to_char(${column} AT TIME ZONE $4, 'YYYY-MM-DD HH24:MI')`;

const CASES_SQL = `
SELECT ${local('c.requested_at')} AS requested_at, p.name AS platform, m.author_handle, m.text, m.url, c.category::text AS category,
       s.title AS situation, c.status::text AS status, m.sentiment::text AS sentiment, u.name AS representative,
       ${local('c.first_response_at')} AS first_response_at,
       round((extract(epoch FROM c.first_response_at - c.requested_at) / 60)::numeric, 1)::float8 AS first_response_minutes,
       ${local('c.deadline_at')} AS deadline_at,
       CASE WHEN c.deadline_at IS NULL THEN NULL ELSE c.first_response_at IS NOT NULL AND c.first_response_at <= c.deadline_at END AS within_deadline,
       ${local('c.finished_at')} AS finished_at, c.resolved, c.positive_feedback, c.site_visit, c.promo_used, c.id
  FROM mention_case c
  JOIN mention m ON m.id = c.mention_id
  JOIN platform p ON p.id = c.platform_id
  LEFT JOIN situation s ON s.id = c.situation_id
  LEFT JOIN "user" u ON u.id = c.representative_user_id
 WHERE ${CASE_FILTER}
 ORDER BY c.requested_at, c.id`;

interface CaseExportRow {
  requested_at: string;
  platform: string;
  author_handle: string;
  text: string;
  url: string | null;
  category: ConsumerCycleCategory | null;
  situation: string | null;
  status: CaseStatus;
  sentiment: Sentiment | null;
  representative: string | null;
  first_response_at: string | null;
  first_response_minutes: number | null;
  deadline_at: string | null;
  within_deadline: boolean | null;
  finished_at: string | null;
  resolved: boolean | null;
  positive_feedback: boolean;
  site_visit: boolean;
  promo_used: boolean;
  id: string;
}

const CASE_COLUMNS = [
  ['Поступило', 17], ['Площадка', 20], ['Автор', 18], ['Текст', 60], ['Ссылка', 30], ['Категория', 20], ['Ситуация', 36], ['Статус', 16],
  ['Тональность', 14], ['Представитель', 22], ['Первый ответ', 17], ['Минут до ответа', 14], ['Срок ответа', 17], ['Ответ в срок', 12],
  ['Завершено', 17], ['Проблема решена', 14], ['Положительный отзыв', 14], ['Переход на сайт', 14], ['Промокод', 10], ['Id', 38],
] as const;

/** Every case of the period, one row each, in the client's local time; a representative gets their own. */
export async function exportCases(context: RequestContext, args: CaseExportArgs): Promise<ExportFile> {
  const period = periodOf(args.from, args.to);
  const filter = filterFor(context, args.filter);
  const parameters = [period.from, period.to, context.client.timeZone, filter.platformId, filter.representativeId, filter.category];
  const [{ count }] = await context.tenant.sql<{ count: number }>(`SELECT count(*)::int AS count FROM mention_case c WHERE ${CASE_FILTER}`, parameters);
  if (count > MAX_EXPORTED_CASES) {
    throw badInput({ field: 'to', message: `the period holds ${count} cases; one file carries at most ${MAX_EXPORTED_CASES}: export a shorter period` }, ErrorReason.EXPORT_TOO_LARGE);
  }
  const rows = await context.tenant.sql<CaseExportRow>(CASES_SQL, parameters);
  const table: Table = {
    name: 'Обращения',
    columns: CASE_COLUMNS.map(([header, width]) => ({ header, width })),
    rows: rows.map((row) => [
      row.requested_at,
      row.platform,
      row.author_handle,
      row.text,
      row.url,
      row.category ? categoryRu(row.category) : null,
      row.situation,
      STATUS_RU[row.status],
      row.sentiment ? SENTIMENT_RU[row.sentiment] : null,
      row.representative,
      row.first_response_at,
      row.first_response_minutes,
      row.deadline_at,
      row.within_deadline,
      row.finished_at,
      row.resolved,
      row.positive_feedback,
      row.site_visit,
      row.promo_used,
      row.id,
    ]),
  };
  return tableFile(table, args.format, `${context.client.slug}-cases-${period.from}-${period.to}`);
}
