import { BUCKET_COUNT, RESPONSE_BUCKET_EDGES } from '../../api/modules/analytics/case-rollup.sql';
import { bandCounts, percentileMinutes } from '../../api/modules/analytics/histogram';
import { periodText } from '../../api/modules/analytics/infographic/infographic.service';
import { durationText, plural } from '../../api/modules/analytics/infographic/infographic.svg';
import { AnalyticsGroupBy } from '../../api/modules/analytics/analytics.types';
import { periodOf, pointsOf } from '../../api/modules/analytics/period';

const counts = (entries: [number, number][]) => {
  const histogram = new Array(BUCKET_COUNT).fill(0);
  for (const [minutes, count] of entries) histogram[RESPONSE_BUCKET_EDGES.findIndex((edge) => minutes <= edge)] += count;
  return histogram;
};

describe('percentiles from bucket counts', () => {
  it('are exact when the rank ends a bucket and the time sits on its edge', () => {
    expect(percentileMinutes(counts([[30, 1], [60, 1]]), 0.5)).toBe(30);
  });

  it('are off by less than the width of the bucket otherwise', () => {
    // Four answers of exactly 4 h: the 90th percentile is read 90% of the way through (3 h, 4 h].
    expect(percentileMinutes(counts([[240, 4]]), 0.9)).toBe(234);
  });

  it('interpolate inside the bucket that holds the rank', () => {
    // Ten answers in (60, 90]: the median is halfway through it.
    expect(percentileMinutes(counts([[75, 10]]), 0.5)).toBe(75);
    expect(percentileMinutes(counts([[75, 10]]), 0.9)).toBeCloseTo(87, 6);
  });

  it('answer the open bucket by its lower edge, and nothing for no answers', () => {
    const histogram = new Array(BUCKET_COUNT).fill(0);
    histogram[BUCKET_COUNT - 1] = 3;
    expect(percentileMinutes(histogram, 0.5)).toBe(43200);
    expect(percentileMinutes(new Array(BUCKET_COUNT).fill(0), 0.5)).toBeNull();
  });

  it('put an answer of exactly one hour in the first band', () => {
    const bands = bandCounts(counts([[60, 1], [61, 1], [1440, 1], [1441, 1]]));
    expect(Object.fromEntries(bands)).toEqual({ UP_TO_1_HOUR: 1, FROM_1_TO_4_HOURS: 1, FROM_4_TO_8_HOURS: 0, FROM_8_TO_24_HOURS: 1, OVER_24_HOURS: 1 });
  });
});

describe('periods', () => {
  it('have a previous period of equal length just before them', () => {
    expect(periodOf('2026-03-01', '2026-03-31')).toMatchObject({ days: 31, previousFrom: '2026-01-29', previousTo: '2026-02-28' });
  });

  it('cut weeks and months to the period', () => {
    expect(pointsOf(periodOf('2026-11-28', '2026-12-08'), AnalyticsGroupBy.WEEK)).toEqual([
      { key: '2026-11-23', start: '2026-11-28', end: '2026-11-29' },
      { key: '2026-11-30', start: '2026-11-30', end: '2026-12-06' },
      { key: '2026-12-07', start: '2026-12-07', end: '2026-12-08' },
    ]);
    expect(pointsOf(periodOf('2026-11-28', '2026-12-08'), AnalyticsGroupBy.MONTH).map((point) => point.key)).toEqual(['2026-11-01', '2026-12-01']);
  });
});

describe('the Russian of the infographic', () => {
  it('writes periods, plurals and durations', () => {
    expect(periodText('2026-11-01', '2026-11-30')).toBe('1–30 ноября 2026');
    expect(periodText('2026-10-28', '2026-11-03')).toBe('28 октября — 3 ноября 2026');
    expect(periodText('2026-12-15', '2027-01-14')).toBe('15 декабря 2026 — 14 января 2027');
    expect([1, 2, 5, 11, 21, 112, 1203].map((count) => plural(count, 'обращение', 'обращения', 'обращений'))).toEqual([
      'обращение', 'обращения', 'обращений', 'обращений', 'обращение', 'обращений', 'обращения',
    ]);
    expect([45, 60, 250, 1440, 3000].map(durationText)).toEqual(['45 мин', '1 ч', '4 ч 10 мин', '1 дн', '2 дн 2 ч']);
  });
});
