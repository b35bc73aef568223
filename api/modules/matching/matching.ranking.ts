import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { MatchDocumentKind } from './match-index.entity';
import type { CandidateSituation, MatchQueryResult } from './match-query';

/**
 * The ranking, on the candidates the SQL found (README, "How matching works"). Every number here is
 * a weight of a general signal; none is tied to a particular situation or phrase.
 */
export const RANKING = {
  /** How much each kind of document speaks for its situation. */
  kindWeight: { [MatchDocumentKind.EXAMPLE]: 1, [MatchDocumentKind.TITLE]: 0.9, [MatchDocumentKind.THESIS]: 0.6, [MatchDocumentKind.REPLY]: 0.35 } as Record<MatchDocumentKind, number>,
  /** BM25 length normalisation of a document. */
  k1: 1.2,
  b: 0.5,
  /** Share of the nearest phrasing (the best single document) against coverage by the whole situation. */
  nearestShare: 0.55,
  /** A fuzzy spelling counts similarity^power of the exact word. */
  similarityPower: 2,
  /** Below this a spelling is too far to count. */
  minimumSimilarity: 0.45,
  /** Scores are shares of the post's own information; below this nothing is a match. */
  threshold: 0.12,
  /** Sharpness of the category vote over the ranked situations. */
  categoryTemperature: 0.05,
} as const;

export interface RankedSituation {
  situation: CandidateSituation;
  /** 0..1: the share of the post's information the situation explains. */
  score: number;
}

export interface Ranking {
  ranked: RankedSituation[];
  category: ConsumerCycleCategory;
  /** True when the best score is under the threshold. */
  noMatch: boolean;
}

interface WordWeight {
  lexeme: string;
  weight: number;
}

const inverseDocumentFrequency = (documents: number, containing: number) => Math.log(1 + (documents - containing + 0.5) / (containing + 0.5));

/** term -> the post's words it can stand for, with the weight it then carries. */
function termWeights(result: MatchQueryResult): { byTerm: Map<string, WordWeight[]>; postMass: number } {
  const byTerm = new Map<string, WordWeight[]>();
  const bestOfWord = new Map<string, number>();
  for (const spelling of result.spellings) {
    if (spelling.similarity < RANKING.minimumSimilarity) continue;
    const weight = Math.pow(spelling.similarity, RANKING.similarityPower) * inverseDocumentFrequency(result.documentCount, spelling.documentCount);
    const list = byTerm.get(spelling.term) ?? [];
    list.push({ lexeme: spelling.lexeme, weight });
    byTerm.set(spelling.term, list);
    bestOfWord.set(spelling.lexeme, Math.max(bestOfWord.get(spelling.lexeme) ?? 0, weight));
  }
  // A word the base has never seen still carries information the base cannot explain, at the IDF of a rare word.
  const unseenWeight = inverseDocumentFrequency(result.documentCount, 1) * 0.5;
  let postMass = 0;
  for (const lexeme of result.lexemes) postMass += bestOfWord.get(lexeme) ?? unseenWeight;
  return { byTerm, postMass };
}

/** The post's words a document explains, each with the weight it carries there. */
function explained(lexemes: string[], byTerm: Map<string, WordWeight[]>): Map<string, number> {
  const found = new Map<string, number>();
  for (const term of lexemes) {
    for (const { lexeme, weight } of byTerm.get(term) ?? []) {
      if (weight > (found.get(lexeme) ?? 0)) found.set(lexeme, weight);
    }
  }
  return found;
}

export function rankCandidates(result: MatchQueryResult): Ranking {
  const { byTerm, postMass } = termWeights(result);
  const documents = result.candidates.flatMap((candidate) => candidate.documents);
  const averageLength = documents.reduce((sum, document) => sum + document.lexemes.length, 0) / Math.max(documents.length, 1) || 1;

  const ranked = result.candidates.map((situation) => {
    let nearest = 0;
    const coverage = new Map<string, number>();
    for (const document of situation.documents) {
      const kindWeight = RANKING.kindWeight[document.kind] ?? 0.5;
      const lengthFactor = (RANKING.k1 + 1) / (1 + RANKING.k1 * (1 - RANKING.b + (RANKING.b * document.lexemes.length) / averageLength));
      const words = explained(document.lexemes, byTerm);
      let documentScore = 0;
      for (const [lexeme, weight] of words) {
        documentScore += weight;
        coverage.set(lexeme, Math.max(coverage.get(lexeme) ?? 0, weight * kindWeight));
      }
      nearest = Math.max(nearest, documentScore * kindWeight * Math.min(lengthFactor, 1.3));
    }
    const covered = [...coverage.values()].reduce((sum, weight) => sum + weight, 0);
    const raw = RANKING.nearestShare * nearest + (1 - RANKING.nearestShare) * covered;
    return { situation, score: postMass > 0 ? Math.min(raw / postMass, 1) : 0 };
  });
  ranked.sort((left, right) => right.score - left.score || left.situation.key.localeCompare(right.situation.key));

  const votes = new Map<ConsumerCycleCategory, number>();
  const top = ranked[0]?.score ?? 0;
  for (const { situation, score } of ranked) {
    votes.set(situation.category, (votes.get(situation.category) ?? 0) + Math.exp((score - top) / RANKING.categoryTemperature));
  }
  const category = [...votes.entries()].sort((left, right) => right[1] - left[1])[0]?.[0] ?? ConsumerCycleCategory.GENERAL_REQUEST;
  return { ranked, category, noMatch: top < RANKING.threshold };
}
