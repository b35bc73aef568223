import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { CaseStatus } from '../cases/case-status';
import { Sentiment } from '../mentions/sentiment';
import { ResponseTimeBand } from './analytics.types';

/** Russian names of the public enums, for files people read (exports, the infographic). */
export const CATEGORY_RU: Record<ConsumerCycleCategory, string> = {
  GENERAL_REQUEST: 'Общий запрос',
  COMPETITOR_REQUEST: 'Конкурентный запрос',
  PRODUCT_REQUEST: 'Запрос по продукту',
  FIRST_REVIEW: 'Первый отзыв',
  NEGATIVE: 'Негатив',
  SUPPORT: 'Сопровождение',
  PRODUCT_REFUSAL: 'Отказ от продукта',
  UNCOMFORTABLE_QUESTION: 'Неудобный вопрос',
};
export const categoryRu = (category: ConsumerCycleCategory | null) => (category ? CATEGORY_RU[category] : 'Без категории');

export const SENTIMENT_RU: Record<Sentiment, string> = { POSITIVE: 'Позитивная', NEUTRAL: 'Нейтральная', NEGATIVE: 'Негативная' };

export const BAND_RU: Record<ResponseTimeBand, string> = {
  UP_TO_1_HOUR: 'до 1 ч',
  FROM_1_TO_4_HOURS: '1–4 ч',
  FROM_4_TO_8_HOURS: '4–8 ч',
  FROM_8_TO_24_HOURS: '8–24 ч',
  OVER_24_HOURS: 'более 24 ч',
};

export const STATUS_RU: Record<CaseStatus, string> = {
  NEW: 'Новое',
  IN_PROGRESS: 'В работе',
  ANSWERED: 'Отвечено',
  MOVED_TO_PRIVATE: 'В личных сообщениях',
  RESOLVED: 'Решено',
  CLOSED: 'Закрыто',
};
