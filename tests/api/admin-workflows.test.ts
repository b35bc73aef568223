import { Reply, ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { TopicPolicy, type BriefContent } from '../../api/modules/briefs/brief-content';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { Case } from '../../api/modules/cases/case.entity';
import { Escalation, EscalationStatus } from '../../api/modules/escalations/escalation.entity';
import { makeBriefInForce, makeEscalation, makeReply, makeSituation } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { caseAsked, makeCrmWorld, REACT, type CrmWorld } from '../helpers/crm';

const app = useTestApp();

const ESCALATE = `mutation($caseId: ID!, $input: EscalateCaseInput!) { escalateCase(caseId: $caseId, input: $input) { id topic assigneeName } }`;
const ROUTE = `query($caseId: ID!, $topic: String) { escalationRoute(caseId: $caseId, topic: $topic) { topic topicName assigneeName assigneePosition answerWithinHours dueAt toPrSpecialists } }`;
const AUDITED = `SELECT action, entity_id AS "entityId" FROM audit_event WHERE entity_type = $1 AND entity_id = ANY($2) AND action = $3`;

function serviceBrief(world: CrmWorld): Partial<BriefContent> {
  return {
    topics: [
      { key: 'service', name: 'Сервис', policy: TopicPolicy.ALLOWED, keywords: ['ремонт'], note: null },
      { key: 'pr', name: 'Публикации', policy: TopicPolicy.ALLOWED, keywords: [], note: null },
    ],
    responsiblePeople: [
      { key: 'service-head', name: 'Олег Кузнецов', position: 'руководитель сервиса', topicKeys: ['service'], contact: 'service@example.test', answerWithinHours: 24, userId: world.userIds.responsible },
    ],
  };
}

describe('topics come from the brief in force', () => {
  it('refuses an escalation whose topic is not a topic of the brief, naming the valid ones, and sends nothing', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, serviceBrief(world));
    const caseRow = await caseAsked(app, world, 1, { text: 'Когда будет готова моя машина?' });

    const refused = errorOf(await app.gql(ESCALATE, { caseId: caseRow.id, input: { question: 'Сроки?', topic: 'сервис' } }, world.representative), 'BAD_USER_INPUT');
    expect(refused.extensions).toMatchObject({
      reason: 'UNKNOWN_TOPIC',
      fields: [{ field: 'topic', message: expect.stringContaining('service, pr') }],
      validTopics: [{ key: 'service', name: 'Сервис' }, { key: 'pr', name: 'Публикации' }],
    });
    expect(await app.dataSource.getRepository(Escalation).countBy({ caseId: caseRow.id })).toBe(0);

    const sent = await app.gql(ESCALATE, { caseId: caseRow.id, input: { question: 'Сроки?', topic: 'service' } }, world.representative);
    expect(sent.data!.escalateCase).toMatchObject({ topic: 'service', assigneeName: 'Олег Кузнецов' });
  });

  it('shows who would answer before sending: the person of the topic, else the PR specialists', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, serviceBrief(world));
    const caseRow = await caseAsked(app, world, 1, { text: 'Когда откроется салон в Казани?' });

    const toService = (await app.gql(ROUTE, { caseId: caseRow.id, topic: 'service' }, world.representative)).data!.escalationRoute;
    expect(toService).toMatchObject({ topic: 'service', topicName: 'Сервис', assigneeName: 'Олег Кузнецов', assigneePosition: 'руководитель сервиса', answerWithinHours: 24, toPrSpecialists: false });
    expect(Math.abs(new Date(toService.dueAt).getTime() - (Date.now() + 24 * 3600_000))).toBeLessThan(60_000);
    expect((await app.gql(ROUTE, { caseId: caseRow.id, topic: 'pr' }, world.representative)).data!.escalationRoute).toMatchObject({ assigneeName: 'PR-специалист', toPrSpecialists: true });
    expect(errorOf(await app.gql(ROUTE, { caseId: caseRow.id, topic: 'сервис' }, world.representative), 'BAD_USER_INPUT').extensions.reason).toBe('UNKNOWN_TOPIC');
  });

  it('refuses a situation whose topic the brief in force does not have', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, serviceBrief(world));
    const create = `mutation($input: CreateSituationInput!) { createSituation(input: $input) { id topic } }`;
    const input = { key: 'repair-time', title: 'Сроки ремонта', category: 'SUPPORT', examples: [] };
    expect(errorOf(await app.gql(create, { input: { ...input, topic: 'servis' } }, world.pr), 'BAD_USER_INPUT').extensions.reason).toBe('UNKNOWN_TOPIC');
    const created = (await app.gql(create, { input: { ...input, topic: 'service' } }, world.pr)).data!.createSituation;
    expect(created.topic).toBe('service');
    const update = `mutation($id: ID!, $input: UpdateSituationInput!) { updateSituation(id: $id, input: $input) { topic } }`;
    expect(errorOf(await app.gql(update, { id: created.id, input: { topic: 'sales', version: 1 } }, world.pr), 'BAD_USER_INPUT').extensions.reason).toBe('UNKNOWN_TOPIC');
  });
});

describe('the argument-base search', () => {
  it('finds a word in any of its forms, in titles, examples and replies', async () => {
    const world = await makeCrmWorld(app);
    const spare = await makeSituation(app.dataSource, world.client, { title: 'Запчасть по гарантии', examples: [] });
    const byExample = await makeSituation(app.dataSource, world.client, { title: 'Долгий ремонт', examples: ['Третью неделю жду гарантийную замену, где гарантии?'] });
    await makeSituation(app.dataSource, world.client, { title: 'Кредит на машину', examples: ['Какой процент по кредиту?'] });
    const found = await app.gql('{ allSituations(filter: { q: "гарантия" }) { id } _allSituationsMeta(filter: { q: "гарантия" }) { count } }', {}, world.representative);
    expect(found.data!.allSituations.map((situation: { id: string }) => situation.id).sort()).toEqual([spare.id, byExample.id].sort());
    expect(found.data!._allSituationsMeta.count).toBe(2);
    // A key, or the start of a word being typed, still matches literally.
    expect((await app.gql(`{ allSituations(filter: { q: "${spare.key}" }) { id } }`, {}, world.representative)).data!.allSituations).toEqual([{ id: spare.id }]);

    const reply = await makeReply(app.dataSource, spare, { status: ReplyStatus.APPROVED, text: 'Гарантийные запчасти приходят за 14 дней.' });
    const replies = await app.gql('{ allReplies(filter: { q: "запчасть" }) { id } }', {}, world.pr);
    expect(replies.data!.allReplies).toEqual([{ id: reply.id }]);
  });
});

describe('bulk actions', () => {
  it('moves many cases in one transaction, each move audited; one illegal move refuses them all', async () => {
    const world = await makeCrmWorld(app);
    const [first, second] = [await caseAsked(app, world, 1), await caseAsked(app, world, 2)];
    const moved = await app.gql('mutation($ids: [ID!]!) { moveCases(ids: $ids, status: IN_PROGRESS) { id status representativeUserId } }', { ids: [first.id, second.id] }, world.representative);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.moveCases).toHaveLength(2);
    expect(moved.data!.moveCases.every((row: { status: string; representativeUserId: string }) => row.status === 'IN_PROGRESS' && row.representativeUserId === world.userIds.representative)).toBe(true);
    expect(await app.dataSource.query(AUDITED, ['Case', [first.id, second.id], 'MOVE'])).toHaveLength(2);

    const fresh = await caseAsked(app, world, 3);
    const refused = errorOf(await app.gql('mutation($ids: [ID!]!) { moveCases(ids: $ids, status: IN_PROGRESS) { id } }', { ids: [fresh.id, first.id] }, world.representative), 'CONFLICT');
    expect(refused.extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', caseId: first.id });
    expect((await app.dataSource.getRepository(Case).findOneByOrFail({ id: fresh.id })).status).toBe(CaseStatus.NEW);
    expect(errorOf(await app.gql('mutation { moveCases(ids: [], status: CLOSED) { id } }', {}, world.representative), 'BAD_USER_INPUT').extensions.reason).toBe('EMPTY_BATCH');
  });

  it('assigns cases to a representative of the client, and only to one', async () => {
    const world = await makeCrmWorld(app);
    const cases = [await caseAsked(app, world, 1), await caseAsked(app, world, 2)];
    const assign = 'mutation($ids: [ID!]!, $user: ID!) { assignCases(ids: $ids, representativeUserId: $user) { id representativeUserId } }';
    const assigned = await app.gql(assign, { ids: cases.map((row) => row.id), user: world.userIds.representative }, world.pr);
    expect(assigned.data!.assignCases.map((row: { representativeUserId: string }) => row.representativeUserId)).toEqual([world.userIds.representative, world.userIds.representative]);
    expect(await app.dataSource.query(AUDITED, ['Case', cases.map((row) => row.id), 'ASSIGN'])).toHaveLength(2);
    expect(errorOf(await app.gql(assign, { ids: [cases[0].id], user: world.userIds.trainer }, world.pr), 'BAD_USER_INPUT').extensions.reason).toBe('NOT_A_REPRESENTATIVE');
    const mine = await app.gql(`query($me: ID!) { allCases(filter: { representativeUserId: $me }) { id } }`, { me: world.userIds.representative }, world.representative);
    expect(mine.data!.allCases).toHaveLength(2);
  });

  it('archives situations and approves their draft replies in bulk, audited', async () => {
    const world = await makeCrmWorld(app);
    const [one, two] = [await makeSituation(app.dataSource, world.client), await makeSituation(app.dataSource, world.client)];
    const drafts = [await makeReply(app.dataSource, one), await makeReply(app.dataSource, two)];
    const retired = await makeReply(app.dataSource, two, { status: ReplyStatus.RETIRED });

    const approved = await app.gql('mutation($ids: [ID!]!) { approveSituationReplies(ids: $ids) { id status } }', { ids: [one.id, two.id] }, world.pr);
    expect(approved.data!.approveSituationReplies.map((reply: { id: string }) => reply.id).sort()).toEqual(drafts.map((reply) => reply.id).sort());
    expect((await app.dataSource.getRepository(Reply).findOneByOrFail({ id: retired.id })).status).toBe(ReplyStatus.RETIRED);
    expect(await app.dataSource.query(AUDITED, ['Reply', drafts.map((reply) => reply.id), 'APPROVE'])).toHaveLength(2);

    const archived = await app.gql('mutation($ids: [ID!]!) { archiveSituations(ids: $ids) { id isArchived } }', { ids: [one.id, two.id] }, world.pr);
    expect(archived.data!.archiveSituations).toEqual(expect.arrayContaining([{ id: one.id, isArchived: true }, { id: two.id, isArchived: true }]));
    expect(await app.dataSource.getRepository(Situation).countBy({ clientId: world.client.id, isArchived: false })).toBe(0);
    expect(await app.dataSource.query(AUDITED, ['Situation', [one.id, two.id], 'ARCHIVE'])).toHaveLength(2);
    expect(errorOf(await app.gql('mutation($ids: [ID!]!) { archiveSituations(ids: $ids) { id } }', { ids: [one.id] }, world.representative), 'FORBIDDEN')).toBeTruthy();

    // Asked again with nothing left to do, both answer what is there, and the request is still audited.
    const again = await app.gql('mutation($ids: [ID!]!) { approveSituationReplies(ids: $ids) { id } archiveSituations(ids: $ids) { id isArchived } }', { ids: [one.id] }, world.pr);
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual({ approveSituationReplies: [], archiveSituations: [{ id: one.id, isArchived: true }] });
    expect(await app.dataSource.query(AUDITED, ['ArgumentBase', [world.client.id], 'APPROVE_SITUATION_REPLIES'])).toHaveLength(2);
    expect(await app.dataSource.query(AUDITED, ['ArgumentBase', [world.client.id], 'ARCHIVE_SITUATIONS'])).toHaveLength(2);
  });
});

describe('"my questions" and the archive form', () => {
  it('lists open questions, answered ones, or both, with who answered and when', async () => {
    const world = await makeCrmWorld(app);
    const open = await makeEscalation(app.dataSource, await caseAsked(app, world, 1), { assigneeUserId: world.userIds.responsible });
    const answered = await makeEscalation(app.dataSource, await caseAsked(app, world, 2), { assigneeUserId: world.userIds.responsible });
    await app.gql('mutation($id: ID!) { answerEscalation(id: $id, input: { answer: "Да, можно.", version: 1 }) { id } }', { id: answered.id }, world.responsible);
    const list = (statuses: string[]) => app.gql('query($statuses: [EscalationStatus!]) { myQuestions(statuses: $statuses) { id answer answeredAt answeredBy { id } } }', { statuses }, world.responsible);
    expect((await list(['OPEN'])).data!.myQuestions.map((question: { id: string }) => question.id)).toEqual([open.id]);
    expect((await list(['ANSWERED', 'ARCHIVED'])).data!.myQuestions).toEqual([{ id: answered.id, answer: 'Да, можно.', answeredAt: expect.any(String), answeredBy: { id: world.userIds.responsible } }]);
  });

  it("prefills the representative's posted text as the reply when the case has one", async () => {
    const world = await makeCrmWorld(app);
    const caseRow = await caseAsked(app, world, 1, { text: 'Сколько ждать запчасть по гарантии?' });
    const escalation = await makeEscalation(app.dataSource, caseRow, {
      status: EscalationStatus.ANSWERED,
      question: 'Что положено клиенту, если запчасть для гарантийного ремонта ждут больше месяца?',
      answer: 'Клиенту положена подменная машина, оформить через сервис.',
    });
    const draftOf = async () => (await app.gql('query($id: ID!) { escalationArchiveDraft(id: $id) { key replyText } }', { id: escalation.id }, world.pr)).data!.escalationArchiveDraft;
    expect(await draftOf()).toEqual({
      key: 'zapchast-garantiynogo-remonta',
      replyText: '{name}, здравствуйте! Вам положена подменная машина, оформить через сервис. Если останутся вопросы, напишите нам — ответим. {brand}',
    });
    const posted = 'Андрей, добрый день! На время ожидания запчасти вам положена подменная машина: напишите в личные сообщения номер заказ-наряда.';
    await app.gql(REACT, { id: caseRow.id, input: { text: posted, version: caseRow.version } }, world.representative);
    expect((await draftOf()).replyText).toBe(posted);
  });
});
