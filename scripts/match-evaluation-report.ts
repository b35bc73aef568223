/**
 * The report of the evaluation command and of its CI test: cross-validated figures and the learning
 * curve, each labelled with the set it is from and what weights saw it.
 */
import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import {
  crossFitted,
  crossValidationOutcomes,
  figuresLine,
  importClients,
  labelledMaterial,
  learningCurveOutcomes,
  productSetting,
  rates,
  type LabelledPost,
  type Outcome,
  type Rates,
} from './match-evaluation';
import { rerankerSetting } from './match-rerank';

export interface EvaluationOptions {
  folds: number;
  seed: number;
  /** Confirmed posts per situation on the learning curve; empty: no curve. */
  curve: number[];
  /** What the posts are, for the labels ("dev posts", "the repository's sample posts"). */
  postsLabel: string;
  /** Whether the hand-set weights were chosen looking at these posts (the dev posts were; the repository's sample was not). */
  postsSeen: boolean;
  /** A file to keep the learning curve's SQL answers in (JSON). */
  saveCurve?: string;
  /** A file to keep the cross-validation's SQL answers in (JSON). */
  saveFolds?: string;
  /** At most this many rounds of the learning curve (default: as many as texts per situation). */
  rounds?: number;
}

export interface EvaluationReport {
  crossValidation: { all: Rates; phrasings: Rates; posts: Rates };
  curve: Map<number, Rates>;
  lines: string[];
}

export async function evaluateMatching(dataSource: DataSource, csv: string, posts: LabelledPost[], options: EvaluationOptions): Promise<EvaluationReport> {
  const material = labelledMaterial(csv, posts);
  const slugs = [...new Set(material.map((item) => item.client))];
  const clients = await importClients(dataSource, csv, slugs, `-folds-${options.seed}`);
  const outcomes = await crossValidationOutcomes(dataSource, clients, material, options.folds, options.seed);
  if (options.saveFolds) fs.writeFileSync(options.saveFolds, JSON.stringify(outcomes));
  const curveOutcomes = options.curve.length ? await learningCurveOutcomes(dataSource, csv, material, options.curve, options.seed, options.rounds) : new Map<number, Outcome[]>();
  // The SQL answers kept, so that rankings can be studied again without feeding the cases again.
  if (options.saveCurve) fs.writeFileSync(options.saveCurve, JSON.stringify([...curveOutcomes.entries()]));
  // The reranker and the no-match calibration are fitted inside the training folds (and on the curve's answers about other texts).
  const settings = [rerankerSetting('reranker and no-match calibration fitted', outcomes, curveOutcomes, outcomes, { calibrate: true })];
  const all = crossFitted(outcomes, settings);
  const phrasings = crossFitted(outcomes, settings, (outcome) => outcome.item.source === 'base').figures;
  const postFigures = crossFitted(outcomes, settings, (outcome) => outcome.item.source === 'post').figures;
  const product = crossFitted(outcomes, [productSetting]).figures;
  const productFit = options.postsSeen ? 'fitted on all: seen' : 'fitted on the shared evaluation data, not on these';
  const lines = [
    `== ${options.folds}-fold cross-validation (seed ${options.seed}) over ${material.length} labelled texts: the base's phrasings and the ${options.postsLabel}`,
    `   the reranker and the no-match calibration fitted inside the training folds of each fold (and on the curve's answers about texts outside the fold);`,
    `   the hand-set weights of matching.ranking.ts were chosen looking at the dev posts' even lines and the base's phrasings: labelled "seen"`,
    figuresLine(`all labelled texts (${options.postsSeen ? 'seen' : 'partly seen'})`, all.figures),
    figuresLine("the base's phrasings, each left out (seen)", phrasings),
    figuresLine(`the ${options.postsLabel} (${options.postsSeen ? 'seen' : 'never seen'})`, postFigures),
    figuresLine(`all, with the product's reranker and calibration (${productFit})`, product),
  ];
  const curve = new Map<number, Rates>();
  if (curveOutcomes.size) {
    lines.push(
      `== learning curve: base of titles, replies and theses only; every labelled text of a situation is a post; per round one text`,
      `   of each situation is measured and never fed, the others fed as answered cases (ingestMentions + logReaction);`,
      `   the reranker fitted on the other rounds (every count) and the folds' answers about texts not measured in the round`,
    );
    for (const [count, measured] of curveOutcomes) {
      const { figures } = crossFitted(measured, [rerankerSetting('reranker', outcomes, curveOutcomes, measured)]);
      curve.set(count, rates(figures));
      lines.push(figuresLine(`${count} confirmed posts per situation`, figures));
    }
    for (const [count, measured] of curveOutcomes) {
      lines.push(figuresLine(`${count}, the product's reranker (${productFit})`, crossFitted(measured, [productSetting]).figures));
    }
  }
  return { crossValidation: { all: rates(all.figures), phrasings: rates(phrasings), posts: rates(postFigures) }, curve, lines };
}
