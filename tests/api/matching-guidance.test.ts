import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { ContentRuleKind, PostKind, TopicPolicy, type BriefContent } from '../../api/modules/briefs/brief-content';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import { makeBriefInForce, makePlatform, makeSituationWithReply } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { makeClientWorld, type ClientWorld } from '../helpers/world';

const app = useTestApp();

const GUIDANCE = `query($input: MatchSituationsInput!) {
  matchSituations(input: $input) {
    category noMatch matches { situation { key topic } }
    guidance {
      briefInForce briefVersion moveToPrivate topicKeys
      restrictedTopics { key name policy note words }
      personalData { kind present start end }
      standardSituations { key name behaviour moveToPrivate words }
      responsiblePeople { key name position contact answerWithinHours topicKey }
      deadline { key hours answerBy platformKind category }
      postingLimit { key maxPostsPerDay maxPostsPerWeek allowedPostKinds platformId platformKind }
    }
  }
}`;

const brief = (platformId: string): Partial<BriefContent> => ({
  topics: [
    { key: 'layoffs', name: 'Сокращения персонала', policy: TopicPolicy.NO_COMMENT, keywords: ['увольнение', 'сокращение штата'], note: 'Не комментируем, отсылаем к пресс-службе.' },
    { key: 'lawsuits', name: 'Судебные споры', policy: TopicPolicy.FORBIDDEN, keywords: ['суд', 'иск'], note: null },
    { key: 'credit', name: 'Кредиты', policy: TopicPolicy.ALLOWED, keywords: ['кредит', 'заём'], note: null },
    { key: 'cards', name: 'Карты', policy: TopicPolicy.ALLOWED, keywords: ['карта'], note: null },
  ],
  contentRules: [{ key: 'brand', kind: ContentRuleKind.BRAND_SPELLING, text: 'Банк «Северный»', variants: ['северный банк'], note: null }],
  standardSituations: [
    { key: 'conflict', name: 'Конфликт', triggers: ['обман', 'мошенники'], behaviour: 'Спокойно признать проблему и перейти в личные сообщения.', moveToPrivate: true },
    { key: 'thanks', name: 'Благодарность', triggers: ['спасибо'], behaviour: 'Поблагодарить в ответ.', moveToPrivate: false },
  ],
  responsiblePeople: [
    { key: 'lawyer', name: 'Марина Волкова', position: 'юрист', topicKeys: ['lawsuits', 'layoffs'], contact: 'lawyer@bank.example', answerWithinHours: 24, userId: null },
    { key: 'credit-head', name: 'Игорь Лебедев', position: 'начальник кредитного отдела', topicKeys: ['credit'], contact: 'credit@bank.example', answerWithinHours: 8, userId: null },
    { key: 'cards-head', name: 'Ольга Ким', position: 'руководитель карточного направления', topicKeys: ['cards'], contact: 'cards@bank.example', answerWithinHours: 4, userId: null },
  ],
  responseDeadlines: [
    { key: 'any', platformKind: null, category: null, hours: 48 },
    { key: 'reviews', platformKind: PlatformKind.REVIEW_SITE, category: null, hours: 24 },
    { key: 'negative', platformKind: null, category: ConsumerCycleCategory.NEGATIVE, hours: 12 },
    { key: 'reviews-negative', platformKind: PlatformKind.REVIEW_SITE, category: ConsumerCycleCategory.NEGATIVE, hours: 2 },
  ],
  postingRules: [
    { key: 'every', platformId: null, platformKind: null, maxPostsPerDay: 10, maxPostsPerWeek: null, allowedPostKinds: [PostKind.ANSWER], note: null },
    { key: 'reviews', platformId: null, platformKind: PlatformKind.REVIEW_SITE, maxPostsPerDay: 5, maxPostsPerWeek: 20, allowedPostKinds: [PostKind.ANSWER], note: null },
    { key: 'this-one', platformId, platformKind: null, maxPostsPerDay: 2, maxPostsPerWeek: 7, allowedPostKinds: [PostKind.ANSWER, PostKind.NEWS], note: 'Договорённость с администрацией' },
  ],
});

async function guidanceOf(world: ClientWorld, input: Record<string, unknown>) {
  const result = await app.gql(GUIDANCE, { input }, world.key);
  expect(result.errors).toBeUndefined();
  return result.data!.matchSituations;
}

async function bankWithBrief() {
  const world = await makeClientWorld(app.dataSource);
  const agreed = await makePlatform(app.dataSource, world.client, { kind: PlatformKind.REVIEW_SITE });
  const otherReviews = await makePlatform(app.dataSource, world.client, { kind: PlatformKind.REVIEW_SITE });
  const forum = await makePlatform(app.dataSource, world.client, { kind: PlatformKind.FORUM });
  await makeBriefInForce(app.dataSource, world.client, brief(agreed.id));
  await makeSituationWithReply(app.dataSource, world.client, {
    key: 'loan-rejected',
    title: 'Отказали в кредите',
    category: ConsumerCycleCategory.NEGATIVE,
    topic: 'credit',
    examples: ['Почему мне отказали в кредите без объяснения?', 'Отказ по кредиту при хорошей кредитной истории'],
  });
  return { world, agreed, otherReviews, forum };
}

describe('guidance from the brief in force', () => {
  it('without an approved brief, says so and applies no brief rule', async () => {
    const world = await makeClientWorld(app.dataSource);
    const { guidance } = await guidanceOf(world, { text: 'Слышал, у вас увольнения и суд с вкладчиками' });
    expect(guidance).toMatchObject({ briefInForce: false, briefVersion: null, restrictedTopics: [], standardSituations: [], responsiblePeople: [], deadline: null, postingLimit: null });
  });

  it('names the forbidden and no-comment topics a post touches, with the words that showed them in any form', async () => {
    const { world } = await bankWithBrief();
    const { guidance } = await guidanceOf(world, { text: 'Правда, что у вас массовые увольнения? И что вкладчики подали иски в суды?' });
    expect(guidance.briefInForce).toBe(true);
    expect(guidance.restrictedTopics).toEqual([
      { key: 'layoffs', name: 'Сокращения персонала', policy: 'NO_COMMENT', note: 'Не комментируем, отсылаем к пресс-службе.', words: ['увольнения'] },
      { key: 'lawsuits', name: 'Судебные споры', policy: 'FORBIDDEN', note: null, words: ['суды', 'иски'] },
    ]);
  });

  it('matches keywords by their lexemes, not as raw substrings', async () => {
    const { world } = await bankWithBrief();
    // "судьба" and "иссякли" hold the letters of "суд" and "иск" but are other words.
    const { guidance } = await guidanceOf(world, { text: 'Такова судьба: деньги иссякли, просто хочу понять условия.' });
    expect(guidance.restrictedTopics).toEqual([]);
  });

  it('finds personal data present or asked about, and moves the answer to private messages', async () => {
    const { world } = await bankWithBrief();
    const text = 'Пишите на ivan.petrov@mail.ru или звоните +7 (912) 345-67-89, карта 4276 3800 1234 5679. Могу прислать номер договора.';
    const { guidance } = await guidanceOf(world, { text });
    const kinds = guidance.personalData.map((finding: { kind: string; present: boolean; start: number; end: number }) => [finding.kind, finding.present, text.slice(finding.start, finding.end)]);
    expect(kinds).toEqual([
      ['EMAIL', true, 'ivan.petrov@mail.ru'],
      ['PHONE', true, '+7 (912) 345-67-89'],
      ['CARD_NUMBER', true, '4276 3800 1234 5679'],
      ['CONTRACT_NUMBER', false, 'номер договора'],
    ]);
    expect(guidance.moveToPrivate).toBe(true);
  });

  it('does not take an amount of money or a date for personal data', async () => {
    const { world } = await bankWithBrief();
    const { guidance } = await guidanceOf(world, { text: 'Вклад 1 500 000 рублей открыт 12.03.2026 под 16%, снял 30000' });
    expect(guidance.personalData).toEqual([]);
    expect(guidance.moveToPrivate).toBe(false);
  });

  it('lists the standard situations a post triggers, with their behaviour', async () => {
    const { world } = await bankWithBrief();
    const { guidance } = await guidanceOf(world, { text: 'Это обман! Вы мошенники, а не банк' });
    expect(guidance.standardSituations).toEqual([
      { key: 'conflict', name: 'Конфликт', behaviour: 'Спокойно признать проблему и перейти в личные сообщения.', moveToPrivate: true, words: ['обман', 'мошенники'] },
    ]);
    expect(guidance.moveToPrivate).toBe(true);
  });

  it("names the responsible person for the best match's topic, else for the topics the keywords found", async () => {
    const { world } = await bankWithBrief();
    const matched = await guidanceOf(world, { text: 'Почему мне отказали в кредите? История идеальная' });
    expect(matched.matches[0].situation.topic).toBe('credit');
    expect(matched.guidance.topicKeys).toEqual(['credit']);
    expect(matched.guidance.responsiblePeople.map((person: { key: string }) => person.key)).toEqual(['credit-head']);

    const unmatched = await guidanceOf(world, { text: 'Потерял карту на море' });
    expect(unmatched.guidance.topicKeys).toEqual(['cards']);
    expect(unmatched.guidance.responsiblePeople).toEqual([
      { key: 'cards-head', name: 'Ольга Ким', position: 'руководитель карточного направления', contact: 'cards@bank.example', answerWithinHours: 4, topicKey: 'cards' },
    ]);
  });

  it('takes the most specific response deadline: platform kind and category, then one of them, then neither', async () => {
    const { world, agreed, forum } = await bankWithBrief();
    const negativeReview = await guidanceOf(world, { text: 'Отказали в кредите без объяснения, безобразие', platformId: agreed.id });
    expect(negativeReview.category).toBe('NEGATIVE');
    expect(negativeReview.guidance.deadline).toMatchObject({ key: 'reviews-negative', hours: 2 });
    const answerBy = new Date(negativeReview.guidance.deadline.answerBy).getTime();
    expect(Math.abs(answerBy - (Date.now() + 2 * 3_600_000))).toBeLessThan(60_000);

    const negativeOnForum = await guidanceOf(world, { text: 'Отказали в кредите без объяснения, безобразие', platformId: forum.id });
    expect(negativeOnForum.guidance.deadline).toMatchObject({ key: 'negative', hours: 12 });
    const nowhere = await guidanceOf(world, { text: 'Какая погода завтра на море?' });
    expect(nowhere.guidance.deadline.key).toBe(nowhere.category === 'NEGATIVE' ? 'negative' : 'any');
  });

  it("gives the platform's posting limit: its own rule, else its kind's, else the general one", async () => {
    const { world, agreed, otherReviews, forum } = await bankWithBrief();
    const text = 'Отказали в кредите';
    expect((await guidanceOf(world, { text, platformId: agreed.id })).guidance.postingLimit).toMatchObject({ key: 'this-one', maxPostsPerDay: 2, maxPostsPerWeek: 7, allowedPostKinds: ['ANSWER', 'NEWS'], platformId: agreed.id });
    expect((await guidanceOf(world, { text, platformId: otherReviews.id })).guidance.postingLimit).toMatchObject({ key: 'reviews', maxPostsPerDay: 5, platformKind: 'REVIEW_SITE' });
    expect((await guidanceOf(world, { text, platformId: forum.id })).guidance.postingLimit).toMatchObject({ key: 'every', maxPostsPerDay: 10 });
  });
});
