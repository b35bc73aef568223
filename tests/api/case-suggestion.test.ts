import { ExampleSource, SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { makeApiKey, makeBriefInForce } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { caseAsked, CLASSIFY, makeCrmWorld } from '../helpers/crm';
import { dealerBrief, makeDealerBase } from '../helpers/dealer-base';

const app = useTestApp();

const SUGGESTION = `query($id: ID!) {
  Case(id: $id) {
    version
    suggestion {
      category noMatch
      matches { score situation { id key } reply { replyId text nameMissing } }
      guidance { topicKeys responsiblePeople { key } deadline { key hours answerBy } }
      author { known name history { caseCount } }
    }
  }
}`;

describe("the case's suggestion", () => {
  it("matches the case's post: situations with replies greeting the author, the brief's guidance counted from the post, the author", async () => {
    const world = await makeCrmWorld(app, { kind: PlatformKind.FORUM });
    const base = await makeDealerBase(app.dataSource, world.client);
    await makeBriefInForce(app.dataSource, world.client, dealerBrief(world.userIds.responsible));
    const caseRow = await caseAsked(app, world, 5, { text: 'Сколько стоит первое ТО и можно ли записаться на субботу?', authorHandle: 'tiggo_max', authorName: 'Максим' });

    const result = await app.gql(SUGGESTION, { id: caseRow.id }, world.representative);
    expect(result.errors).toBeUndefined();
    const { suggestion } = result.data!.Case;
    expect(suggestion).toMatchObject({
      category: 'PRODUCT_REQUEST',
      noMatch: false,
      guidance: { topicKeys: ['service'], responsiblePeople: [{ key: 'service-head' }], deadline: { key: 'forum', hours: 8 } },
      author: { known: true, name: 'Максим', history: { caseCount: 1 } },
    });
    expect(suggestion.matches[0]).toMatchObject({
      situation: { id: base.firstService.situation.id },
      reply: { replyId: base.firstService.replies[0].id, text: `Максим, здравствуйте! Первое ТО стоит 12 900 ₽, по субботам сервис ${world.client.brandName} работает с 9 до 18.`, nameMissing: false },
    });
    expect(new Date(suggestion.guidance.deadline.answerBy).getTime()).toBe(caseRow.requestedAt.getTime() + 8 * 3600_000);
  });

  it('accepting the suggestion, or picking another situation, makes the post a confirmed example of the one chosen', async () => {
    const world = await makeCrmWorld(app, { kind: PlatformKind.FORUM });
    const base = await makeDealerBase(app.dataSource, world.client);
    const text = 'Сколько по времени оценка машины по трейд-ин, и возьмёте ли старую?';
    const caseRow = await caseAsked(app, world, 1, { text });
    const read = (await app.gql(SUGGESTION, { id: caseRow.id }, world.representative)).data!.Case;
    expect(read.suggestion.matches[0].situation.id).toBe(base.tradeIn.situation.id);

    const accepted = await app.gql(CLASSIFY, { id: caseRow.id, input: { situationId: read.suggestion.matches[0].situation.id, version: read.version } }, world.representative);
    expect(accepted.data!.classifyCase).toMatchObject({ situationId: base.tradeIn.situation.id, category: 'GENERAL_REQUEST' });
    const examples = app.dataSource.getRepository(SituationExample);
    expect(await examples.findBy({ caseId: caseRow.id, source: ExampleSource.CONFIRMED })).toMatchObject([{ situationId: base.tradeIn.situation.id, text }]);

    const corrected = await app.gql(CLASSIFY, { id: caseRow.id, input: { situationId: base.firstService.situation.id, version: accepted.data!.classifyCase.version } }, world.pr);
    expect(corrected.data!.classifyCase.situationId).toBe(base.firstService.situation.id);
    expect(await examples.findBy({ caseId: caseRow.id, source: ExampleSource.CONFIRMED })).toMatchObject([{ situationId: base.firstService.situation.id, text }]);
  });

  it('a page of cases with their suggestions costs the same SQL statements as a single case', async () => {
    const world = await makeCrmWorld(app, { kind: PlatformKind.FORUM });
    await makeDealerBase(app.dataSource, world.client);
    await makeBriefInForce(app.dataSource, world.client, dealerBrief(world.userIds.responsible));
    const texts = ['Сколько стоит первое ТО?', 'Третью неделю жду запчасть', 'Возьмёте машину в трейд-ин?', 'Когда откроется салон в Казани?'];
    const cases = [];
    for (let index = 0; index < 12; index += 1) cases.push(await caseAsked(app, world, index + 1, { text: texts[index % texts.length], authorHandle: `reader${index % 5}` }));
    const page = `query($ids: [ID!]) { allCases(perPage: 50, filter: { ids: $ids }) { id suggestion { category matches { situation { key } reply { text } } author { history { caseCount } } } } }`;
    const one = await app.gql(page, { ids: [cases[0].id] }, world.representative);
    const twelve = await app.gql(page, { ids: cases.map((caseRow) => caseRow.id) }, world.representative);
    expect([one.errors, twelve.errors]).toEqual([undefined, undefined]);
    expect(twelve.data!.allCases).toHaveLength(12);
    expect(twelve.statements).toBe(one.statements);
  });

  it('is read by everyone who reads cases, and never by an API key without cases:read', async () => {
    const world = await makeCrmWorld(app);
    await makeDealerBase(app.dataSource, world.client);
    const caseRow = await caseAsked(app, world, 1, { text: 'Сколько стоит первое ТО?' });
    for (const as of [world.pr, world.responsible, world.representative, world.trainer]) {
      expect((await app.gql(SUGGESTION, { id: caseRow.id }, as)).data!.Case.suggestion.matches[0].situation.id).toEqual(expect.any(String));
    }
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.REPLIES_READ, ApiKeyScope.MENTIONS_WRITE, ApiKeyScope.BASE_READ]);
    errorOf(await app.gql(SUGGESTION, { id: caseRow.id }, { apiKey: secret }), 'FORBIDDEN');
  });
});
