/**
 * "No match", from a calibrated confidence (README, "How matching works"): the probability that the
 * base holds the post's situation, a logistic function of what the ranking saw. Its coefficients and the
 * threshold are fitted by the evaluation on the folds of all labelled material (scripts/match-calibration.ts,
 * `npm run eval:match`); the values below are that fit on all of it, which the README labels so.
 */
export interface MatchEvidence {
  /** The best situation's score: the share of the post it explains (0..1). */
  best: number;
  /** The second best's score (0 when there is none). */
  second: number;
  /** How many of the post's meanings the best situation holds. */
  held: number;
  /** How many meanings the post has. */
  meanings: number;
}

export interface NoMatchCalibration {
  intercept: number;
  best: number;
  gap: number;
  held: number;
  meanings: number;
  /** A single shared meaning in a post that says three or more things: a coincidence more often than a match. */
  single: number;
  /** Under this confidence, nothing is offered. */
  threshold: number;
}

export const NO_MATCH: NoMatchCalibration = {
  intercept: 3.391,
  best: 1.187,
  gap: 0.69,
  held: 1.087,
  meanings: -0.873,
  single: -1.344,
  threshold: 0.82,
};

/** The features of the calibration, in the order of `weightsOf`. */
export function evidenceFeatures(evidence: MatchEvidence): number[] {
  return [1, evidence.best, evidence.best - evidence.second, Math.log(1 + evidence.held), Math.log(1 + evidence.meanings), evidence.held <= 1 && evidence.meanings >= 3 ? 1 : 0];
}

export const weightsOf = (calibration: NoMatchCalibration) => [calibration.intercept, calibration.best, calibration.gap, calibration.held, calibration.meanings, calibration.single];

/** 0..1: how likely the base holds the post's situation. */
export function matchConfidence(evidence: MatchEvidence, calibration: NoMatchCalibration = NO_MATCH): number {
  const weights = weightsOf(calibration);
  const z = evidenceFeatures(evidence).reduce((sum, feature, index) => sum + feature * weights[index], 0);
  return 1 / (1 + Math.exp(-z));
}
