import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import type { Client } from '../../api/modules/clients/client.entity';
import { makeBriefInForce, makeReply, makeSituation } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeAdmin, makeClientWorld } from '../helpers/world';

const app = useTestApp();

const CREATE = `mutation($input: CreateSituationInput!) {
  createSituation(input: $input) { id key title category topic isArchived version examples { text source } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateSituationInput!) {
  updateSituation(id: $id, input: $input) { id key title topic isArchived version examples { text source } }
}`;
const LIST = `query($filter: SituationFilter, $sortField: String) {
  allSituations(filter: $filter, sortField: $sortField, perPage: 100) { id key title }
  _allSituationsMeta(filter: $filter) { count }
}`;

/** A situation's topic is a topic of the brief in force: the bank's brief has these two. */
function bankBrief(client: Client) {
  const topic = (key: string, name: string) => ({ key, name, policy: TopicPolicy.ALLOWED, keywords: [], note: null });
  return makeBriefInForce(app.dataSource, client, { topics: [topic('cards', 'Карты'), topic('refunds', 'Возвраты')] });
}

describe('situations of the argument base', () => {
  it('a PR specialist writes down a situation with the ways people phrase it', async () => {
    const world = await makeClientWorld(app.dataSource);
    await bankBrief(world.client);
    const result = await app.gql(
      CREATE,
      {
        input: {
          key: 'card-blocked',
          title: '  Заблокировали   карту ',
          category: 'SUPPORT',
          topic: 'cards',
          examples: ['Почему заблокировали карту?', 'Карта не работает, пишет «заблокирована»', 'почему  заблокировали карту?'],
        },
      },
      world.pr,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createSituation).toMatchObject({
      key: 'card-blocked',
      title: 'Заблокировали карту',
      category: 'SUPPORT',
      topic: 'cards',
      isArchived: false,
      version: 1,
      examples: [
        { text: 'Почему заблокировали карту?', source: 'CURATED' },
        { text: 'Карта не работает, пишет «заблокирована»', source: 'CURATED' },
      ],
    });
  });

  it('refuses a key already used in the client with a CONFLICT naming the key, but another client may use it', async () => {
    const world = await makeClientWorld(app.dataSource);
    const other = await makeClientWorld(app.dataSource);
    const existing = await makeSituation(app.dataSource, world.client);
    const error = errorOf(await app.gql(CREATE, { input: { key: existing.key, title: 'Другая', category: 'NEGATIVE' } }, world.pr), 'CONFLICT');
    expect(error.extensions).toMatchObject({ reason: 'DUPLICATE_KEY', fields: [{ field: 'key', message: 'is already used by another situation of this client' }] });
    expect((await app.gql(CREATE, { input: { key: existing.key, title: 'Своя', category: 'NEGATIVE' } }, other.pr)).errors).toBeUndefined();

    const second = await makeSituation(app.dataSource, world.client);
    const renamed = await app.gql(UPDATE, { id: second.id, input: { key: existing.key, version: second.version } }, world.pr);
    expect(errorOf(renamed, 'CONFLICT').extensions.fields).toEqual([{ field: 'key', message: 'is already used by another situation of this client' }]);
  });

  it('says what is wrong with a bad key, an empty title and an empty example', async () => {
    const world = await makeClientWorld(app.dataSource);
    const error = errorOf(await app.gql(CREATE, { input: { key: 'Карта Blocked', title: ' ', category: 'SUPPORT', examples: ['ok', ''] } }, world.pr), 'BAD_USER_INPUT');
    expect((error.extensions.fields as { field: string }[]).map((problem) => problem.field).sort()).toEqual(['examples', 'key', 'title']);
  });

  it('replaces the curated examples as a whole and keeps the confirmed ones', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client, { examples: ['Первая', 'Вторая'] });
    await app.dataSource.query(`INSERT INTO situation_example (client_id, situation_id, text, source) VALUES ($1, $2, 'Реальный пост с форума', 'CONFIRMED')`, [
      world.client.id,
      situation.id,
    ]);
    const result = await app.gql(UPDATE, { id: situation.id, input: { examples: ['Вторая', 'Третья'], version: situation.version } }, world.pr);
    expect(result.errors).toBeUndefined();
    const texts = result.data!.updateSituation.examples.map((example: { text: string }) => example.text).sort();
    expect(texts).toEqual(['Вторая', 'Реальный пост с форума', 'Третья']);
    expect(result.data!.updateSituation.version).toBe(2);
  });

  it('a stale edit is a CONFLICT that says what changed meanwhile', async () => {
    const world = await makeClientWorld(app.dataSource);
    await bankBrief(world.client);
    const situation = await makeSituation(app.dataSource, world.client);
    expect((await app.gql(UPDATE, { id: situation.id, input: { title: 'Новый заголовок', version: 1 } }, world.pr)).errors).toBeUndefined();
    const stale = errorOf(await app.gql(UPDATE, { id: situation.id, input: { topic: 'refunds', version: 1 } }, world.pr), 'CONFLICT');
    expect(stale.message).toContain('title');
    expect(stale.extensions).toMatchObject({ reason: 'STALE_VERSION', expectedVersion: 1, currentVersion: 2 });
  });

  it('searches titles, keys and example phrasings, and filters by category and topic', async () => {
    const world = await makeClientWorld(app.dataSource);
    const byExample = await makeSituation(app.dataSource, world.client, { title: 'Возврат денег', category: 'PRODUCT_REFUSAL' as never, topic: 'refunds', examples: ['Хочу вернуть деньги за КАСКО'] });
    const byTitle = await makeSituation(app.dataSource, world.client, { title: 'Вопрос про каско', category: 'PRODUCT_REQUEST' as never, topic: 'insurance' });
    await makeSituation(app.dataSource, world.client, { title: 'Другое', examples: ['Ничего общего'] });
    const found = await app.gql(LIST, { filter: { q: 'каско' }, sortField: 'title' }, world.representative);
    expect(found.data!.allSituations.map((situation: { id: string }) => situation.id)).toEqual([byExample.id, byTitle.id]);
    expect(found.data!._allSituationsMeta.count).toBe(2);
    const byCategory = await app.gql(LIST, { filter: { q: 'каско', category: 'PRODUCT_REFUSAL' } }, world.representative);
    expect(byCategory.data!.allSituations).toEqual([expect.objectContaining({ id: byExample.id })]);
    const byTopic = await app.gql(LIST, { filter: { topic: 'insurance' } }, world.representative);
    expect(byTopic.data!.allSituations).toEqual([expect.objectContaining({ id: byTitle.id })]);
  });

  it('archived situations leave the list but stay readable', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    await app.gql(UPDATE, { id: situation.id, input: { isArchived: true, version: 1 } }, world.pr);
    const result = await app.gql(`query($id: ID!) { allSituations { id } archived: allSituations(filter: { isArchived: true }) { id } Situation(id: $id) { isArchived } }`, { id: situation.id }, world.pr);
    expect(result.data).toEqual({ allSituations: [], archived: [{ id: situation.id }], Situation: { isArchived: true } });
  });

  it('a representative listing situations sees approved replies only; a PR specialist sees drafts and retired ones too', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const approved = await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED, text: 'Одобренный ответ' });
    await makeReply(app.dataSource, situation, { text: 'Черновик, который нельзя показывать' });
    await makeReply(app.dataSource, situation, { status: ReplyStatus.RETIRED, text: 'Устаревший ответ' });
    const query = 'query($id: ID!) { allSituations { id replies { id text status } } Situation(id: $id) { replies { id } } }';
    for (const as of [world.representative, world.responsible, world.trainer, world.key]) {
      const seen = await app.gql(query, { id: situation.id }, as);
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.allSituations[0].replies).toEqual([{ id: approved.id, text: 'Одобренный ответ', status: 'APPROVED' }]);
      expect(seen.data!.Situation.replies).toEqual([{ id: approved.id }]);
    }
    for (const as of [world.pr, await makeAdmin(app.dataSource).then((admin) => ({ ...admin, client: world.client.slug }))]) {
      const seen = await app.gql(query, { id: situation.id }, as);
      expect(seen.data!.allSituations[0].replies.map((reply: { status: string }) => reply.status)).toEqual(['APPROVED', 'DRAFT', 'RETIRED']);
    }
  });

  it('reads a page of situations with their examples and replies in the same number of statements, whatever the page holds', async () => {
    const world = await makeClientWorld(app.dataSource);
    const query = '{ allSituations(perPage: 50) { id examples { text } replies { id revision approvedBy { name } } } }';
    const withSituations = async (count: number) => {
      for (let index = 0; index < count; index += 1) {
        const situation = await makeSituation(app.dataSource, world.client, { examples: ['Один', 'Два'] });
        await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED, approvedById: world.userIds.pr });
      }
      return app.gql(query, {}, world.pr);
    };
    const few = await withSituations(2);
    const many = await withSituations(18);
    expect(many.data!.allSituations).toHaveLength(20);
    expect(many.data!.allSituations[0].replies[0].approvedBy.name).toBeTruthy();
    expect(many.statements).toBe(few.statements);
  });

  it('a page of situations with their examples and replies is one statement besides the caller lookup, with the same answers as loaders give', async () => {
    const world = await makeClientWorld(app.dataSource);
    for (let index = 0; index < 3; index += 1) {
      const situation = await makeSituation(app.dataSource, world.client, { title: `Ситуация ${index}`, examples: ['Один', 'Два'] });
      await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED, approvedById: world.userIds.pr });
      await makeReply(app.dataSource, situation, { status: ReplyStatus.DRAFT });
    }
    const nested = await app.gql('{ allSituations { id title createdAt examples { id text createdAt } replies { id text status theses platformKinds approvedAt } } }', {}, world.pr);
    expect(nested.statements).toBe(2);
    // The same fields asked one situation at a time go through the loaders: the answers must agree.
    const situations = nested.data!.allSituations as { id: string }[];
    for (const situation of situations) {
      const single = await app.gql('query($id: ID!) { Situation(id: $id) { id title createdAt examples { id text createdAt } replies { id text status theses platformKinds approvedAt } } }', { id: situation.id }, world.pr);
      expect(single.data!.Situation).toEqual(situation);
    }
    const representative = await app.gql('{ allSituations { replies { status } } }', {}, world.representative);
    expect((representative.data!.allSituations as { replies: { status: string }[] }[]).flatMap((situation) => situation.replies.map((reply) => reply.status))).toEqual(['APPROVED', 'APPROVED', 'APPROVED']);
  });

  it('only PR specialists and administrators change situations; everyone of the client and its tools read them', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    for (const as of [world.representative, world.responsible, world.trainer, world.key]) {
      expect((await app.gql('query($id: ID!) { Situation(id: $id) { key } }', { id: situation.id }, as)).data!.Situation.key).toBe(situation.key);
      errorOf(await app.gql(UPDATE, { id: situation.id, input: { title: 'X', version: 1 } }, as), 'FORBIDDEN');
      errorOf(await app.gql(CREATE, { input: { key: 'x-key', title: 'X', category: 'SUPPORT' } }, as), 'FORBIDDEN');
    }
    const admin = await makeAdmin(app.dataSource);
    expect((await app.gql(UPDATE, { id: situation.id, input: { title: 'От администратора', version: 1 } }, { ...admin, client: world.client.slug })).errors).toBeUndefined();
  });
});
