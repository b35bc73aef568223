import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { russianDuration, STORY_MAX, STORY_MIN, writeCaseStory, type StoryFacts } from '../../api/modules/case-stories/story-writer';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';

const posted = new Date('2026-10-05T09:00:00Z');
const hours = (count: number) => new Date(posted.getTime() + count * 3_600_000);

const facts = (overrides: Partial<StoryFacts> = {}): StoryFacts => ({
  brand: 'Банк «Северный»',
  platform: { name: 'Банки.ру — Народный рейтинг', kind: PlatformKind.REVIEW_SITE, audience: null },
  author: { handle: 'anna_spb', name: null },
  request: { text: 'С карты списали комиссию за обслуживание, хотя обещали бесплатно.', postedAt: posted, category: ConsumerCycleCategory.NEGATIVE },
  reaction: { firstText: 'Анна, здравствуйте! Проверим списание и вернём комиссию, если она ошибочна.', firstResponseAt: hours(3), posts: 2, deadlineHours: 8, movedToPrivate: true },
  escalation: { assigneeName: 'Марина Волкова', assigneePosition: 'юрист банка', hoursToAnswer: 5 },
  result: { resolved: true, finishedAt: hours(50), positiveFeedback: true, siteVisit: false, promoUsed: false, note: null },
  ...overrides,
});

describe('the case story writer', () => {
  it.each([
    ['a full case', facts()],
    ['a bare case', facts({ escalation: null, request: { text: 'Не работает приложение', postedAt: posted, category: null }, reaction: { firstText: null, firstResponseAt: null, posts: 0, deadlineHours: null, movedToPrivate: false }, result: { resolved: true, finishedAt: null, positiveFeedback: false, siteVisit: false, promoUsed: false, note: null } })],
    ['a case with very long texts', facts({ request: { text: 'Очень длинная жалоба. '.repeat(200), postedAt: posted, category: ConsumerCycleCategory.NEGATIVE }, reaction: { firstText: 'Подробный ответ банка. '.repeat(100), firstResponseAt: hours(30), posts: 12, deadlineHours: 8, movedToPrivate: true }, result: { resolved: true, finishedAt: hours(80), positiveFeedback: true, siteVisit: true, promoUsed: true, note: 'Комиссию вернули, клиент остался с банком. '.repeat(3) } })],
  ])('keeps %s within 1,500–2,500 characters', (_name, input) => {
    const { text } = writeCaseStory(input);
    expect(text.length).toBeGreaterThanOrEqual(STORY_MIN);
    expect(text.length).toBeLessThanOrEqual(STORY_MAX);
  });

  it('tells the request, the reaction with its timing and the escalation, and the result', () => {
    const { title, text } = writeCaseStory(facts());
    expect(title).toBe('Обращение – реакция – результат: как Банк «Северный» решил вопрос клиента на сайте отзывов «Банки.ру — Народный рейтинг»');
    expect(text).toContain('на сайте отзывов «Банки.ру — Народный рейтинг» появилось сообщение, автор — пользователь с ником anna_spb');
    expect(text).toContain('ответил через 3 часа после публикации, уложившись в регламент (8 часов)');
    expect(text).toContain('юрист банка (Марина Волкова); ответ пришёл через 5 часов');
    expect(text).toContain('Вопрос решён за 2 дня 2 часа с момента обращения.');
    expect(text).toContain('Всего в обсуждении представитель опубликовал 2 сообщения.');
  });

  it('says durations in Russian', () => {
    expect(russianDuration(40 * 60_000)).toBe('40 минут');
    expect(russianDuration(61 * 60_000)).toBe('1 час 1 минуту');
    expect(russianDuration(26 * 3_600_000)).toBe('1 день 2 часа');
    expect(russianDuration(5 * 24 * 3_600_000)).toBe('5 дней');
  });
});
