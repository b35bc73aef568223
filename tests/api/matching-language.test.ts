import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import type { Client } from '../../api/modules/clients/client.entity';
import { makeSituationWithReply } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const MATCH = `query($input: MatchSituationsInput!) {
  matchSituations(input: $input) { category noMatch matches { score situation { key } } }
}`;

async function match(as: object, text: string) {
  const result = await app.gql(MATCH, { input: { text, limit: 3 } }, as);
  expect(result.errors).toBeUndefined();
  return result.data!.matchSituations as { category: string; noMatch: boolean; matches: { score: number; situation: { key: string } }[] };
}

/** Bank and car situations written in the base's own, canonical words. */
async function makeBase(client: Client) {
  const situations = [
    {
      key: 'card-terms',
      title: 'Условия кредитной карты',
      category: ConsumerCycleCategory.PRODUCT_REQUEST,
      examples: ['Сколько длится беспроцентный период по кредитной карте?', 'Какой лимит по кредитной карте?'],
    },
    {
      key: 'choose-debit',
      title: 'Какую дебетовую карту выбрать',
      category: ConsumerCycleCategory.GENERAL_REQUEST,
      examples: ['Посоветуйте дебетовую карту для покупок', 'Какая карта выгоднее для путешествий?'],
    },
    {
      key: 'close-card',
      title: 'Закрыть кредитную карту',
      category: ConsumerCycleCategory.PRODUCT_REFUSAL,
      examples: ['Как закрыть кредитную карту?', 'Хочу закрыть карту и счёт'],
    },
    {
      key: 'test-drive',
      title: 'Запись на тест-драйв',
      category: ConsumerCycleCategory.PRODUCT_REQUEST,
      examples: ['Как записаться на тест-драйв кроссовера?', 'Тест-драйв в выходные возможен?'],
    },
    {
      key: 'maintenance',
      title: 'Когда проходить ТО и сколько стоит',
      category: ConsumerCycleCategory.SUPPORT,
      examples: ['Через сколько километров первое ТО?', 'Что входит в ТО-2?'],
    },
    {
      key: 'service-price',
      title: 'Почему выросли цены на запчасти',
      category: ConsumerCycleCategory.UNCOMFORTABLE_QUESTION,
      examples: ['Почему запчасти подорожали в два раза?', 'Сколько стоят оригинальные колодки?'],
    },
  ];
  for (const situation of situations) await makeSituationWithReply(app.dataSource, client, situation);
}

describe('matching the language people write in', () => {
  it('finds a situation through the thesaurus when the post shares no word with it: "грейс у кредитки" is "беспроцентный период по кредитной карте"', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBase(world.client);
    const answer = await match(world.key, 'Какой грейс у кредитки?');
    expect(answer.matches[0].situation.key).toBe('card-terms');
  });

  it('takes slang for the canonical word: "покататься" is a test drive', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBase(world.client);
    const answer = await match(world.key, 'Можно у вас покататься на новой модели в субботу?');
    expect(answer.matches[0].situation.key).toBe('test-drive');
  });

  it('reads "ТО" in capitals as maintenance in the post and in the base, though "то" is a stop word', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBase(world.client);
    const answer = await match(world.key, 'ТО-1 на сорока тысячах или раньше?');
    expect(answer.noMatch).toBe(false);
    expect(answer.matches[0].situation.key).toBe('maintenance');
  });

  it("classifies the post by its own cues: a wish to cancel is a refusal even in a product's words", async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBase(world.client);
    const answer = await match(world.key, 'Лимит по кредитной карте мне больше не нужен, хочу расторгнуть договор');
    expect(answer.category).toBe(ConsumerCycleCategory.PRODUCT_REFUSAL);
    expect(answer.matches.map((entry) => entry.situation.key)).toContain('close-card');
  });

  it('knows the words people use about waiting on the line: "на удержании" with a "голосовой помощник" is not getting through to the hotline', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situations = [
      { key: 'hotline-wait', title: 'Не дозвониться на горячую линию', category: ConsumerCycleCategory.NEGATIVE, examples: ['Полчаса вишу на линии, никто не отвечает', 'Робот не даёт переключиться на оператора'] },
      { key: 'branch-queue', title: 'Очереди в отделении', category: ConsumerCycleCategory.NEGATIVE, examples: ['Час просидел в очереди, работает одно окно'] },
      { key: 'card-blocked', title: 'Карту заблокировали', category: ConsumerCycleCategory.SUPPORT, examples: ['Карта заблокирована после перевода, что делать?'] },
    ];
    for (const situation of situations) await makeSituationWithReply(app.dataSource, world.client, situation);
    const answer = await match(world.key, 'Сорок минут на удержании, голосовой помощник ничего не понимает');
    expect(answer.matches[0].situation.key).toBe('hotline-wait');
  });

  it('answers no match when the best situation shares one common word with a post that says much more', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBase(world.client);
    const answer = await match(world.key, 'Забыл в такси зонтик и перчатки, водитель не берёт трубку, диспетчер молчит. Сколько можно?');
    expect(answer).toMatchObject({ noMatch: true, matches: [] });
  });
});
