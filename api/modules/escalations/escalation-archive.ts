import { badInput, conflict } from '../../common/errors';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { Reply, ReplyStatus } from '../argument-base/reply.entity';
import { Situation } from '../argument-base/situation.entity';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { confirmCaseExample } from '../cases/base-learning';
import { caseDeadline } from '../cases/case-deadline';
import { Case } from '../cases/case.entity';
import { Mention } from '../mentions/mention.entity';
import { Platform } from '../platforms/platform.entity';
import { Escalation, EscalationStatus } from './escalation.entity';
import type { ArchiveEscalationInput, EscalationArchiveDraft } from './escalation.inputs';
import { draftPublicReply } from './public-reply';
import { mainQuestion, shortSituationKey, thesesFrom } from './situation-key';
import { Reaction } from '../cases/reaction.entity';
import { ErrorReason } from '../../common/error-reasons';
import { assertTopicInForce } from '../briefs/brief-topics';
import { recordEvent } from '../webhooks/record-event';
import { WebhookEventType } from '../webhooks/webhook-event-type';

/** A key not yet used in the client: the slug itself, else the slug with -2, -3... */
async function freeKey(transaction: Pick<TransactionScope, 'tenant'>, base: string): Promise<string> {
  const taken = new Set(
    (await transaction.tenant.query(Situation, 'situation').andWhere('situation.key LIKE :prefix', { prefix: `${base}%` }).select(['situation.key']).getMany()).map(
      (situation) => situation.key,
    ),
  );
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

function assertAnswered(escalation: Escalation): void {
  if (escalation.status === EscalationStatus.ANSWERED) return;
  throw conflict(
    escalation.status === EscalationStatus.OPEN
      ? `This escalation has no answer yet: ${escalation.assigneeName} answers it first.`
      : 'This escalation is already archived into the argument base.',
    { reason: ErrorReason.ESCALATION_NOT_ANSWERED, status: escalation.status },
  );
}

/**
 * The archive form prefilled: title from the question, a short key from the title, the public reply
 * the representative posted on the case if any (else one drafted from the answer and the brief),
 * theses from the answer, the post as example.
 */
export async function escalationArchiveDraft(context: RequestContext, id: string): Promise<EscalationArchiveDraft> {
  const escalation = await context.tenant.get(Escalation, id);
  assertAnswered(escalation);
  const caseRow = await context.tenant.get(Case, escalation.caseId);
  const [mention, posted, brief] = await Promise.all([
    context.tenant.get(Mention, caseRow.mentionId),
    context.tenant.findOne(Reaction, { where: { caseId: caseRow.id }, order: { postedAt: 'DESC' } }),
    loadBriefInForce(context.tenant),
  ]);
  const title = mainQuestion(escalation.question);
  return {
    key: await freeKey(context, shortSituationKey(title)),
    title,
    category: caseRow.category,
    topic: escalation.topic,
    replyText: posted?.text ?? draftPublicReply(escalation.answer!, brief?.content ?? null),
    theses: thesesFrom(escalation.answer!),
    exampleText: mention.text,
  };
}

/**
 * Turns an answered escalation, in one step, into a new situation with an APPROVED reply (approved by
 * the PR specialist doing it), makes the case's post a confirmed example of it, and links the case to
 * it. The representative then answers the case from the base.
 */
export async function archiveEscalationAnswer(context: RequestContext, id: string, input: ArchiveEscalationInput): Promise<Escalation> {
  return context.transaction(async (transaction) => {
    const escalation = await transaction.tenant.get(Escalation, id);
    assertAnswered(escalation);
    if (await transaction.tenant.findOne(Situation, { where: { key: input.key } })) {
      throw conflict(`The argument base already has a situation with the key "${input.key}".`, {
        reason: ErrorReason.DUPLICATE_KEY,
        fields: [{ field: 'key', message: 'is already used by another situation of this client' }],
      });
    }
    await assertTopicInForce(transaction.tenant, input.topic?.trim() || null);
    const caseRow = await transaction.tenant.get(Case, escalation.caseId, 'pessimistic_write');
    const mention = await transaction.tenant.get(Mention, caseRow.mentionId);
    const theses = input.theses.map((thesis) => thesis.trim()).filter(Boolean);
    const variants = input.variants.map((variant) => variant.trim()).filter(Boolean);
    if (input.replyText.trim().length < 10) throw badInput({ field: 'replyText', message: 'the reply must say something a representative can post (10 characters or more)' }, ErrorReason.TOO_SHORT);

    const situation = await transaction.insert(Situation, {
      key: input.key,
      title: input.title.trim(),
      category: input.category,
      topic: input.topic?.trim() || null,
      isArchived: false,
    });
    const reply = await transaction.insert(
      Reply,
      {
        situationId: situation.id,
        theses,
        text: input.replyText.trim(),
        variants,
        platformKinds: input.platformKinds,
        status: ReplyStatus.APPROVED,
        approvedById: context.user.id,
        approvedAt: new Date(),
        revision: 1,
      },
      { action: 'APPROVE' },
    );
    await recordEvent(transaction, WebhookEventType.REPLY_APPROVED, reply);
    await confirmCaseExample(transaction, caseRow, situation.id, mention.text);

    const changes: Partial<Case> = { situationId: situation.id };
    if (!caseRow.category) {
      const [brief, platform] = await Promise.all([loadBriefInForce(transaction.tenant), transaction.tenant.get(Platform, caseRow.platformId)]);
      Object.assign(changes, { category: input.category }, caseDeadline(brief?.content.responseDeadlines ?? [], caseRow.requestedAt, platform.kind, input.category));
    }
    await transaction.update(Case, caseRow, changes, { action: 'LINK_SITUATION' });
    return transaction.update(
      Escalation,
      escalation,
      { status: EscalationStatus.ARCHIVED, situationId: situation.id, replyId: reply.id, archivedAt: new Date() },
      { expectedVersion: input.version, action: 'ARCHIVE' },
    );
  });
}

