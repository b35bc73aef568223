import { ErrorReason } from './error-reasons';
import { badInput } from './errors';

/** The most records one bulk action of the panel changes in one transaction. */
export const MAX_BULK_IDS = 200;

/**
 * The ids of a bulk action, once each and sorted: rows are then locked in the same order by every
 * bulk transaction, so two of them over overlapping selections cannot deadlock.
 */
export function bulkIds(ids: string[]): string[] {
  const distinct = [...new Set(ids)].sort();
  if (distinct.length === 0) throw badInput({ field: 'ids', message: 'select at least one record' }, ErrorReason.EMPTY_BATCH);
  if (distinct.length > MAX_BULK_IDS) throw badInput({ field: 'ids', message: `at most ${MAX_BULK_IDS} records at a time` }, ErrorReason.BATCH_TOO_LARGE);
  return distinct;
}
