import type { AnalyticsPeriod } from '../analytics/queries';

export type PeriodPreset = 'THIS_MONTH' | 'LAST_MONTH' | 'LAST_7_DAYS' | 'LAST_30_DAYS' | 'THIS_QUARTER' | 'CUSTOM';
export const PERIOD_PRESETS: PeriodPreset[] = ['THIS_MONTH', 'LAST_MONTH', 'LAST_7_DAYS', 'LAST_30_DAYS', 'THIS_QUARTER', 'CUSTOM'];

const DAY_MS = 86_400_000;
const iso = (date: Date) => date.toISOString().slice(0, 10);
const parse = (day: string) => new Date(`${day}T00:00:00Z`);
const addDays = (day: string, days: number) => iso(new Date(parse(day).getTime() + days * DAY_MS));

/** Today in the client's time zone, YYYY-MM-DD: the client's days, not the browser's. */
export function clientToday(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The days of a preset around `today` (both ends included). */
export function presetDays(preset: Exclude<PeriodPreset, 'CUSTOM'>, today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  const first = (y: number, m: number) => iso(new Date(Date.UTC(y, m - 1, 1)));
  switch (preset) {
    case 'THIS_MONTH':
      return { from: first(year, month), to: today };
    case 'LAST_MONTH':
      return { from: first(month === 1 ? year - 1 : year, month === 1 ? 12 : month - 1), to: addDays(first(year, month), -1) };
    case 'LAST_7_DAYS':
      return { from: addDays(today, -6), to: today };
    case 'LAST_30_DAYS':
      return { from: addDays(today, -29), to: today };
    case 'THIS_QUARTER':
      return { from: first(year, month - ((month - 1) % 3)), to: today };
  }
}

/** Days in a period; longer ones are drawn by week so a chart stays readable. */
export function groupByFor(from: string, to: string): AnalyticsPeriod['groupBy'] {
  const days = Math.round((parse(to).getTime() - parse(from).getTime()) / DAY_MS) + 1;
  return days > 92 ? 'MONTH' : days > 45 ? 'WEEK' : 'DAY';
}
