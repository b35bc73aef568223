import { TopicPolicy, type BriefContent } from '../../api/modules/briefs/brief-content';
import { EmailStatus, Notification } from '../../api/modules/notifications/notification.entity';
import { notifyOverdueCases } from '../../api/modules/notifications/overdue';
import { Role } from '../../api/modules/users/role';
import { makeBriefInForce, makeUser } from '../../seeds/factories';
import { errorOf, useTestApp, type As } from '../helpers/app';
import { APPROVE, CREATE_DRAFT, SUBMIT, UPDATE_DRAFT, sampleSections } from '../helpers/briefs';
import { caseAsked, makeCrmWorld, type CrmWorld } from '../helpers/crm';

const app = useTestApp();

const ESCALATE = `mutation($caseId: ID!, $input: EscalateCaseInput!) { escalateCase(caseId: $caseId, input: $input) { id assigneeName assigneeUserId dueAt version } }`;
const ROUTE = `query($caseId: ID!, $key: String) { escalationRoute(caseId: $caseId, responsiblePersonKey: $key) { assigneeName answerWithinHours toPrSpecialists } }`;
const HAND_OVER = `mutation($id: ID!, $input: HandOverEscalationInput!) {
  handOverEscalation(id: $id, input: $input) { id assigneeName assigneeUserId dueAt version handovers { fromName toName comment } }
}`;
const ANSWER = `mutation($id: ID!, $input: AnswerEscalationInput!) { answerEscalation(id: $id, input: $input) { id version } }`;
const BELL = `{ unreadNotificationCount myNotifications(unreadOnly: true) { id kind title body link readAt emailStatus } }`;
const READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const PREFER = `mutation($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) { setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) { kind inApp email } }`;

async function responsibleWorld() {
  const world = await makeCrmWorld(app);
  const { user: lawyer, token } = await makeUser(app.dataSource, { roles: [[world.client, Role.RESPONSIBLE]], name: 'Марина Волкова' });
  const brief: Partial<BriefContent> = {
    topics: [{ key: 'warranty', name: 'Гарантия', policy: TopicPolicy.ALLOWED, keywords: ['гаранти'], note: null }],
    responsiblePeople: [
      { key: 'service-head', name: 'Олег Кузнецов', position: 'руководитель сервиса', topicKeys: ['warranty'], contact: 'service@example.test', answerWithinHours: 24, userId: world.userIds.responsible },
      { key: 'lawyer', name: 'Марина Волкова', position: 'юрист', topicKeys: ['lawsuits'], contact: 'legal@example.test', answerWithinHours: 48, userId: lawyer.id },
    ],
  };
  await makeBriefInForce(app.dataSource, world.client, brief);
  return { ...world, lawyer: { token, client: world.client.slug } as As, lawyerId: lawyer.id };
}

async function bell(as: As) {
  const result = await app.gql(BELL, {}, as);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function escalate(world: CrmWorld, input: Record<string, unknown> = {}) {
  const caseRow = await caseAsked(app, world, 1, { text: 'Покроет ли гарантия замену компрессора?' });
  const result = await app.gql(ESCALATE, { caseId: caseRow.id, input: { question: 'Покрывает ли гарантия компрессор кондиционера?', ...input } }, world.representative);
  expect(result.errors).toBeUndefined();
  return { caseRow, escalation: result.data!.escalateCase };
}

describe('notifications to people', () => {
  it('the responsible person is told of a new question, in Russian, linked to "my questions", and marks it read', async () => {
    const world = await responsibleWorld();
    await escalate(world);
    const { unreadNotificationCount, myNotifications } = await bell(world.responsible);
    expect(unreadNotificationCount).toBe(1);
    expect(myNotifications).toEqual([
      expect.objectContaining({ kind: 'NEW_QUESTION', title: 'Новый вопрос по теме «Гарантия»', link: '/my-questions', readAt: null, emailStatus: 'PENDING' }),
    ]);
    expect(myNotifications[0].body).toMatch(/^Покрывает ли гарантия компрессор кондиционера\?\nОтветить до \d+ декабря/);
    // Nobody else is told, and each person sees only their own.
    expect((await bell(world.lawyer)).unreadNotificationCount).toBe(0);
    expect((await app.gql(READ, { ids: [myNotifications[0].id] }, world.lawyer)).data!.markNotificationsRead).toBe(0);
    expect((await app.gql(READ, {}, world.responsible)).data!.markNotificationsRead).toBe(1);
    expect((await bell(world.responsible)).unreadNotificationCount).toBe(0);
  });

  it('nothing is told of a change that was refused: the notification is part of its transaction', async () => {
    const world = await responsibleWorld();
    const { caseRow } = await escalate(world);
    errorOf(await app.gql(ESCALATE, { caseId: caseRow.id, input: { question: 'Ещё раз?' } }, world.representative), 'CONFLICT');
    expect((await bell(world.responsible)).unreadNotificationCount).toBe(1);
  });

  it('a question nobody of the brief answers for goes to every PR specialist; the representative learns of the answer', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, {});
    const other = await makeUser(app.dataSource, { roles: [[world.client, Role.PR_SPECIALIST]] });
    const { escalation } = await escalate(world);
    for (const pr of [world.pr, { token: other.token, client: world.client.slug }]) {
      expect((await bell(pr)).myNotifications).toEqual([expect.objectContaining({ kind: 'NEW_QUESTION', link: `/escalations/${escalation.id}/show` })]);
    }
    await app.gql(ANSWER, { id: escalation.id, input: { answer: 'Да, компрессор на гарантии 3 года.', version: escalation.version } }, world.pr);
    const told = (await bell(world.representative)).myNotifications;
    expect(told).toEqual([expect.objectContaining({ kind: 'QUESTION_ANSWERED', title: 'PR-специалист ответил(а) на ваш вопрос' })]);
    expect(told[0].body).toContain('Ответ: Да, компрессор на гарантии 3 года.');
  });

  it('a brief version sent for approval is told to the other PR specialists, not to who sent it', async () => {
    const world = await makeCrmWorld(app);
    const reviewer = await makeUser(app.dataSource, { roles: [[world.client, Role.PR_SPECIALIST]] });
    const draft = (await app.gql(CREATE_DRAFT, {}, world.pr)).data!.createBriefDraft;
    const filled = (await app.gql(UPDATE_DRAFT, { id: draft.id, input: { ...sampleSections(), version: draft.version } }, world.pr)).data!.updateBriefDraft;
    const submitted = (await app.gql(SUBMIT, { id: filled.id }, world.pr)).data!.submitBriefVersion;
    expect((await bell({ token: reviewer.token, client: world.client.slug })).myNotifications).toEqual([
      expect.objectContaining({ kind: 'BRIEF_AWAITING_APPROVAL', title: `Версия ${filled.number} ТЗ ждёт утверждения`, link: `/brief-versions/${filled.id}/show` }),
    ]);
    expect((await bell(world.pr)).unreadNotificationCount).toBe(0);
    await app.gql(APPROVE, { id: filled.id, version: submitted.version }, world.pr);
  });

  it('an overdue case is told to its representative once, however often the check runs', async () => {
    const world = await makeCrmWorld(app);
    const overdue = await caseAsked(app, world, 30, { deadlineAt: new Date(Date.now() - 3600_000) });
    await app.dataSource.query('UPDATE mention_case SET representative_user_id = $1 WHERE id = $2', [world.userIds.representative, overdue.id]);
    await caseAsked(app, world, 1, { deadlineAt: new Date(Date.now() + 3600_000) });
    await notifyOverdueCases(app.dataSource);
    await notifyOverdueCases(app.dataSource);
    const told = (await bell(world.representative)).myNotifications.filter((notification: { kind: string }) => notification.kind === 'CASE_OVERDUE');
    expect(told).toEqual([expect.objectContaining({ title: 'Просрочено обращение', link: `/cases/${overdue.id}/show` })]);
  });

  it('each person chooses the bell and e-mail per kind', async () => {
    const world = await responsibleWorld();
    expect((await app.gql(PREFER, { kind: 'NEW_QUESTION', inApp: false, email: true }, world.responsible)).data!.setNotificationPreference).toEqual({
      kind: 'NEW_QUESTION',
      inApp: false,
      email: true,
    });
    await escalate(world);
    expect((await bell(world.responsible)).unreadNotificationCount).toBe(0);
    const stored = await app.dataSource.getRepository(Notification).findBy({ userId: world.userIds.responsible });
    expect(stored).toEqual([expect.objectContaining({ emailStatus: EmailStatus.PENDING, readAt: expect.any(Date) })]);

    await app.gql(PREFER, { kind: 'NEW_QUESTION', inApp: false, email: false }, world.responsible);
    await escalate(world);
    expect(await app.dataSource.getRepository(Notification).countBy({ userId: world.userIds.responsible })).toBe(1);
    const preferences = (await app.gql('{ myNotificationPreferences { kind inApp email } }', {}, world.responsible)).data!.myNotificationPreferences;
    expect(preferences).toContainEqual({ kind: 'NEW_QUESTION', inApp: false, email: false });
    expect(preferences).toContainEqual({ kind: 'CASE_OVERDUE', inApp: true, email: true });
  });
});

describe('escalations people can route', () => {
  it('the representative asks a chosen responsible person and sees who will get it before sending', async () => {
    const world = await responsibleWorld();
    const caseRow = await caseAsked(app, world, 1, { text: 'Покроет ли гарантия замену компрессора?' });
    expect((await app.gql(ROUTE, { caseId: caseRow.id, key: 'lawyer' }, world.representative)).data!.escalationRoute).toEqual({
      assigneeName: 'Марина Волкова',
      answerWithinHours: 48,
      toPrSpecialists: false,
    });
    const unknown = errorOf(await app.gql(ROUTE, { caseId: caseRow.id, key: 'ceo' }, world.representative), 'BAD_USER_INPUT');
    expect(unknown.extensions.reason).toBe('UNKNOWN_RESPONSIBLE_PERSON');
    expect(unknown.message).toContain('lawyer (Марина Волкова)');
    const { escalation } = await escalate(world, { responsiblePersonKey: 'lawyer' });
    expect(escalation).toMatchObject({ assigneeName: 'Марина Волкова', assigneeUserId: world.lawyerId });
  });

  it('the responsible person hands a question on with a comment; the next one is told, and can hand it back to the PR specialists', async () => {
    const world = await responsibleWorld();
    const { escalation } = await escalate(world);
    const handed = await app.gql(HAND_OVER, { id: escalation.id, input: { responsiblePersonKey: 'lawyer', comment: 'Тут вопрос договора, не сервиса', version: escalation.version } }, world.responsible);
    expect(handed.errors).toBeUndefined();
    expect(handed.data!.handOverEscalation).toMatchObject({
      assigneeName: 'Марина Волкова',
      assigneeUserId: world.lawyerId,
      handovers: [{ fromName: 'Олег Кузнецов', toName: 'Марина Волкова', comment: 'Тут вопрос договора, не сервиса' }],
    });
    const told = (await bell(world.lawyer)).myNotifications;
    expect(told).toEqual([expect.objectContaining({ kind: 'QUESTION_HANDED_OVER', title: 'Вам передан вопрос от Олег Кузнецов' })]);
    expect(told[0].body).toContain('Комментарий: Тут вопрос договора, не сервиса');

    // The first person no longer holds it.
    const current = handed.data!.handOverEscalation;
    const notTheirs = errorOf(await app.gql(HAND_OVER, { id: escalation.id, input: { comment: 'Назад', version: current.version } }, world.responsible), 'FORBIDDEN');
    expect(notTheirs.extensions.reason).toBe('NOT_THE_ASSIGNEE');
    const back = await app.gql(HAND_OVER, { id: escalation.id, input: { responsiblePersonKey: null, comment: 'Решение за PR', version: current.version } }, world.lawyer);
    expect(back.data!.handOverEscalation).toMatchObject({ assigneeName: 'PR-специалист', assigneeUserId: null });
    expect((await bell(world.pr)).myNotifications).toEqual([expect.objectContaining({ kind: 'QUESTION_HANDED_OVER', link: `/escalations/${escalation.id}/show` })]);
  });

  it('an answered question is not handed on; a comment is required', async () => {
    const world = await responsibleWorld();
    const { escalation } = await escalate(world);
    errorOf(await app.gql(HAND_OVER, { id: escalation.id, input: { responsiblePersonKey: 'lawyer', comment: '  ', version: escalation.version } }, world.responsible), 'BAD_USER_INPUT');
    const answered = (await app.gql(ANSWER, { id: escalation.id, input: { answer: 'Да', version: escalation.version } }, world.responsible)).data!.answerEscalation;
    const refused = errorOf(await app.gql(HAND_OVER, { id: escalation.id, input: { responsiblePersonKey: 'lawyer', comment: 'Поздно', version: answered.version } }, world.responsible), 'CONFLICT');
    expect(refused.extensions.reason).toBe('ESCALATION_NOT_OPEN');
  });
});
