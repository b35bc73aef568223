export const categoryChoices = [
  'GENERAL_REQUEST',
  'COMPETITOR_REQUEST',
  'PRODUCT_REQUEST',
  'FIRST_REVIEW',
  'NEGATIVE',
  'SUPPORT',
  'PRODUCT_REFUSAL',
  'UNCOMFORTABLE_QUESTION',
].map((category) => ({ id: category, name: `repbase.categories.${category}` }));

export const replyStatusChoices = ['DRAFT', 'APPROVED', 'RETIRED'].map((status) => ({ id: status, name: `repbase.replyStatus.${status}` }));
