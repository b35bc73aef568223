import { KpiPeriod } from './kpi-metric';

/** A stretch of time, start included and end excluded. */
export interface TimeRange {
  from: Date;
  to: Date;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isDay = (value: string): boolean => {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
};

/** How far the zone's wall clock is ahead of UTC at `at`, in milliseconds. */
function offsetAt(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(at));
  const part = (type: string) => Number(parts.find((candidate) => candidate.type === type)!.value);
  return Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')) - Math.floor(at / 1000) * 1000;
}

/** The instant a client's day (YYYY-MM-DD) begins in its time zone. */
export function dayStart(timeZone: string, day: string): Date {
  const [year, month, date] = day.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, date);
  // Twice, so a day whose offset differs from the previous evening's (DST) still lands on midnight.
  const first = wall - offsetAt(timeZone, wall);
  return new Date(wall - offsetAt(timeZone, first));
}

/** The client's day (YYYY-MM-DD) an instant falls on. */
export function dayOf(timeZone: string, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The client's days from `firstDay` to `lastDay`, both included, as instants. */
export function dayRange(timeZone: string, firstDay: string, lastDay: string): TimeRange {
  return { from: dayStart(timeZone, firstDay), to: dayStart(timeZone, addDays(lastDay, 1)) };
}

/** The client's month or quarter holding `at`, as instants, with its first day. */
export function periodRange(timeZone: string, period: KpiPeriod, at: Date): TimeRange & { firstDay: string; lastDay: string } {
  const [year, month] = dayOf(timeZone, at).split('-').map(Number);
  const months = period === KpiPeriod.QUARTER ? 3 : 1;
  const firstMonth = period === KpiPeriod.QUARTER ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  const firstDay = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const next = new Date(Date.UTC(year, firstMonth - 1 + months, 1)).toISOString().slice(0, 10);
  return { from: dayStart(timeZone, firstDay), to: dayStart(timeZone, next), firstDay, lastDay: addDays(next, -1) };
}
