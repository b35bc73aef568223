import { answerTimes } from '../../admin/dashboard/answer-times';
import { clientToday, groupByFor, presetDays } from '../../admin/dashboard/period-days';

describe("the dashboard's period", () => {
  it("counts today in the client's time zone, not the browser's", () => {
    // 22:30 UTC on 30 November is already 1 December in Moscow, still 30 November in New York.
    const now = new Date('2026-11-30T22:30:00Z');
    expect(clientToday('Europe/Moscow', now)).toBe('2026-12-01');
    expect(clientToday('America/New_York', now)).toBe('2026-11-30');
  });

  it('gives each preset its days, both ends included', () => {
    expect(presetDays('THIS_MONTH', '2026-12-03')).toEqual({ from: '2026-12-01', to: '2026-12-03' });
    expect(presetDays('LAST_MONTH', '2026-01-15')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetDays('LAST_MONTH', '2024-03-10')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(presetDays('LAST_7_DAYS', '2026-03-03')).toEqual({ from: '2026-02-25', to: '2026-03-03' });
    expect(presetDays('LAST_30_DAYS', '2026-12-03')).toEqual({ from: '2026-11-04', to: '2026-12-03' });
    expect(presetDays('THIS_QUARTER', '2026-12-03')).toEqual({ from: '2026-10-01', to: '2026-12-03' });
    expect(presetDays('THIS_QUARTER', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });

  it('draws up to 45 days by day, then by week, past 92 days by month', () => {
    expect(groupByFor('2026-11-01', '2026-12-15')).toBe('DAY');
    expect(groupByFor('2026-11-01', '2026-12-16')).toBe('WEEK');
    expect(groupByFor('2026-01-01', '2026-04-02')).toBe('WEEK');
    expect(groupByFor('2026-01-01', '2026-04-03')).toBe('MONTH');
  });
});

describe("a responsible person's answer times", () => {
  const asked = '2026-12-01T09:00:00Z';
  it('averages and takes the median of the hours from question to answer, and the share answered by the due time', () => {
    const times = answerTimes([
      { id: 'a', question: 'A', createdAt: asked, answeredAt: '2026-12-01T10:00:00Z', dueAt: '2026-12-01T13:00:00Z' },
      { id: 'b', question: 'B', createdAt: asked, answeredAt: '2026-12-01T12:00:00Z', dueAt: '2026-12-01T11:00:00Z' },
      { id: 'c', question: 'C', createdAt: asked, answeredAt: '2026-12-01T18:00:00Z', dueAt: null },
      { id: 'd', question: 'D', createdAt: asked, answeredAt: null, dueAt: null },
    ]);
    expect(times).toMatchObject({ answered: 3, averageHours: (1 + 3 + 9) / 3, medianHours: 3, onTimeShare: 0.5 });
    expect(times.answers.map((answer) => [answer.id, answer.hours, answer.onTime])).toEqual([
      ['a', 1, true],
      ['b', 3, false],
      ['c', 9, null],
    ]);
  });

  it('has no figures before the first answer', () => {
    expect(answerTimes([])).toMatchObject({ answered: 0, averageHours: null, medianHours: null, onTimeShare: null });
  });
});
