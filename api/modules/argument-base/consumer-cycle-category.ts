import { registerEnumType } from 'type-graphql';

/** Where a post stands on the consumer cycle. Public API: external tools depend on these names. */
export enum ConsumerCycleCategory {
  GENERAL_REQUEST = 'GENERAL_REQUEST',
  COMPETITOR_REQUEST = 'COMPETITOR_REQUEST',
  PRODUCT_REQUEST = 'PRODUCT_REQUEST',
  FIRST_REVIEW = 'FIRST_REVIEW',
  NEGATIVE = 'NEGATIVE',
  SUPPORT = 'SUPPORT',
  PRODUCT_REFUSAL = 'PRODUCT_REFUSAL',
  UNCOMFORTABLE_QUESTION = 'UNCOMFORTABLE_QUESTION',
}

registerEnumType(ConsumerCycleCategory, {
  name: 'ConsumerCycleCategory',
  valuesConfig: {
    GENERAL_REQUEST: { description: 'общий запрос: choosing within the category ("which car under a million?").' },
    COMPETITOR_REQUEST: { description: 'конкурентный запрос: comparison with, or a question about, a competitor.' },
    PRODUCT_REQUEST: { description: "запрос по продукту: a question about one of the client's products." },
    FIRST_REVIEW: { description: "первый отзыв: a customer's first impressions after buying." },
    NEGATIVE: { description: 'негатив: a complaint or negative review.' },
    SUPPORT: { description: 'сопровождение: an existing customer needs help using the product.' },
    PRODUCT_REFUSAL: { description: 'отказ от продукта: wants to cancel, close, return, get a refund.' },
    UNCOMFORTABLE_QUESTION: { description: 'неудобный вопрос: awkward or provocative (lawsuits, layoffs, rumours, price rises).' },
  },
});
