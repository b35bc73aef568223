import { badInput, conflict, forbidden } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Reply, ReplyStatus } from '../argument-base/reply.entity';
import { Situation } from '../argument-base/situation.entity';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { CaseStatus, FINAL_STATUSES } from '../cases/case-status';
import { Case } from '../cases/case.entity';
import { transition } from '../cases/case-workflow';
import { Mention } from '../mentions/mention.entity';
import { Role } from '../users/role';
import { assigneeOf, routeEscalation, topicOf } from './escalation-routing';
import { Escalation, EscalationReason, EscalationStatus } from './escalation.entity';
import type { AnswerEscalationInput, EscalateCaseInput, EscalationFilter, EscalationListArgs, EscalationRoute, HandOverEscalationInput } from './escalation.inputs';
import { EscalationHandover } from './escalation-handover.entity';
import { personOf } from './escalation-routing';
import { NotificationKind } from '../notifications/notification-kind';
import { excerpt, notify, prSpecialistsOf, russianDateTime, type Message } from '../notifications/notify';
import type { TransactionScope } from '../../common/transaction-scope';
import { ErrorReason } from '../../common/error-reasons';
import { assertTopicOf } from '../briefs/brief-topics';
import { recordEvent } from '../webhooks/record-event';
import { WebhookEventType } from '../webhooks/webhook-event-type';

const SORTABLE = { dueAt: 'escalation.dueAt', createdAt: 'escalation.createdAt', status: 'escalation.status', answeredAt: 'escalation.answeredAt' };
const WAITING = [EscalationStatus.OPEN, EscalationStatus.ANSWERED];

function escalationsMatching(context: RequestContext, filter: EscalationFilter = {}) {
  const query = context.tenant.query(Escalation, 'escalation');
  const id = (value: string) => (isUuid(value) ? value : null);
  if (filter.ids) query.andWhere('escalation.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.status) query.andWhere('escalation.status = :status', { status: filter.status });
  if (filter.caseId) query.andWhere('escalation.caseId = :caseId', { caseId: id(filter.caseId) });
  if (filter.assigneeUserId) query.andWhere('escalation.assigneeUserId = :assigneeUserId', { assigneeUserId: id(filter.assigneeUserId) });
  if (filter.overdue !== undefined) {
    const overdue = `(escalation.status = 'OPEN' AND escalation.dueAt < now())`;
    query.andWhere(filter.overdue ? overdue : `${overdue} IS NOT TRUE`);
  }
  return query;
}

export function listEscalations(context: RequestContext, args: EscalationListArgs): Promise<Escalation[]> {
  return paginate(escalationsMatching(context, args.filter), args, SORTABLE, { field: 'createdAt', order: SortOrder.DESC }).getMany();
}

export async function countEscalations(context: RequestContext, filter?: EscalationFilter): Promise<ListMetadata> {
  return { count: await escalationsMatching(context, filter).getCount() };
}

export function getEscalation(context: RequestContext, id: string): Promise<Escalation> {
  return context.tenant.get(Escalation, id);
}

/**
 * "My questions": escalations addressed to the caller's account, plus, for PR specialists, those
 * that went to the PR specialists because no responsible person fitted. Soonest due first.
 */
export function myQuestions(context: RequestContext, statuses: EscalationStatus[] | null): Promise<Escalation[]> {
  const query = context.tenant.query(Escalation, 'escalation');
  if (context.hasRole(Role.PR_SPECIALIST)) query.andWhere('(escalation.assigneeUserId = :me OR escalation.assigneeUserId IS NULL)', { me: context.user.id });
  else query.andWhere('escalation.assigneeUserId = :me', { me: context.user.id });
  query.andWhere('escalation.status = ANY(:statuses)', { statuses: statuses ?? WAITING });
  return query.orderBy('escalation.dueAt', 'ASC', 'NULLS LAST').addOrderBy('escalation.createdAt', 'ASC').limit(200).getMany();
}

/**
 * Where a case's question would go: the topic (the one named, which must be a topic of the brief in
 * force, else the situation's, else the post's) and the responsible person answering for it (null:
 * the PR specialists). escalateCase sends by it; escalationRoute shows it before sending.
 */
async function planRoute(scope: Pick<TransactionScope, 'tenant' | 'manager'>, caseRow: Case, namedTopic: string | null | undefined, namedPerson?: string | null) {
  const named = namedTopic?.trim() || null;
  const brief = await loadBriefInForce(scope.tenant);
  assertTopicOf(brief?.content ?? null, named);
  const chosen = personOf(brief?.content ?? null, namedPerson);
  const [mention, situation] = await Promise.all([
    scope.tenant.get(Mention, caseRow.mentionId),
    caseRow.situationId ? scope.tenant.get(Situation, caseRow.situationId) : Promise.resolve(null),
  ]);
  const topic = topicOf(brief?.content ?? null, named || situation?.topic || null, mention.text);
  const person = chosen ?? routeEscalation(brief?.content ?? null, topic, caseRow.category);
  return { topic, topicName: brief?.content.topics.find((item) => item.key === topic)?.name ?? null, person, situation };
}

/** Who would get the case's question, and by when, if it were sent now with this topic. */
export async function escalationRoute(context: RequestContext, caseId: string, topic: string | null, responsiblePersonKey: string | null = null): Promise<EscalationRoute> {
  const caseRow = await context.tenant.get(Case, caseId);
  const route = await planRoute({ tenant: context.tenant, manager: context.dataSource.manager }, caseRow, topic, responsiblePersonKey);
  const { assigneeName, assigneePosition, dueAt } = assigneeOf(route.person, new Date(), caseRow.deadlineAt);
  return {
    topic: route.topic,
    topicName: route.topicName,
    assigneeName,
    assigneePosition,
    answerWithinHours: route.person?.answerWithinHours ?? null,
    dueAt,
    toPrSpecialists: !route.person,
  };
}

/**
 * Sends a case's question to the responsible person whose topics fit (the PR specialists when nobody
 * does), due within their answerWithinHours. Without an approved reply for the case's situation the
 * reason is NO_APPROVED_REPLY; with one, the representative is asking for a decision anyway.
 */
export async function escalateCase(context: RequestContext, caseId: string, input: EscalateCaseInput): Promise<Escalation> {
  return context.transaction(async (transaction) => {
    const caseRow = await transaction.tenant.get(Case, caseId, 'pessimistic_write');
    if (FINAL_STATUSES.includes(caseRow.status)) {
      throw conflict(`This case is ${caseRow.status}; a finished case is not escalated.`, { reason: ErrorReason.CASE_FINISHED, status: caseRow.status });
    }
    const waiting = await transaction.tenant.findOne(Escalation, { where: WAITING.map((status) => ({ caseId: caseRow.id, status })) });
    if (waiting) {
      throw conflict(`This case already has an escalation waiting (${waiting.status}, to ${waiting.assigneeName}).`, { reason: ErrorReason.ALREADY_ESCALATED, escalationId: waiting.id });
    }
    const { topic, topicName, person, situation } = await planRoute(transaction, caseRow, input.topic, input.responsiblePersonKey);
    const hasApprovedReply = situation ? await transaction.tenant.count(Reply, { situationId: situation.id, status: ReplyStatus.APPROVED }) > 0 : false;
    const escalation = await transaction.insert(Escalation, {
      caseId: caseRow.id,
      status: EscalationStatus.OPEN,
      reason: hasApprovedReply ? EscalationReason.REPRESENTATIVE_REQUEST : EscalationReason.NO_APPROVED_REPLY,
      question: input.question.trim(),
      requestedById: context.user.id,
      topic,
      ...assigneeOf(person, new Date(), caseRow.deadlineAt),
      answer: null,
      answeredAt: null,
      answeredById: null,
      situationId: null,
      replyId: null,
      archivedAt: null,
    });
    await tellAssignee(transaction, escalation, {
      kind: NotificationKind.NEW_QUESTION,
      title: `Новый вопрос${topicName ? ` по теме «${topicName}»` : ''}`,
      body: `${excerpt(escalation.question)}${escalation.dueAt ? `\nОтветить до ${russianDateTime(escalation.dueAt, context.client.timeZone)}.` : ''}`,
    });
    if (caseRow.status === CaseStatus.NEW) {
      const changes = await transition(transaction, caseRow, CaseStatus.IN_PROGRESS, `Эскалация: ${escalation.assigneeName}`);
      await transaction.update(Case, caseRow, { ...changes, representativeUserId: caseRow.representativeUserId ?? context.user.id }, { action: 'ESCALATE' });
    }
    await recordEvent(transaction, WebhookEventType.ESCALATION_CREATED, escalation);
    return escalation;
  });
}

/** The responsible person (or a PR specialist) answers; the answer may be corrected until it is archived. */
export async function answerEscalation(context: RequestContext, id: string, input: AnswerEscalationInput): Promise<Escalation> {
  return context.transaction(async (transaction) => {
    const escalation = await transaction.tenant.get(Escalation, id);
    const isAssignee = escalation.assigneeUserId === context.user.id;
    if (!isAssignee && !context.hasRole(Role.PR_SPECIALIST)) {
      throw forbidden(`This question is for ${escalation.assigneeName}; only they or a PR specialist answer it.`, { reason: ErrorReason.NOT_THE_ASSIGNEE });
    }
    if (escalation.status === EscalationStatus.ARCHIVED) {
      throw conflict('This escalation is already archived into the argument base; change the reply there.', { reason: ErrorReason.ESCALATION_ARCHIVED });
    }
    const answered = await transaction.update(
      Escalation,
      escalation,
      { status: EscalationStatus.ANSWERED, answer: input.answer.trim(), answeredAt: new Date(), answeredById: context.user.id },
      { expectedVersion: input.version, action: 'ANSWER' },
    );
    if (answered.requestedById !== context.user.id) {
      await notify(transaction, [answered.requestedById], {
        kind: NotificationKind.QUESTION_ANSWERED,
        title: `${answered.assigneeName} ответил(а) на ваш вопрос`,
        body: `Вопрос: ${excerpt(answered.question, 200)}\nОтвет: ${excerpt(answered.answer ?? '')}`,
        link: `/cases/${answered.caseId}/show`,
      });
    }
    await recordEvent(transaction, WebhookEventType.ESCALATION_ANSWERED, answered);
    return answered;
  });
}

/** The staff account a question waits with: the assignee's, or every PR specialist's when it went to them. */
async function tellAssignee(transaction: TransactionScope, escalation: Escalation, message: Omit<Message, 'link'>): Promise<void> {
  if (escalation.assigneeUserId) await notify(transaction, [escalation.assigneeUserId], { ...message, link: '/my-questions' });
  else await notify(transaction, await prSpecialistsOf(transaction.tenant), { ...message, link: `/escalations/${escalation.id}/show` });
}

/**
 * Hands an open question on, with a comment: to another responsible person of the brief in force, or
 * back to the PR specialists. Only whoever it waits with (or a PR specialist) may; the due time
 * restarts from the new person's answer deadline, and the new assignee is told.
 */
export async function handOverEscalation(context: RequestContext, id: string, input: HandOverEscalationInput): Promise<Escalation> {
  const comment = input.comment.trim();
  if (!comment) throw badInput({ field: 'comment', message: 'say why the question goes on: the comment cannot be empty' }, ErrorReason.COMMENT_REQUIRED);
  return context.transaction(async (transaction) => {
    const escalation = await transaction.tenant.get(Escalation, id, 'pessimistic_write');
    if (escalation.assigneeUserId !== context.user.id && !context.hasRole(Role.PR_SPECIALIST)) {
      throw forbidden(`This question is with ${escalation.assigneeName}; only they or a PR specialist hand it on.`, { reason: ErrorReason.NOT_THE_ASSIGNEE });
    }
    if (escalation.status !== EscalationStatus.OPEN) {
      throw conflict(`This question is ${escalation.status}: only an open question is handed on.`, { reason: ErrorReason.ESCALATION_NOT_OPEN, status: escalation.status });
    }
    const brief = await loadBriefInForce(transaction.tenant);
    const person = personOf(brief?.content ?? null, input.responsiblePersonKey);
    const caseRow = await transaction.tenant.get(Case, escalation.caseId);
    const handed = await transaction.update(
      Escalation,
      escalation,
      assigneeOf(person, new Date(), caseRow.deadlineAt),
      { expectedVersion: input.version, action: 'HAND_OVER' },
    );
    await transaction.insert(EscalationHandover, {
      escalationId: escalation.id,
      fromName: escalation.assigneeName,
      toName: handed.assigneeName,
      comment,
      handedById: context.user.id,
    });
    await tellAssignee(transaction, handed, {
      kind: NotificationKind.QUESTION_HANDED_OVER,
      title: `Вам передан вопрос от ${escalation.assigneeName}`,
      body: `Вопрос: ${excerpt(handed.question, 300)}\nКомментарий: ${excerpt(comment, 500)}${handed.dueAt ? `\nОтветить до ${russianDateTime(handed.dueAt, context.client.timeZone)}.` : ''}`,
    });
    return handed;
  });
}
