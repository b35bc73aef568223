import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { ExampleSource } from '../../api/modules/argument-base/situation-example.entity';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import type { Client } from '../../api/modules/clients/client.entity';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import { makeApiKey, makePlatform, makeSituationWithReply } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const MATCH = `query($input: MatchSituationsInput!) {
  matchSituations(input: $input) {
    category noMatch
    matches { score situation { key title category topic } reply { replyId text variantIndex nameMissing } }
  }
}`;

/** A small bank base: similar words on purpose, so that the ranking has to tell them apart. */
async function makeBankBase(client: Client) {
  const blocked = await makeSituationWithReply(app.dataSource, client, {
    key: 'card-blocked',
    title: 'Блокировка карты',
    category: ConsumerCycleCategory.SUPPORT,
    topic: 'cards',
    examples: ['Не проходит оплата, пишет что карта в блоке', 'Банк без предупреждения ограничил операции по карте'],
  });
  const close = await makeSituationWithReply(app.dataSource, client, {
    key: 'close-card',
    title: 'Как закрыть карту или счёт',
    category: ConsumerCycleCategory.PRODUCT_REFUSAL,
    topic: 'cards',
    examples: ['Хочу закрыть карту и больше ей не пользоваться', 'Как отказаться от карты и закрыть счёт?'],
  });
  const refinance = await makeSituationWithReply(app.dataSource, client, {
    key: 'refinance',
    title: 'Рефинансирование кредита в другом банке',
    category: ConsumerCycleCategory.COMPETITOR_REQUEST,
    topic: 'credit',
    examples: ['Другой банк предлагает перекредитоваться под меньший процент', 'Какие документы нужны для рефинансирования?'],
  });
  const mortgage = await makeSituationWithReply(app.dataSource, client, {
    key: 'mortgage',
    title: 'Условия ипотеки',
    category: ConsumerCycleCategory.PRODUCT_REQUEST,
    topic: 'mortgage',
    examples: ['Какая ставка по ипотеке на вторичное жильё?', 'Какой первоначальный взнос по ипотеке для семьи?'],
  });
  return { blocked, close, refinance, mortgage };
}

async function match(as: object, input: Record<string, unknown>) {
  const result = await app.gql(MATCH, { input }, as);
  expect(result.errors).toBeUndefined();
  return result.data!.matchSituations as {
    category: string;
    noMatch: boolean;
    matches: { score: number; situation: { key: string; category: string }; reply: { text: string; nameMissing: boolean } | null }[];
  };
}

describe('matching a post to the argument base', () => {
  it('finds a situation through Russian morphology: "карту заблокировали" is "блокировка карты"', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBankBase(world.client);
    const answer = await match(world.key, { text: 'Мне вчера карту заблокировали, что теперь делать?' });
    expect(answer.noMatch).toBe(false);
    expect(answer.matches[0].situation.key).toBe('card-blocked');
    expect(answer.matches[0].score).toBeGreaterThan(0);
    expect(answer.matches[0].score).toBeLessThanOrEqual(1);
  });

  it('tolerates typos: "рефинансирвание кридита" still finds refinancing', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBankBase(world.client);
    const answer = await match(world.representative, { text: 'сколько длится рефинансирвание кридита у вас?' });
    expect(answer.matches[0].situation.key).toBe('refinance');
  });

  it('finds the complaint buried in a long post', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBankBase(world.client);
    const text =
      'Долго думал, писать или нет. Клиент уже лет десять, зарплату получаю сюда, вклад открывал, всё было нормально. ' +
      'На выходных ездили с семьёй на дачу, погода отличная, шашлыки, дети довольны. ' +
      'А в понедельник в магазине не проходит оплата, на кассе говорят: карта в блоке. Звоню — жду ответа оператора. ' +
      'В общем, настроение испорчено, очередь за мной стояла, было неловко.';
    const answer = await match(world.key, { text });
    expect(answer.matches[0].situation.key).toBe('card-blocked');
  });

  it('classifies the post on the consumer cycle and ranks best first', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBankBase(world.client);
    const answer = await match(world.key, { text: 'Надоело, хочу закрыть у вас карту и счёт. Как отказаться?', limit: 4 });
    expect(answer.category).toBe(ConsumerCycleCategory.PRODUCT_REFUSAL);
    expect(answer.matches[0].situation.key).toBe('close-card');
    const scores = answer.matches.map((entry) => entry.score);
    expect(scores).toEqual([...scores].sort((left, right) => right - left));
    expect(answer.matches.length).toBeLessThanOrEqual(4);
  });

  it('says noMatch with no matches when nothing in the base explains the post', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBankBase(world.client);
    const answer = await match(world.key, { text: 'Какая завтра погода в Сочи, кто знает? Собираемся на пляж с детьми' });
    expect(answer).toMatchObject({ noMatch: true, matches: [] });
    expect(Object.values(ConsumerCycleCategory)).toContain(answer.category);
  });

  it('learns from confirmed examples: a real post a representative answered is found as the nearest neighbour of a post like it', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBankBase(world.client);
    const post = 'Терминал на заправке съел мою пластиковую карточку и не отдаёт';
    const before = await match(world.key, { text: post });
    const swallowed = await makeSituationWithReply(app.dataSource, world.client, {
      key: 'atm-kept-card',
      title: 'Банкомат не вернул карту',
      category: ConsumerCycleCategory.SUPPORT,
      examples: [{ text: 'Терминал съел пластиковую карточку, не отдаёт', source: ExampleSource.CONFIRMED }],
    });
    const after = await match(world.key, { text: post });
    expect(before.matches.map((entry) => entry.situation.key)).not.toContain(swallowed.situation.key);
    expect(after.matches[0].situation.key).toBe('atm-kept-card');
  });

  it('never matches an archived situation', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeSituationWithReply(app.dataSource, world.client, {
      key: 'old-promo',
      title: 'Акция «Кэшбэк на заправках» закончилась',
      category: ConsumerCycleCategory.PRODUCT_REQUEST,
      isArchived: true,
      examples: ['Где мой кэшбэк на заправках по акции?'],
    });
    const answer = await match(world.key, { text: 'Где мой кэшбэк на заправках по акции?' });
    expect(answer.matches.map((entry) => entry.situation.key)).not.toContain('old-promo');
  });

  it("serves only approved replies, rendered with the brand and without an author's name, for the platform's kind", async () => {
    const world = await makeClientWorld(app.dataSource);
    const forum = await makePlatform(app.dataSource, world.client, { kind: PlatformKind.FORUM });
    const reviews = await makePlatform(app.dataSource, world.client, { kind: PlatformKind.REVIEW_SITE });
    await makeSituationWithReply(app.dataSource, world.client, {
      key: 'hotline-wait',
      title: 'Не дозвониться на горячую линию',
      category: ConsumerCycleCategory.NEGATIVE,
      examples: ['Час не могу дозвониться на горячую линию'],
      replies: [
        { text: '{name}, здравствуйте! {brand} просит прощения за ожидание.', status: ReplyStatus.APPROVED },
        { text: 'Черновик для форумов, ещё не утверждён', status: ReplyStatus.DRAFT, platformKinds: [PlatformKind.FORUM] },
        { text: 'Старый ответ для отзовиков', status: ReplyStatus.RETIRED, platformKinds: [PlatformKind.REVIEW_SITE] },
      ],
    });
    await makeSituationWithReply(app.dataSource, world.client, {
      key: 'draft-only',
      title: 'Горячая линия сбрасывает звонок',
      category: ConsumerCycleCategory.NEGATIVE,
      examples: ['Звоню на горячую линию, а звонок сбрасывается'],
      replies: [{ text: 'Черновик, который никто не утвердил', status: ReplyStatus.DRAFT }],
    });
    for (const platformId of [forum.id, reviews.id, undefined]) {
      const answer = await match(world.key, { text: 'Не могу дозвониться на горячую линию, звонок сбрасывается', platformId, limit: 5 });
      const byKey = new Map(answer.matches.map((entry) => [entry.situation.key, entry.reply]));
      expect(byKey.get('hotline-wait')).toMatchObject({ text: `Здравствуйте! ${world.client.brandName} просит прощения за ожидание.`, nameMissing: true });
      expect(byKey.has('draft-only')).toBe(true);
      expect(byKey.get('draft-only')).toBeNull();
    }
  });

  it('refuses a platform of another client, an empty post and a limit out of range', async () => {
    const [world, other] = await Promise.all([makeClientWorld(app.dataSource), makeClientWorld(app.dataSource)]);
    const foreign = await makePlatform(app.dataSource, other.client);
    errorOf(await app.gql(MATCH, { input: { text: 'карта', platformId: foreign.id } }, world.key), 'NOT_FOUND');
    const empty = errorOf(await app.gql(MATCH, { input: { text: '   ' } }, world.key), 'BAD_USER_INPUT');
    expect(empty.extensions.fields).toEqual([{ field: 'text', message: expect.stringContaining('empty') }]);
    errorOf(await app.gql(MATCH, { input: { text: 'карта', limit: 50 } }, world.key), 'BAD_USER_INPUT');
  });

  it('is open to API keys with replies:read and every staff role of the client, not to other keys', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBankBase(world.client);
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.MENTIONS_WRITE]);
    for (const as of [world.key, world.pr, world.responsible, world.representative, world.trainer]) {
      expect((await match(as, { text: 'карту заблокировали' })).matches[0].situation.key).toBe('card-blocked');
    }
    expect(errorOf(await app.gql(MATCH, { input: { text: 'карта' } }, { apiKey: secret }), 'FORBIDDEN').extensions.reason).toBe('MISSING_SCOPE');
  });

  it('sends the same number of SQL statements whatever the size of the base', async () => {
    const [small, large] = await Promise.all([makeClientWorld(app.dataSource), makeClientWorld(app.dataSource)]);
    await makeBankBase(small.client);
    await makeBankBase(large.client);
    const topics = ['карта', 'кредит', 'вклад', 'ипотека', 'перевод', 'приложение', 'кэшбэк', 'отделение'];
    for (let index = 0; index < 60; index += 1) {
      const topic = topics[index % topics.length];
      await makeSituationWithReply(app.dataSource, large.client, {
        title: `Вопрос про ${topic} номер ${index}`,
        category: ConsumerCycleCategory.PRODUCT_REQUEST,
        examples: [`Подскажите про ${topic}, случай ${index}`, `Что с ${topic} делать, если вариант ${index}?`],
      });
    }
    const platform = { small: await makePlatform(app.dataSource, small.client), large: await makePlatform(app.dataSource, large.client) };
    const text = 'Карту заблокировали после перевода, как разблокировать?';
    const smallResult = await app.gql(MATCH, { input: { text, platformId: platform.small.id, limit: 5 } }, small.key);
    const largeResult = await app.gql(MATCH, { input: { text, platformId: platform.large.id, limit: 5 } }, large.key);
    expect(smallResult.errors).toBeUndefined();
    expect(largeResult.errors).toBeUndefined();
    expect(largeResult.data!.matchSituations.matches).toHaveLength(5);
    expect(Number.isFinite(smallResult.statements)).toBe(true);
    expect(largeResult.statements).toBe(smallResult.statements);
  });
});
