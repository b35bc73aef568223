import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { categoryCues } from '../../api/modules/matching/category-cues';
import { postTokens } from '../../api/modules/matching/phrase-matcher';

const cuesOf = (text: string) => categoryCues(postTokens(text), text);
const strongest = (text: string) => Object.entries(cuesOf(text)).sort((left, right) => (right[1] ?? 0) - (left[1] ?? 0))[0]?.[0];

describe("the category cues of a post's own words", () => {
  it.each([
    ['Хочу расторгнуть договор и вернуть деньги за допы', ConsumerCycleCategory.PRODUCT_REFUSAL],
    ['Как закрыть счёт, если он больше не нужен?', ConsumerCycleCategory.PRODUCT_REFUSAL],
    ['В другом банке вклад на полтора процента выгоднее', ConsumerCycleCategory.COMPETITOR_REQUEST],
    ['У конкурентов та же модель дешевле, почему так?', ConsumerCycleCategory.COMPETITOR_REQUEST],
    ['Месяц как купил кроссовер, первые впечатления только хорошие', ConsumerCycleCategory.FIRST_REVIEW],
    ['Это безобразие, сколько можно ждать ответа?!', ConsumerCycleCategory.NEGATIVE],
    ['Не могу войти в личный кабинет, что делать?', ConsumerCycleCategory.SUPPORT],
    ['Посоветуйте, какой седан выбрать для города', ConsumerCycleCategory.GENERAL_REQUEST],
    ['Правда ли, что у вас массовые увольнения?', ConsumerCycleCategory.UNCOMFORTABLE_QUESTION],
    ['Есть ли у вас ипотека для IT-специалистов, какие условия?', ConsumerCycleCategory.PRODUCT_REQUEST],
    ['Третью неделю банкомат не работает, а вам хоть бы что', ConsumerCycleCategory.NEGATIVE],
    ['Читаю, что компания вся в долгах. Стоит переживать?', ConsumerCycleCategory.UNCOMFORTABLE_QUESTION],
    ['Машину так и не привезли, ждать больше не хочу, как забрать свои деньги?', ConsumerCycleCategory.PRODUCT_REFUSAL],
    ['Месяц езжу на новой машине, пока одни положительные эмоции', ConsumerCycleCategory.FIRST_REVIEW],
    ['Приложение удобное, но не хватает тёмной темы', ConsumerCycleCategory.FIRST_REVIEW],
    ['Сыну восемнадцать, какую карту ему оформить?', ConsumerCycleCategory.GENERAL_REQUEST],
  ])('"%s" speaks for %s', (text, category) => {
    expect(strongest(text)).toBe(category);
  });

  it('hears shouting and "!!!" as a complaint, but not abbreviations in capitals', () => {
    expect(cuesOf('ВЕРНИТЕ МОИ ДЕНЬГИ!!!')[ConsumerCycleCategory.NEGATIVE]).toBeGreaterThanOrEqual(3);
    expect(cuesOf('Сколько стоит КАСКО и ОСАГО на Tiggo в ТЦ?')[ConsumerCycleCategory.NEGATIVE]).toBeUndefined();
  });

  it('tells a refusal the author was given from one the author wants', () => {
    expect(cuesOf('Мне отказали в кредите')[ConsumerCycleCategory.PRODUCT_REFUSAL]).toBeUndefined();
    expect(cuesOf('Хочу отказаться от страховки')[ConsumerCycleCategory.PRODUCT_REFUSAL]).toBeGreaterThan(0);
  });

  it('compares a word the stemmer would widen exactly: "часами" is a complaint, "два часа" is not', () => {
    expect(cuesOf('Часами висим на линии')[ConsumerCycleCategory.NEGATIVE]).toBeGreaterThan(0);
    expect(cuesOf('Оформили за два часа')[ConsumerCycleCategory.NEGATIVE]).toBeUndefined();
  });

  it('says nothing of a post with no cue', () => {
    expect(cuesOf('Белый кроссовер, полный привод, две тысячи двадцать четвёртый год')).toEqual({});
  });
});
