import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { classifyCategory, type CategoryTermCount, type CategoryTotal } from '../../api/modules/matching/category-classifier';
import { MatchDocumentKind } from '../../api/modules/matching/match-index.entity';

const { NEGATIVE, PRODUCT_REFUSAL, PRODUCT_REQUEST } = ConsumerCycleCategory;

/** Three categories of the same size, 40 examples of 200 lexemes each. */
const totals: CategoryTotal[] = [NEGATIVE, PRODUCT_REFUSAL, PRODUCT_REQUEST].map((category) => ({ category, kind: MatchDocumentKind.EXAMPLE, documents: 40, lexemes: 200 }));
const examples = (term: string, byCategory: Partial<Record<ConsumerCycleCategory, number>>): CategoryTermCount[] =>
  Object.entries(byCategory).map(([category, documents]) => ({ term, category: category as ConsumerCycleCategory, kind: MatchDocumentKind.EXAMPLE, documents: documents! }));
const spelled = (lexemes: string[], similarity = 1) => lexemes.map((lexeme) => ({ lexeme, term: lexeme, similarity, documentCount: 10, confirmedCount: 0 }));
const mostLikely = (posterior: Map<ConsumerCycleCategory, number>) => [...posterior.entries()].sort((left, right) => right[1] - left[1])[0][0];

describe('the category classifier', () => {
  const categoryTerms = [
    ...examples('расторгн', { [PRODUCT_REFUSAL]: 12, [NEGATIVE]: 1 }),
    ...examples('кредит', { [NEGATIVE]: 6, [PRODUCT_REFUSAL]: 6, [PRODUCT_REQUEST]: 6 }),
    ...examples('безобраз', { [NEGATIVE]: 9 }),
  ];

  it("speaks for the category whose phrasings hold the post's words more than the base at large does", () => {
    const posterior = classifyCategory({ spellings: spelled(['расторгн', 'кредит']), categoryTerms, categoryTotals: totals });
    expect(mostLikely(posterior)).toBe(PRODUCT_REFUSAL);
    expect([...posterior.values()].reduce((sum, value) => sum + value, 0)).toBeCloseTo(1);
  });

  it('hears nothing in a word every category uses alike', () => {
    const posterior = classifyCategory({ spellings: spelled(['кредит']), categoryTerms, categoryTotals: totals });
    for (const probability of posterior.values()) expect(probability).toBeCloseTo(1 / 3);
  });

  it('hears a word less through a distant spelling than through itself', () => {
    const exact = classifyCategory({ spellings: spelled(['безобраз']), categoryTerms, categoryTotals: totals });
    const distant = classifyCategory({ spellings: [{ lexeme: 'безобразн', term: 'безобраз', similarity: 0.6, documentCount: 9, confirmedCount: 0 }], categoryTerms, categoryTotals: totals });
    expect(mostLikely(distant)).toBe(NEGATIVE);
    expect(distant.get(NEGATIVE)!).toBeLessThan(exact.get(NEGATIVE)!);
  });

  it('says nothing for a base without curated documents', () => {
    expect(classifyCategory({ spellings: spelled(['кредит']), categoryTerms: [], categoryTotals: [] }).size).toBe(0);
  });
});
