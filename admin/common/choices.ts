/** The consumer-cycle categories (docs/domain.md), labelled from repbase.categories. */
export const categories = [
  'GENERAL_REQUEST',
  'COMPETITOR_REQUEST',
  'PRODUCT_REQUEST',
  'FIRST_REVIEW',
  'NEGATIVE',
  'SUPPORT',
  'PRODUCT_REFUSAL',
  'UNCOMFORTABLE_QUESTION',
] as const;

export const categoryLabel = (category: string) => `repbase.categories.${category}`;

export const categoryChoices = categories.map((category) => ({ id: category, name: categoryLabel(category) }));
