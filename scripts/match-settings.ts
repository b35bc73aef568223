/**
 * The settings of matching that are learned from labelled material, chosen inside training folds by the
 * evaluation (scripts/match-evaluation.ts): how much a confirmed post weighs, against a curated phrasing,
 * in its situation's word signal, in its situation's word model and in the category counts: the balance
 * between the curated base and real posts. The product's values (word-coverage.ts,
 * situation-model.ts, category-classifier.ts) are the setting chosen on all of the learning curve.
 */
import type { MatchQueryResult } from '../api/modules/matching/match-query';
import { CLASSIFIER } from '../api/modules/matching/category-classifier';
import { LINEAR_MODEL } from '../api/modules/matching/linear-model';
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
function rankWith(weights: Weights, result: MatchQueryResult): Ranking {
  const saved: Weights = { coverageConfirmed: WORD_SIGNAL.confirmedWeight, situationConfirmed: SITUATION_MODEL.confirmedWeight, categoryConfirmed: CLASSIFIER.confirmedWeight };
  const apply = (values: Weights) => {
    WORD_SIGNAL.confirmedWeight = values.coverageConfirmed;
    SITUATION_MODEL.confirmedWeight = values.situationConfirmed;
    CLASSIFIER.confirmedWeight = values.categoryConfirmed;
  };
  apply(weights);
  try {
    return rankCandidates(result);
  } finally {
    apply(saved);
  }
}

export function learnedSettings(): Tunable[] {
  const settings: Tunable[] = [];
  for (const coverageConfirmed of [0.5, 1, 2])
    for (const situationConfirmed of [0, 3])
      for (const categoryConfirmed of [1, 3]) {
        const weights = { coverageConfirmed, situationConfirmed, categoryConfirmed };
        settings.push({ name: `confirmed ${coverageConfirmed}/${situationConfirmed}/${categoryConfirmed}`, rank: (result) => rankWith(weights, result) });
      }
  return settings;
}

interface ModelWeights {
  share: number;
  negativeWeight: number;
  kindWeights: number[];
}

/** Ranks with the per-client model's balances set for the call only (linear-model.ts). */
function rankWithModel(weights: ModelWeights, result: MatchQueryResult): Ranking {
  const saved: ModelWeights = { share: LINEAR_MODEL.share, negativeWeight: LINEAR_MODEL.negativeWeight, kindWeights: LINEAR_MODEL.kindWeights };
  Object.assign(LINEAR_MODEL, weights);
  try {
    return rankCandidates(result);
  } finally {
    Object.assign(LINEAR_MODEL, saved);
  }
}

/**
 * The per-client model fused with retrieval, the other learned weights at the product's: how much the
 * model is heard, how much a mistake counts against a confirmed post, and which kinds of feature speak.
 */
export function modelSettings(): Tunable[] {
  const settings: Tunable[] = [];
  for (const share of [0.5, 1, 2, 4])
    for (const negativeWeight of [0, 1])
      for (const [kinds, kindWeights] of [['stems+pairs+trigrams', [1, 1, 1]], ['stems+pairs', [1, 1, 0]]] as const) {
        const weights = { share, negativeWeight, kindWeights: [...kindWeights] };
        settings.push({ name: `model ${share}/${negativeWeight}/${kinds}`, rank: (result) => rankWithModel(weights, result) });
      }
  return settings;
}
