import { badInput } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import { AnalyticsGroupBy } from './analytics.types';

const DAY = 24 * 60 * 60 * 1000;
/** About three years: a longer range is a mistake, not a question. */
export const MAX_PERIOD_DAYS = 1100;

/** A period of client days, both ends included, and the one of equal length just before it. */
export interface Period {
  from: string;
  to: string;
  days: number;
  previousFrom: string;
  previousTo: string;
}

const parse = (day: string) => new Date(`${day}T00:00:00Z`);
export const dayText = (date: Date) => date.toISOString().slice(0, 10);
export const addDays = (day: string, count: number) => dayText(new Date(parse(day).getTime() + count * DAY));

export function periodOf(from: string, to: string): Period {
  const start = parse(from);
  const end = parse(to);
  const problems = [];
  if (Number.isNaN(start.getTime()) || dayText(start) !== from) problems.push({ field: 'from', message: 'is not a calendar day (YYYY-MM-DD)' });
  if (Number.isNaN(end.getTime()) || dayText(end) !== to) problems.push({ field: 'to', message: 'is not a calendar day (YYYY-MM-DD)' });
  if (problems.length) throw badInput(problems, ErrorReason.INVALID_INPUT);
  const days = Math.round((end.getTime() - start.getTime()) / DAY) + 1;
  if (days < 1) throw badInput({ field: 'to', message: `must not be before from (${from})` }, ErrorReason.INVALID_INPUT);
  if (days > MAX_PERIOD_DAYS) throw badInput({ field: 'to', message: `a period holds at most ${MAX_PERIOD_DAYS} days; this one holds ${days}` }, ErrorReason.INVALID_INPUT);
  return { from, to, days, previousFrom: addDays(from, -days), previousTo: addDays(from, -1) };
}

/** The first day of the point a day belongs to (weeks start on Monday, as PostgreSQL's date_trunc('week')). */
export function pointStart(day: string, groupBy: AnalyticsGroupBy): string {
  if (groupBy === AnalyticsGroupBy.DAY) return day;
  const date = parse(day);
  if (groupBy === AnalyticsGroupBy.MONTH) return `${day.slice(0, 8)}01`;
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

/** Every point of the period in order, each cut to the period: [start, end]. */
export function pointsOf(period: Period, groupBy: AnalyticsGroupBy): { key: string; start: string; end: string }[] {
  const points: { key: string; start: string; end: string }[] = [];
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
    const key = pointStart(day, groupBy);
    const last = points[points.length - 1];
    if (last?.key === key) last.end = day;
    else points.push({ key, start: day, end: day });
  }
  return points;
}

/** The day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
