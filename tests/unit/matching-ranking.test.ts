import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { MatchDocumentKind } from '../../api/modules/matching/match-index.entity';
import type { CandidateSituation, MatchQueryResult } from '../../api/modules/matching/match-query';
import { rankCandidates } from '../../api/modules/matching/matching.ranking';
import type { CategoryCues } from '../../api/modules/matching/category-cues';

/** A candidate whose curated phrasings hold these lexemes. */
function situation(key: string, category: ConsumerCycleCategory, examples: string[][]): CandidateSituation {
  return {
    id: key,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    version: 1,
    clientId: 'client',
    key,
    title: key,
    category,
    topic: null,
    isArchived: false,
    documents: examples.map((lexemes) => ({ kind: MatchDocumentKind.EXAMPLE, lexemes })),
    replies: [],
  };
}

/**
 * What the SQL would return for a post of these lexemes against these candidates, with the post's cues,
 * in a base of 100 curated documents where "минут" is common and the rest is only in the candidates.
 */
function found(lexemes: string[], candidates: CandidateSituation[], cues: CategoryCues): MatchQueryResult {
  const documents = candidates.flatMap((candidate) => candidate.documents);
  const common: Record<string, number> = { минут: 40 };
  return {
    lexemes,
    spellings: lexemes.map((lexeme) => ({
      lexeme,
      term: lexeme,
      similarity: 1,
      documentCount: common[lexeme] ?? documents.filter((document) => document.lexemes.includes(lexeme)).length,
      confirmedCount: 0,
    })),
    documentCount: 100,
    confirmedCount: 0,
    candidates,
    words: [],
    concepts: [],
    categoryTerms: [],
    categoryTotals: [],
    analysis: { concepts: [], cues },
  };
}

describe('the situations offered for a post', () => {
  const base = [
    situation('card-blocked', ConsumerCycleCategory.SUPPORT, [['карт', 'заблокирова'], ['заблокирова', 'карт', 'перевод']]),
    situation('card-blocked-abroad', ConsumerCycleCategory.SUPPORT, [['карт', 'заблокирова', 'турц'], ['карт', 'границ']]),
    situation('card-pin', ConsumerCycleCategory.SUPPORT, [['карт', 'заблокирова', 'пин']]),
    situation('card-reissue', ConsumerCycleCategory.PRODUCT_REQUEST, [['карт', 'перевыпуст', 'заблокирова']]),
    situation('hotline-wait', ConsumerCycleCategory.NEGATIVE, [['минут', 'жда', 'оператор'], ['дозвон', 'поддержк'], ['робот', 'оператор']]),
  ];

  it("include the best situation of the post's own category when the post tells it in other situations' words", () => {
    const post = found(['карт', 'заблокирова', 'минут', 'сорок', 'музык'], base, { [ConsumerCycleCategory.NEGATIVE]: 4 });
    const ranking = rankCandidates(post);
    const shown = ranking.ranked.slice(0, 3).map((entry) => entry.situation.key);
    expect(shown).toContain('hotline-wait');
    expect(ranking.ranked.map((entry) => entry.score)).toEqual([...ranking.ranked.map((entry) => entry.score)].sort((left, right) => right - left));
  });

  it('leave the first place to the words when the post says nothing clear of its category', () => {
    const post = found(['карт', 'заблокирова', 'минут', 'сорок', 'музык'], base, { [ConsumerCycleCategory.NEGATIVE]: 0.5 });
    const shown = rankCandidates(post).ranked.slice(0, 3).map((entry) => entry.situation.key);
    expect(shown[0]).not.toBe('hotline-wait');
    expect(shown[0]).toMatch(/^card-/);
  });

  it('offer nothing of that category that shares no meaning with the post', () => {
    const post = found(['карт', 'заблокирова', 'сорок', 'музык'], base, { [ConsumerCycleCategory.NEGATIVE]: 4 });
    const shown = rankCandidates(post).ranked.slice(0, 3).map((entry) => entry.situation.key);
    expect(shown).not.toContain('hotline-wait');
  });
});
