import { RESPONSE_BUCKET_EDGES } from './case-rollup.sql';
import { ResponseTimeBand } from './analytics.types';

/**
 * A percentile from counts per time bucket: the bucket holding the rank, and a linear interpolation
 * inside it (times spread evenly through a bucket): off by less than the bucket's width, exact when
 * the rank ends a bucket whose times sit on its upper edge. The open last bucket answers its lower edge.
 */
export function percentileMinutes(counts: number[], fraction: number): number | null {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  const rank = fraction * total;
  let before = 0;
  for (let index = 0; index < counts.length; index += 1) {
    const count = counts[index];
    if (count > 0 && before + count >= rank) {
      const lower = index === 0 ? 0 : RESPONSE_BUCKET_EDGES[index - 1];
      if (index >= RESPONSE_BUCKET_EDGES.length) return lower;
      const upper = RESPONSE_BUCKET_EDGES[index];
      return lower + ((upper - lower) * (rank - before)) / count;
    }
    before += count;
  }
  return null;
}

/** Upper edges (minutes) of the distribution's bands; they are bucket edges, so band counts are exact. */
const BAND_EDGES: [ResponseTimeBand, number][] = [
  [ResponseTimeBand.UP_TO_1_HOUR, 60],
  [ResponseTimeBand.FROM_1_TO_4_HOURS, 240],
  [ResponseTimeBand.FROM_4_TO_8_HOURS, 480],
  [ResponseTimeBand.FROM_8_TO_24_HOURS, 1440],
  [ResponseTimeBand.OVER_24_HOURS, Infinity],
];

export function bandCounts(counts: number[]): Map<ResponseTimeBand, number> {
  const bands = new Map(BAND_EDGES.map(([band]) => [band, 0]));
  counts.forEach((count, index) => {
    const upper = index < RESPONSE_BUCKET_EDGES.length ? RESPONSE_BUCKET_EDGES[index] : Infinity;
    const band = BAND_EDGES.find(([, edge]) => upper <= edge)![0];
    bands.set(band, bands.get(band)! + count);
  });
  return bands;
}
