import { ReplyDelivery } from '../../api/modules/argument-base/reply-delivery.entity';
import { Reply, ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { ContentRuleKind } from '../../api/modules/briefs/brief-content';
import { makeBriefInForce, makePlatform, makeReply, makeSituation } from '../../seeds/factories';
import { defineCases } from './harness';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/** A situation of client B with an approved reply and a draft. */
async function situationOfB(dataSource: Parameters<typeof makeSituation>[0], client: Parameters<typeof makeSituation>[1]) {
  const situation = await makeSituation(dataSource, client, { examples: ['Секретная формулировка клиента Б'] });
  const approved = await makeReply(dataSource, situation, { status: ReplyStatus.APPROVED, text: 'Одобренный ответ клиента Б' });
  const draft = await makeReply(dataSource, situation, { text: 'Черновик клиента Б' });
  return { id: situation.id, key: situation.key, title: situation.title, approvedId: approved.id, draftId: draft.id };
}

export const argumentBaseCases = defineCases([
  {
    operation: 'allSituations',
    title: "the situation list and its search hold only the caller's client's situations",
    as: 'key',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'query($id: ID!) { allSituations(perPage: 500) { id } searched: allSituations(filter: { q: "Секретная формулировка" }) { id } filtered: allSituations(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: {
      answer: (data, { id }) => {
        expect(ids(data.allSituations)).not.toContain(id);
        expect(data.searched).toEqual([]);
        expect(data.filtered).toEqual([]);
      },
    },
  },
  {
    operation: '_allSituationsMeta',
    title: "another client's situations are not counted",
    as: 'representative',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'query($id: ID!) { _allSituationsMeta(filter: { ids: [$id] }) { count } searched: _allSituationsMeta(filter: { q: "Секретная формулировка" }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect([data._allSituationsMeta.count, data.searched.count]).toEqual([0, 0]) },
  },
  {
    operation: 'Situation',
    title: "reading another client's situation is NOT_FOUND",
    as: 'pr',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'query($id: ID!) { Situation(id: $id) { id title replies { text } } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createSituation',
    title: "a new situation belongs to the caller's client, even with a key client B uses",
    as: 'pr',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'mutation($key: String!) { createSituation(input: { key: $key, title: "Своя ситуация", category: SUPPORT }) { id key } }',
    variables: ({ key }) => ({ key }),
    expect: { answer: (data, { key }) => expect(data.createSituation.key).toBe(key) },
    unchanged: async ({ id, title }, dataSource) => {
      expect((await dataSource.getRepository(Situation).findOneByOrFail({ id })).title).toBe(title);
    },
  },
  {
    operation: 'updateSituation',
    title: "changing another client's situation is NOT_FOUND and changes nothing",
    as: 'pr',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'mutation($id: ID!) { updateSituation(id: $id, input: { title: "Захвачено", examples: [], version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id, title }, dataSource) => {
      expect((await dataSource.getRepository(Situation).findOneByOrFail({ id })).title).toBe(title);
      expect(await dataSource.query('SELECT count(*)::int AS count FROM situation_example WHERE situation_id = $1', [id])).toEqual([{ count: 1 }]);
    },
  },
  {
    operation: 'allReplies',
    title: "the reply list holds only the caller's client's replies",
    as: 'pr',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'query($id: ID!, $replyId: ID!) { allReplies(perPage: 500) { id } bySituation: allReplies(filter: { situationId: $id }) { id } byId: allReplies(filter: { ids: [$replyId] }) { id } }',
    variables: ({ id, approvedId }) => ({ id, replyId: approvedId }),
    expect: {
      answer: (data, { approvedId, draftId }) => {
        expect(ids(data.allReplies)).not.toEqual(expect.arrayContaining([approvedId]));
        expect(ids(data.allReplies)).not.toEqual(expect.arrayContaining([draftId]));
        expect([data.bySituation, data.byId]).toEqual([[], []]);
      },
    },
  },
  {
    operation: '_allRepliesMeta',
    title: "another client's replies are not counted",
    as: 'key',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'query($id: ID!) { _allRepliesMeta(filter: { situationId: $id }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allRepliesMeta.count).toBe(0) },
  },
  {
    operation: 'Reply',
    title: "reading another client's approved reply is NOT_FOUND",
    as: 'key',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'query($id: ID!) { Reply(id: $id) { id text } }',
    variables: ({ approvedId }) => ({ id: approvedId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createReply',
    title: "adding a reply to another client's situation is NOT_FOUND",
    as: 'pr',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'mutation($id: ID!) { createReply(input: { situationId: $id, text: "Подброшенный ответ" }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => {
      expect(await dataSource.getRepository(Reply).countBy({ situationId: id })).toBe(2);
    },
  },
  {
    operation: 'updateReply',
    title: "rewording another client's reply is NOT_FOUND and changes nothing",
    as: 'pr',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'mutation($id: ID!) { updateReply(id: $id, input: { text: "Захвачено", version: 1 }) { id } }',
    variables: ({ approvedId }) => ({ id: approvedId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ approvedId }, dataSource) => {
      expect(await dataSource.getRepository(Reply).findOneByOrFail({ id: approvedId })).toMatchObject({ text: 'Одобренный ответ клиента Б', status: ReplyStatus.APPROVED, revision: 1 });
    },
  },
  {
    operation: 'approveReply',
    title: "approving another client's draft is NOT_FOUND and leaves it a draft",
    as: 'pr',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'mutation($id: ID!) { approveReply(id: $id) { id } }',
    variables: ({ draftId }) => ({ id: draftId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ draftId }, dataSource) => {
      expect((await dataSource.getRepository(Reply).findOneByOrFail({ id: draftId })).status).toBe(ReplyStatus.DRAFT);
    },
  },
  {
    operation: 'retireReply',
    title: "retiring another client's reply is NOT_FOUND and leaves it in service",
    as: 'pr',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'mutation($id: ID!) { retireReply(id: $id) { id } }',
    variables: ({ approvedId }) => ({ id: approvedId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ approvedId }, dataSource) => {
      expect((await dataSource.getRepository(Reply).findOneByOrFail({ id: approvedId })).status).toBe(ReplyStatus.APPROVED);
    },
  },
  {
    operation: 'approvedReply',
    title: "another client's situation key is NOT_FOUND, and nothing is logged as served",
    as: 'key',
    arrange: (b, dataSource) => situationOfB(dataSource, b.client),
    query: 'query($key: String!) { approvedReply(situationKey: $key, authorHandle: "someone") { text } }',
    variables: ({ key }) => ({ key }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => {
      expect(await dataSource.getRepository(ReplyDelivery).countBy({ situationId: id })).toBe(0);
    },
  },
  {
    operation: 'approvedReply',
    title: "naming another client's platform is NOT_FOUND, even for the caller's own situation",
    as: 'representative',
    arrange: async (b, dataSource, a) => {
      const own = await makeSituation(dataSource, a.client);
      await makeReply(dataSource, own, { status: ReplyStatus.APPROVED });
      return { key: own.key, platformId: (await makePlatform(dataSource, b.client)).id };
    },
    query: 'query($key: String!, $platformId: ID) { approvedReply(situationKey: $key, platformId: $platformId) { text } }',
    variables: ({ key, platformId }) => ({ key, platformId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'checkReply',
    title: "another client's brief has no say over the caller's reply",
    as: 'key',
    arrange: async (b, dataSource) => {
      await makeBriefInForce(dataSource, b.client, {
        contentRules: [{ key: 'secret', kind: ContentRuleKind.FORBIDDEN_PHRASE, text: 'добрый день', variants: [], note: null }],
      });
      return {};
    },
    query: 'query { checkReply(input: { text: "Добрый день! Разберёмся." }) { ok briefVersionNumber violations { rule } } }',
    expect: { answer: (data) => expect(data.checkReply).toEqual({ ok: true, briefVersionNumber: null, violations: [] }) },
  },
  {
    operation: 'checkReply',
    title: "another client's platform is NOT_FOUND",
    as: 'trainer',
    arrange: async (b, dataSource) => ({ platformId: (await makePlatform(dataSource, b.client, { replyLengthLimit: 5 })).id }),
    query: 'query($platformId: ID) { checkReply(input: { text: "Добрый день!", platformId: $platformId }) { ok } }',
    variables: ({ platformId }) => ({ platformId }),
    expect: { error: 'NOT_FOUND' },
  },
]);
