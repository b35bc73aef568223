import type { MatchQueryResult } from './match-query';

/**
 * The per-client discriminative model (migration MatchLinearModel), read for the candidates: a linear
 * score over the post's stems, pairs of stems and character trigrams. A situation's positive weights are
 * its confirmed posts' features, its negative weights those of the confirmed posts the matcher wrongly
 * suggested it for; on unit-length features a situation's positive score is the sum of its confirmed
 * posts' cosines to the post, by kind. The ranking adds `share` × the score to a situation's mixed
 * signal (the retrieval's, on the best candidate's scale). The balances are chosen inside the
 * evaluation's folds (scripts/match-settings.ts); the values here are the product's.
 */
export const LINEAR_MODEL = {
  /** Weight of the model's score beside the retrieval's mixed signal (0: the model is not heard). */
  share: 0,
  /** Weight of a mistake (negative weights) against a confirmed post (positive ones). */
  negativeWeight: 1,
  /** Weights of the kinds of feature: stems, pairs of stems, character trigrams. */
  kindWeights: [1, 1, 1] as number[],
};

/** The model's score of each candidate (0 for a situation with no weight on the post's features). */
export function linearModelScores(result: MatchQueryResult): number[] {
  const scores = new Map(
    (result.model ?? []).map((entry) => [
      entry.situationId,
      LINEAR_MODEL.kindWeights.reduce((sum, weight, kind) => sum + weight * ((entry.positive[kind] ?? 0) - LINEAR_MODEL.negativeWeight * (entry.negative[kind] ?? 0)), 0),
    ]),
  );
  return result.candidates.map((situation) => scores.get(situation.id) ?? 0);
}
