import { Sentiment } from '../../api/modules/mentions/sentiment';
import { scoreSentiment } from '../../api/modules/mentions/sentiment-lexicon';

const cases: [string, Sentiment][] = [
  ['Спасибо огромное, всё сделали быстро и вежливо!', Sentiment.POSITIVE],
  ['Отличный сервис, рекомендую этот салон', Sentiment.POSITIVE],
  ['Ужасное обслуживание, менеджер нахамил, больше никогда к вам не приду', Sentiment.NEGATIVE],
  ['Машина третью неделю в ремонте, никто не перезванивает. Безобразие!', Sentiment.NEGATIVE],
  ['Не доволен качеством ремонта', Sentiment.NEGATIVE],
  ['Не рекомендую этот банк: списали комиссию без предупреждения', Sentiment.NEGATIVE],
  ['Спасибо за ответ, но проблема так и не решена', Sentiment.NEGATIVE],
  ['Подскажите, сколько стоит первое ТО на Tiggo 7 Pro?', Sentiment.NEUTRAL],
  ['Какой кредит лучше взять на автомобиль до миллиона?', Sentiment.NEUTRAL],
  ['Где находится ближайший офис банка в Мурманске?', Sentiment.NEUTRAL],
  ['Неплохо, но дороговато', Sentiment.NEGATIVE],
  ['Машину забрал вчера, пока всё нормально', Sentiment.NEUTRAL],
  ['Приложение опять висит(((', Sentiment.NEGATIVE],
  ['Всё супер)))', Sentiment.POSITIVE],
];

describe('the Russian sentiment lexicon', () => {
  it.each(cases)('%s → %s', (text, expected) => {
    expect(scoreSentiment(text).sentiment).toBe(expected);
  });

  it('reads ё as е and ignores case', () => {
    expect(scoreSentiment('ВСЁ РЕШЁНО, СПАСИБО').sentiment).toBe(Sentiment.POSITIVE);
  });
});
