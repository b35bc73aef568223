/**
 * The settings of matching that are learned from labelled material, chosen inside training folds by the
 * evaluation (scripts/match-evaluation.ts): how much a confirmed post weighs, against a curated phrasing,
 * in its situation's word signal, in its situation's word model and in the category counts: the balance
 * between the curated base and real posts. The product's values (word-coverage.ts,
 * situation-model.ts, category-classifier.ts) are the setting chosen on all of the learning curve.
 */
import type { MatchQueryResult } from '../api/modules/matching/match-query';
import { CLASSIFIER } from '../api/modules/matching/category-classifier';
import { rankCandidates, type Ranking } from '../api/modules/matching/matching.ranking';
import { SITUATION_MODEL } from '../api/modules/matching/situation-model';
import { WORD_SIGNAL } from '../api/modules/matching/word-coverage';
import type { Tunable } from './match-evaluation';

interface Weights {
  coverageConfirmed: number;
  situationConfirmed: number;
  categoryConfirmed: number;
}

/** Ranks with the weights set for the call only, then puts the product's back. */
function rankWith(weights: Weights, result: MatchQueryResult, rank: (result: MatchQueryResult) => Ranking): Ranking {
  const saved: Weights = { coverageConfirmed: WORD_SIGNAL.confirmedWeight, situationConfirmed: SITUATION_MODEL.confirmedWeight, categoryConfirmed: CLASSIFIER.confirmedWeight };
  const apply = (values: Weights) => {
    WORD_SIGNAL.confirmedWeight = values.coverageConfirmed;
    SITUATION_MODEL.confirmedWeight = values.situationConfirmed;
    CLASSIFIER.confirmedWeight = values.categoryConfirmed;
  };
  apply(weights);
  try {
    return rank(result);
  } finally {
    apply(saved);
  }
}

/** The grid, around `rank` (the product's ranking by default). */
export function learnedSettings(rank: (result: MatchQueryResult) => Ranking = rankCandidates): Tunable[] {
  const settings: Tunable[] = [];
  for (const coverageConfirmed of [0.5, 1, 2])
    for (const situationConfirmed of [0, 3])
      for (const categoryConfirmed of [1, 3]) {
        const weights = { coverageConfirmed, situationConfirmed, categoryConfirmed };
        settings.push({ name: `confirmed ${coverageConfirmed}/${situationConfirmed}/${categoryConfirmed}`, rank: (result) => rankWith(weights, result, rank) });
      }
  return settings;
}
