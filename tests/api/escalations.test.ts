import { ExampleSource, SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { Reply } from '../../api/modules/argument-base/reply.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { TopicPolicy, type BriefContent } from '../../api/modules/briefs/brief-content';
import { Role } from '../../api/modules/users/role';
import { makeBriefInForce, makeSituationWithOneReply, makeUser, unique } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { caseAsked, CLASSIFY, makeCrmWorld, REACT, type CrmWorld } from '../helpers/crm';

const app = useTestApp();

const INGEST = `mutation($input: [MentionInput!]!) { ingestMentions(input: $input) { mentions { caseId } } }`;
const ESCALATE = `mutation($caseId: ID!, $input: EscalateCaseInput!) {
  escalateCase(caseId: $caseId, input: $input) { id status reason topic assigneeName assigneePosition assigneeUserId dueAt version case { status } }
}`;
const MY_QUESTIONS = `{ myQuestions { id question status isOverdue case { mention { text } } } }`;
const ANSWER = `mutation($id: ID!, $input: AnswerEscalationInput!) { answerEscalation(id: $id, input: $input) { id status answer version } }`;
const DRAFT = `query($id: ID!) { escalationArchiveDraft(id: $id) { key title category topic replyText theses exampleText } }`;
const ARCHIVE = `mutation($id: ID!, $input: ArchiveEscalationInput!) {
  archiveEscalationAnswer(id: $id, input: $input) { status situation { id key category } reply { id status text approvedById } }
}`;

const WARRANTY_POST = 'Кондиционер перестал холодить через месяц после покупки. Покроет ли гарантия ремонт, если я живу в другом городе?';

function briefFor(world: CrmWorld): Partial<BriefContent> {
  return {
    topics: [{ key: 'warranty', name: 'Гарантия', policy: TopicPolicy.ALLOWED, keywords: ['гаранти'], note: null }],
    responsiblePeople: [
      { key: 'lawyer', name: 'Марина Волкова', position: 'юрист', topicKeys: ['lawsuits'], contact: 'legal@example.test', answerWithinHours: 48, userId: null },
      { key: 'service-head', name: 'Олег Кузнецов', position: 'руководитель сервиса', topicKeys: ['warranty'], contact: 'service@example.test', answerWithinHours: 24, userId: world.userIds.responsible },
    ],
  };
}

async function ingest(world: CrmWorld, text: string): Promise<string> {
  const result = await app.gql(
    INGEST,
    { input: [{ platformId: world.platform.id, externalId: unique('post'), authorHandle: unique('owner'), authorName: 'Игорь', text, postedAt: new Date(Date.now() - 3600_000).toISOString() }] },
    world.key,
  );
  return result.data!.ingestMentions.mentions[0].caseId;
}

describe('escalations', () => {
  // Ingest escalates such a case by itself (crm-loop.test.ts); here a representative asks, on a case opened before any brief.
  it("a representative's question end to end: the responsible person → archived situation with an approved reply → later mentions answered from it", async () => {
    const world = await makeCrmWorld(app);
    const caseId = (await caseAsked(app, world, 1, { text: WARRANTY_POST, authorName: 'Игорь' })).id;
    await makeBriefInForce(app.dataSource, world.client, briefFor(world));

    const escalated = await app.gql(ESCALATE, { caseId, input: { question: 'Распространяется ли гарантия на ремонт кондиционера в дилерском центре другого города?' } }, world.representative);
    expect(escalated.errors).toBeUndefined();
    const escalation = escalated.data!.escalateCase;
    expect(escalation).toMatchObject({
      status: 'OPEN',
      reason: 'NO_APPROVED_REPLY',
      topic: 'warranty',
      assigneeName: 'Олег Кузнецов',
      assigneePosition: 'руководитель сервиса',
      assigneeUserId: world.userIds.responsible,
      case: { status: 'IN_PROGRESS' },
    });
    expect(Math.abs(new Date(escalation.dueAt).getTime() - (Date.now() + 24 * 3600_000))).toBeLessThan(60_000);

    const questions = await app.gql(MY_QUESTIONS, {}, world.responsible);
    expect(questions.data!.myQuestions).toEqual([{ id: escalation.id, question: expect.any(String), status: 'OPEN', isOverdue: false, case: { mention: { text: WARRANTY_POST } } }]);
    expect((await app.gql(MY_QUESTIONS, {}, world.pr)).data!.myQuestions).toEqual([]);

    const answer = 'Да, гарантия действует в любом официальном дилерском центре России. Ремонт бесплатный, нужна сервисная книжка.';
    const answered = await app.gql(ANSWER, { id: escalation.id, input: { answer, version: escalation.version } }, world.responsible);
    expect(answered.data!.answerEscalation).toMatchObject({ status: 'ANSWERED', answer });

    const draft = (await app.gql(DRAFT, { id: escalation.id }, world.pr)).data!.escalationArchiveDraft;
    expect(draft).toEqual({
      key: 'rasprostranyaetsya-garantiya-remont',
      title: 'Распространяется ли гарантия на ремонт кондиционера в дилерском центре другого города?',
      category: null,
      topic: 'warranty',
      replyText: `{name}, здравствуйте! ${answer} Если останутся вопросы, напишите нам — ответим. {brand}`,
      theses: ['Да, гарантия действует в любом официальном дилерском центре России.', 'Ремонт бесплатный, нужна сервисная книжка.'],
      exampleText: WARRANTY_POST,
    });

    const { exampleText: _post, ...prefilled } = draft;
    const archived = await app.gql(
      ARCHIVE,
      { id: escalation.id, input: { ...prefilled, key: 'warranty-other-city', category: 'SUPPORT', replyText: `{name}, здравствуйте! ${answer}`, variants: [], platformKinds: [], version: answered.data!.answerEscalation.version } },
      world.pr,
    );
    expect(archived.errors).toBeUndefined();
    const { situation, reply } = archived.data!.archiveEscalationAnswer;
    expect(archived.data!.archiveEscalationAnswer).toMatchObject({ status: 'ARCHIVED', situation: { key: 'warranty-other-city', category: 'SUPPORT' }, reply: { status: 'APPROVED', approvedById: world.userIds.pr } });
    expect(await app.dataSource.getRepository(SituationExample).findBy({ situationId: situation.id })).toMatchObject([{ source: ExampleSource.CONFIRMED, caseId, text: WARRANTY_POST }]);

    const linked = await app.gql('query($id: ID!) { Case(id: $id) { version situationId category suggestedReply { replyId text } } }', { id: caseId }, world.representative);
    expect(linked.data!.Case).toMatchObject({ situationId: situation.id, category: 'SUPPORT', suggestedReply: { replyId: reply.id, text: `Игорь, здравствуйте! ${answer}` } });
    const posted = await app.gql(REACT, { id: caseId, input: { text: linked.data!.Case.suggestedReply.text, replyId: reply.id, version: linked.data!.Case.version } }, world.representative);
    expect(posted.data!.logReaction.status).toBe('ANSWERED');

    // The next person with the same question is answered from the base.
    const nextCaseId = await ingest(world, 'Купил машину в Москве, живу в Твери. Гарантийный ремонт можно делать у вас в Твери?');
    const classified = await app.gql(CLASSIFY, { id: nextCaseId, input: { situationId: situation.id, version: 1 } }, world.representative);
    const next = await app.gql('query($id: ID!) { Case(id: $id) { version suggestedReply { replyId } } }', { id: nextCaseId }, world.representative);
    expect(next.data!.Case.suggestedReply.replyId).toBe(reply.id);
    const nextPosted = await app.gql(REACT, { id: nextCaseId, input: { text: 'Игорь, здравствуйте! Да, гарантия действует.', replyId: reply.id, version: classified.data!.classifyCase.version } }, world.representative);
    expect(nextPosted.data!.logReaction.status).toBe('ANSWERED');
    expect(await app.dataSource.getRepository(SituationExample).countBy({ situationId: situation.id, source: ExampleSource.CONFIRMED })).toBe(2);
  });

  it('goes to the PR specialists when no responsible person fits, and PR specialists answer it', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, briefFor(world));
    const caseRow = await caseAsked(app, world, 2, { text: 'Когда у вас откроется салон в Казани?' });
    const escalation = (await app.gql(ESCALATE, { caseId: caseRow.id, input: { question: 'Планируется ли салон в Казани?' } }, world.representative)).data!.escalateCase;
    expect(escalation).toMatchObject({ assigneeName: 'PR-специалист', assigneeUserId: null, topic: null });
    expect((await app.gql(MY_QUESTIONS, {}, world.pr)).data!.myQuestions.map((question: { id: string }) => question.id)).toEqual([escalation.id]);
    expect((await app.gql(MY_QUESTIONS, {}, world.responsible)).data!.myQuestions).toEqual([]);
    expect((await app.gql(ANSWER, { id: escalation.id, input: { answer: 'Открытие в Казани запланировано на весну.', version: 1 } }, world.pr)).data!.answerEscalation.status).toBe('ANSWERED');
  });

  it('only the assignee or a PR specialist answers; a second escalation of the same case waits for the first', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, briefFor(world));
    const caseRow = await caseAsked(app, world, 2, { text: WARRANTY_POST });
    const escalation = (await app.gql(ESCALATE, { caseId: caseRow.id, input: { question: 'Гарантия в другом городе?' } }, world.representative)).data!.escalateCase;
    const { token } = await makeUser(app.dataSource, { roles: [[world.client, Role.RESPONSIBLE]] });
    const stranger = errorOf(await app.gql(ANSWER, { id: escalation.id, input: { answer: 'Нет', version: 1 } }, { token, client: world.client.slug }), 'FORBIDDEN');
    expect(stranger.message).toBe('This question is for Олег Кузнецов; only they or a PR specialist answer it.');
    expect(errorOf(await app.gql(ESCALATE, { caseId: caseRow.id, input: { question: 'Ещё раз' } }, world.representative), 'CONFLICT').extensions.reason).toBe('ALREADY_ESCALATED');
    expect(errorOf(await app.gql(DRAFT, { id: escalation.id }, world.pr), 'CONFLICT').message).toContain('has no answer yet');
  });

  it('with an approved reply for the case, escalating is the representative asking for a decision', async () => {
    const world = await makeCrmWorld(app);
    const { situation } = await makeSituationWithOneReply(app.dataSource, world.client);
    const caseRow = await caseAsked(app, world, 1, { situationId: situation.id });
    const escalation = (await app.gql(ESCALATE, { caseId: caseRow.id, input: { question: 'Клиент просит скидку на ТО, можно?' } }, world.representative)).data!.escalateCase;
    expect(escalation.reason).toBe('REPRESENTATIVE_REQUEST');
  });

  it('archiving refuses a key already in the base and writes nothing', async () => {
    const world = await makeCrmWorld(app);
    const { situation } = await makeSituationWithOneReply(app.dataSource, world.client);
    const caseRow = await caseAsked(app, world, 1);
    const escalation = (await app.gql(ESCALATE, { caseId: caseRow.id, input: { question: 'Вопрос без ответа в базе' } }, world.representative)).data!.escalateCase;
    await app.gql(ANSWER, { id: escalation.id, input: { answer: 'Ответ ответственного лица.', version: 1 } }, world.pr);
    const input = { key: situation.key, title: 'Дубль', category: 'SUPPORT', replyText: 'Ответ ответственного лица.', theses: [], variants: [], platformKinds: [], version: 2 };
    expect(errorOf(await app.gql(ARCHIVE, { id: escalation.id, input }, world.pr), 'CONFLICT').extensions.reason).toBe('DUPLICATE_KEY');
    expect(await app.dataSource.getRepository(Situation).countBy({ clientId: world.client.id })).toBe(1);
    expect(await app.dataSource.getRepository(Reply).countBy({ clientId: world.client.id })).toBe(1);
    errorOf(await app.gql(ARCHIVE, { id: escalation.id, input: { ...input, key: 'new-key' } }, world.responsible), 'FORBIDDEN');
  });
});
