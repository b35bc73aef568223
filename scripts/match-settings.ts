/**
 * The settings of matching that are learned from labelled material (chosen inside training folds by
 * the evaluation, scripts/match-evaluation.ts), beside the product's default.
 */
import type { Tunable } from './match-evaluation';

export function learnedSettings(): Tunable[] {
  return [];
}
