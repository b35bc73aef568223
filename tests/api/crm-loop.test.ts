import { ExampleSource, SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { Escalation } from '../../api/modules/escalations/escalation.entity';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import { makeBriefInForce, unique } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { makeCrmWorld, REACT, type CrmWorld } from '../helpers/crm';
import { dealerBrief, makeDealerBase } from '../helpers/dealer-base';

const app = useTestApp();

const INGEST = `mutation($input: [MentionInput!]!) {
  ingestMentions(input: $input) { created known escalated mentions { index created caseId escalationId } }
}`;
const CASE = `query($id: ID!) {
  Case(id: $id) {
    id version status category situationId matchScore deadlineAt deadlineRuleKey requestedAt
    mention { category situationId matchScore sentiment }
    suggestedReply { replyId text }
    escalations { id status reason question topic assigneeName assigneeUserId dueAt requestedById requestedBy { id } }
  }
}`;

function post(world: CrmWorld, text: string, overrides: Record<string, unknown> = {}) {
  return {
    platformId: world.platform.id,
    externalId: unique('post'),
    authorHandle: unique('driver'),
    authorName: 'Игорь',
    text,
    postedAt: new Date(Date.now() - 3600_000).toISOString(),
    ...overrides,
  };
}

async function ingest(world: CrmWorld, posts: Record<string, unknown>[]) {
  const result = await app.gql(INGEST, { input: posts }, world.key);
  expect(result.errors).toBeUndefined();
  return result;
}

async function readCase(world: CrmWorld, id: string) {
  const result = await app.gql(CASE, { id }, world.representative);
  expect(result.errors).toBeUndefined();
  return result.data!.Case;
}

describe('the social-CRM loop: classification and escalation at ingest', () => {
  it('classifies each new case with the matcher (category, best situation, score) and takes the deadline for that category', async () => {
    const world = await makeCrmWorld(app, { kind: PlatformKind.FORUM });
    const base = await makeDealerBase(app.dataSource, world.client);
    await makeBriefInForce(app.dataSource, world.client, dealerBrief(world.userIds.responsible));
    const postedAt = new Date(Date.now() - 2 * 3600_000);
    const question = post(world, 'Подскажите, сколько стоит первое ТО на Tiggo 7 Pro и можно записаться на субботу?', { postedAt: postedAt.toISOString() });
    const complaint = post(world, 'Третью неделю жду запчасть для ремонта, менеджер не перезванивает. Безобразие!', { postedAt: postedAt.toISOString() });
    const { data } = await ingest(world, [question, complaint]);
    const [asked, complained] = await Promise.all(data!.ingestMentions.mentions.map((entry: { caseId: string }) => readCase(world, entry.caseId)));

    expect(asked).toMatchObject({ category: 'PRODUCT_REQUEST', situationId: base.firstService.situation.id, deadlineRuleKey: 'forum', escalations: [] });
    expect(asked.matchScore).toBeGreaterThan(0.175);
    expect(asked.mention).toMatchObject({ category: 'PRODUCT_REQUEST', situationId: base.firstService.situation.id, matchScore: asked.matchScore });
    expect(asked.suggestedReply).toMatchObject({ replyId: base.firstService.replies[0].id, text: expect.stringMatching(/^Игорь, здравствуйте! Первое ТО стоит/) });
    expect(new Date(asked.deadlineAt).getTime()).toBe(postedAt.getTime() + 8 * 3600_000);

    // The most specific rule of the brief (forum + negative, 3 h) wins over the shorter one for the category alone.
    expect(complained).toMatchObject({ category: 'NEGATIVE', situationId: base.partWait.situation.id, deadlineRuleKey: 'forum-negative', suggestedReply: null });
    expect(new Date(complained.deadlineAt).getTime()).toBe(postedAt.getTime() + 3 * 3600_000);
  });

  it("escalates at once a case whose best situation has no approved reply, to the person answering for the situation's topic", async () => {
    const world = await makeCrmWorld(app, { kind: PlatformKind.FORUM });
    await makeDealerBase(app.dataSource, world.client);
    await makeBriefInForce(app.dataSource, world.client, dealerBrief(world.userIds.responsible));
    const text = 'Третью неделю жду запчасть для ремонта, менеджер не перезванивает. Безобразие!';
    const { data } = await ingest(world, [post(world, text)]);
    expect(data!.ingestMentions).toMatchObject({ created: 1, escalated: 1, mentions: [{ escalationId: expect.any(String) }] });
    const caseRow = await readCase(world, data!.ingestMentions.mentions[0].caseId);
    expect(caseRow.status).toBe('NEW');
    expect(caseRow.escalations).toEqual([
      {
        id: data!.ingestMentions.mentions[0].escalationId,
        status: 'OPEN',
        reason: 'NO_APPROVED_REPLY',
        question: text,
        topic: 'service',
        assigneeName: 'Олег Кузнецов',
        assigneeUserId: world.userIds.responsible,
        dueAt: expect.any(String),
        requestedById: null,
        requestedBy: null,
      },
    ]);
    expect(Math.abs(new Date(caseRow.escalations[0].dueAt).getTime() - (Date.now() + 24 * 3600_000))).toBeLessThan(60_000);
    const audit = await app.dataSource.getRepository(AuditEvent).findOneByOrFail({ entityType: 'Escalation', entityId: caseRow.escalations[0].id });
    expect(audit).toMatchObject({ action: 'CREATE', clientId: world.client.id, actorType: 'API_KEY' });
  });

  it('does not escalate what the base answers, nor posts that only need thanks', async () => {
    const world = await makeCrmWorld(app, { kind: PlatformKind.FORUM });
    await makeDealerBase(app.dataSource, world.client);
    await makeBriefInForce(app.dataSource, world.client, dealerBrief(world.userIds.responsible));
    const { data } = await ingest(world, [
      post(world, 'Сколько стоит первое ТО и можно ли записаться в субботу?'),
      post(world, 'Забрал машину вчера, спасибо менеджеру за терпение и отличную консультацию!'),
    ]);
    expect(data!.ingestMentions).toMatchObject({ created: 2, escalated: 0, mentions: [{ escalationId: null }, { escalationId: null }] });
  });

  it('sends a question the base has nothing for to the person whose brief topic its words show, else to the PR specialists', async () => {
    const world = await makeCrmWorld(app, { kind: PlatformKind.FORUM });
    await makeDealerBase(app.dataSource, world.client);
    await makeBriefInForce(app.dataSource, world.client, dealerBrief(world.userIds.responsible));
    const { data } = await ingest(world, [
      post(world, 'Кондиционер перестал холодить через месяц после покупки. Покроет ли гарантия ремонт, если я живу в другом городе?'),
      post(world, 'Когда у вас откроется салон в Казани? Очень ждём!'),
    ]);
    expect(data!.ingestMentions.escalated).toBe(2);
    const escalations = await app.dataSource.getRepository(Escalation).findBy({ clientId: world.client.id });
    const byCase = new Map(escalations.map((escalation) => [escalation.caseId, escalation]));
    const [warranty, kazan] = data!.ingestMentions.mentions.map((entry: { caseId: string }) => byCase.get(entry.caseId)!);
    expect(warranty).toMatchObject({ topic: 'warranty', responsiblePersonKey: 'service-head', assigneeUserId: world.userIds.responsible });
    expect(kazan).toMatchObject({ topic: null, responsiblePersonKey: null, assigneeName: 'PR-специалист', assigneeUserId: null });
    const questions = await app.gql('{ myQuestions { id } }', {}, world.pr);
    expect(questions.data!.myQuestions.map((question: { id: string }) => question.id)).toEqual([kazan.id]);
  });

  it('end to end: a mention with no match is escalated, answered, archived into the base, and a later differently worded mention is answered from it', async () => {
    const world = await makeCrmWorld(app, { kind: PlatformKind.FORUM });
    await makeDealerBase(app.dataSource, world.client);
    await makeBriefInForce(app.dataSource, world.client, dealerBrief(world.userIds.responsible));

    // 1. The post: nothing in the base answers it, so ingest sends it to the head of service.
    const first = 'Кондиционер перестал холодить через месяц после покупки. Покроет ли гарантия ремонт кондиционера, если я живу в другом городе?';
    const ingested = (await ingest(world, [post(world, first)])).data!.ingestMentions.mentions[0];
    expect(ingested.escalationId).toEqual(expect.any(String));
    const firstCase = await readCase(world, ingested.caseId);
    expect(firstCase).toMatchObject({ situationId: null, suggestedReply: null });

    // 2. The head of service finds it among their questions and answers.
    const questions = await app.gql('{ myQuestions { id question version } }', {}, world.responsible);
    expect(questions.data!.myQuestions).toEqual([{ id: ingested.escalationId, question: first, version: 1 }]);
    const answer = 'Да, гарантия действует в любом официальном дилерском центре России, ремонт кондиционера бесплатный. Нужна сервисная книжка.';
    const answered = await app.gql(
      'mutation($id: ID!, $input: AnswerEscalationInput!) { answerEscalation(id: $id, input: $input) { status version } }',
      { id: ingested.escalationId, input: { answer, version: 1 } },
      world.responsible,
    );
    expect(answered.data!.answerEscalation.status).toBe('ANSWERED');

    // 3. The PR specialist archives it, in one step from the prefilled form, as a situation with an approved reply.
    const draft = (await app.gql('query($id: ID!) { escalationArchiveDraft(id: $id) { key title category topic replyText theses } }', { id: ingested.escalationId }, world.pr)).data!
      .escalationArchiveDraft;
    expect(draft).toMatchObject({ title: 'Покроет ли гарантия ремонт кондиционера, если я живу в другом городе?', topic: 'warranty', key: 'pokroet-garantiya-remont' });
    // A reply for the public, drafted from the internal answer: addressed to the author, signed by the brand.
    expect(draft.replyText).toBe(`{name}, здравствуйте! ${answer} Если останутся вопросы, напишите нам — ответим. {brand}`);
    const archived = await app.gql(
      'mutation($id: ID!, $input: ArchiveEscalationInput!) { archiveEscalationAnswer(id: $id, input: $input) { status situation { id key } reply { id } } }',
      {
        id: ingested.escalationId,
        input: { ...draft, category: draft.category ?? 'SUPPORT', replyText: `{name}, здравствуйте! ${answer}`, variants: [], platformKinds: [], version: answered.data!.answerEscalation.version },
      },
      world.pr,
    );
    expect(archived.errors).toBeUndefined();
    const { situation, reply } = archived.data!.archiveEscalationAnswer;
    const linked = await readCase(world, ingested.caseId);
    expect(linked).toMatchObject({ situationId: situation.id, suggestedReply: { replyId: reply.id, text: `Игорь, здравствуйте! ${answer}` } });
    const posted = await app.gql(REACT, { id: ingested.caseId, input: { text: linked.suggestedReply.text, replyId: reply.id, version: linked.version } }, world.representative);
    expect(posted.data!.logReaction.status).toBe('ANSWERED');

    // 4. Someone else asks the same thing in other words: matched to the archived situation and answered from the base.
    const later = 'Машину брал в Москве, а живу в Твери. Гарантийный ремонт кондиционера сделаете в другом городе?';
    const next = (await ingest(world, [post(world, later, { authorName: 'Светлана' })])).data!.ingestMentions;
    expect(next).toMatchObject({ created: 1, escalated: 0 });
    const nextCase = await readCase(world, next.mentions[0].caseId);
    expect(nextCase).toMatchObject({ situationId: situation.id, suggestedReply: { replyId: reply.id, text: `Светлана, здравствуйте! ${answer}` } });
    const suggestion = await app.gql(
      'query($id: ID!) { Case(id: $id) { suggestion { noMatch matches { situation { key } reply { replyId text } } } } }',
      { id: nextCase.id },
      world.representative,
    );
    expect(suggestion.data!.Case.suggestion.matches[0]).toEqual({ situation: { key: situation.key }, reply: { replyId: reply.id, text: `Светлана, здравствуйте! ${answer}` } });
    const answeredLater = await app.gql(REACT, { id: nextCase.id, input: { text: nextCase.suggestedReply.text, replyId: reply.id, version: nextCase.version } }, world.representative);
    expect(answeredLater.data!.logReaction.status).toBe('ANSWERED');
    expect((await app.dataSource.getRepository(SituationExample).findBy({ situationId: situation.id, source: ExampleSource.CONFIRMED })).map((example) => example.text).sort()).toEqual(
      [first, later].sort(),
    );
  });
});
