import { In } from 'typeorm';
import { badInput } from '../../common/errors';
import { KpiRevision } from '../kpis/kpi-revision.entity';
import { Platform } from '../platforms/platform.entity';
import { ceilingWarnings, kpiRevisionsBetween, prioritySinceAtApproval, refuseAboveCeiling } from './brief-kpi-guards';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { isEmptyContent } from './brief-content-rules';
import { staleVersionConflict } from './brief-conflict';
import { assertAllowed, assertStillReplacesInForce, BriefAction } from './brief-lifecycle';
import { completeContent } from './brief-references';
import { flagCertificatesForBrief } from '../certification/certificate-lapse';
import { BriefStatus, BriefVersion } from './brief-version.entity';
import { Brief } from './brief.entity';
import { assertFourEyes, briefVersionAuthors } from './four-eyes';
import { NotificationKind } from '../notifications/notification-kind';
import { notify, prSpecialistsOf } from '../notifications/notify';
import { ErrorReason } from '../../common/error-reasons';
import { recordEvent } from '../webhooks/record-event';
import { WebhookEventType } from '../webhooks/webhook-event-type';

/**
 * The version, locked, after checking the action is allowed from its state and, when the caller
 * names the version they read, that nobody changed it since.
 */
async function versionFor(transaction: TransactionScope, id: string, action: BriefAction, expectedVersion: number | undefined): Promise<BriefVersion> {
  const version = await transaction.tenant.get(BriefVersion, id, 'pessimistic_write');
  assertAllowed(version, action);
  if (expectedVersion !== undefined && expectedVersion !== null && version.version !== expectedVersion) {
    throw await staleVersionConflict(transaction, version, expectedVersion);
  }
  return version;
}

function inForceOf(transaction: TransactionScope, briefId: string): Promise<BriefVersion | null> {
  return transaction.tenant.findOne(BriefVersion, { where: { briefId, status: BriefStatus.APPROVED } });
}

export async function submitBriefVersion(context: RequestContext, id: string, expectedVersion?: number): Promise<BriefVersion> {
  return context.transaction(async (transaction) => {
    const version = await versionFor(transaction, id, BriefAction.SUBMIT, expectedVersion);
    if (isEmptyContent(completeContent(version.content))) {
      throw badInput({ field: 'id', message: `version ${version.number} is empty: fill in at least one section before submitting it` }, ErrorReason.EMPTY_BRIEF);
    }
    // Said now rather than at approval: a reviewer should not spend time on a version that cannot win.
    assertStillReplacesInForce(version, await inForceOf(transaction, version.briefId));
    const submitted = await transaction.update(
      BriefVersion,
      version,
      { status: BriefStatus.IN_REVIEW, submittedAt: new Date(), submittedById: context.user.id },
      { action: 'SUBMIT' },
    );
    const reviewers = (await prSpecialistsOf(transaction.tenant)).filter((userId) => userId !== context.user.id);
    await notify(transaction, reviewers, {
      kind: NotificationKind.BRIEF_AWAITING_APPROVAL,
      title: `Версия ${submitted.number} ТЗ ждёт утверждения`,
      body: `${context.user.name} отправил(а) на согласование версию ${submitted.number}${submitted.title ? ` «${submitted.title}»` : ''}.`,
      link: `/brief-versions/${submitted.id}/show`,
    });
    return submitted;
  });
}

/**
 * Puts a version in force, archiving the one it replaces, in one transaction. The brief row is locked
 * first, so of two approvals at once the second sees the first's result and is refused; the partial
 * unique index brief_version_one_in_force would refuse it anyway. KPI guards (targets beyond a
 * platform's ceiling, a priority KPI switched within 3 months) refuse it unless `reason` says why;
 * the reason is kept on the version and on the KPI revisions the approval records.
 */
export async function approveBriefVersion(context: RequestContext, id: string, expectedVersion?: number, reason?: string | null): Promise<BriefVersion> {
  const approvalReason = reason?.trim() || null;
  if (approvalReason && approvalReason.length > 4000) throw badInput({ field: 'reason', message: 'reason can be at most 4000 characters' }, ErrorReason.TOO_LONG);
  return context.transaction(async (transaction) => {
    const { briefId } = await transaction.tenant.get(BriefVersion, id);
    const brief = await transaction.tenant.get(Brief, briefId, 'pessimistic_write');
    const version = await versionFor(transaction, id, BriefAction.APPROVE, expectedVersion);
    await assertFourEyes(transaction, { authors: [version.createdById, ...(await briefVersionAuthors(transaction, version.id))], description: `version ${version.number} of the brief` });
    const inForce = await inForceOf(transaction, briefId);
    assertStillReplacesInForce(version, inForce);
    const now = new Date();
    const targets = completeContent(version.content).kpiTargets;
    const targetsInForce = inForce ? completeContent(inForce.content).kpiTargets : [];
    const platformIds = [...new Set(targets.map((target) => target.platformId).filter((platformId): platformId is string => Boolean(platformId)))];
    const platforms = platformIds.length ? await transaction.tenant.find(Platform, { where: { id: In(platformIds) } }) : [];
    const warnings = ceilingWarnings(targets, (platformId) => platforms.find((platform) => platform.id === platformId)?.kpiCeilings);
    if (warnings.length && !approvalReason) refuseAboveCeiling(version, warnings);
    const priorityKpiSince = prioritySinceAtApproval(version, inForce, targetsInForce, now, approvalReason);
    if (inForce) await transaction.update(BriefVersion, inForce, { status: BriefStatus.ARCHIVED, archivedAt: now }, { action: 'ARCHIVE' });
    const approved = await transaction.update(
      BriefVersion,
      version,
      { status: BriefStatus.APPROVED, approvedAt: now, approvedById: context.user.id, priorityKpiSince, approvalReason },
      { action: 'APPROVE' },
    );
    for (const revision of kpiRevisionsBetween(targetsInForce, targets)) {
      await transaction.insert(KpiRevision, {
        ...revision,
        briefVersionId: approved.id,
        previousVersionId: inForce?.id ?? null,
        reason: approvalReason,
        changedById: context.user.id,
        changedAt: now,
      });
    }
    if (approved.title && approved.title !== brief.title) await transaction.update(Brief, brief, { title: approved.title });
    await recordEvent(transaction, WebhookEventType.BRIEF_VERSION_APPROVED, approved);
    await flagCertificatesForBrief(transaction, inForce ? completeContent(inForce.content) : null, approved);
    return approved;
  });
}

/** Sends a version under review back to DRAFT, with the reviewer's comment on what to change. */
export async function returnBriefVersion(context: RequestContext, id: string, comment: string, expectedVersion?: number): Promise<BriefVersion> {
  const reviewComment = comment.trim();
  if (!reviewComment) throw badInput({ field: 'comment', message: 'say what to change: the comment cannot be empty' }, ErrorReason.COMMENT_REQUIRED);
  if (reviewComment.length > 4000) throw badInput({ field: 'comment', message: 'comment can be at most 4000 characters' }, ErrorReason.TOO_LONG);
  return context.transaction(async (transaction) => {
    const version = await versionFor(transaction, id, BriefAction.RETURN, expectedVersion);
    return transaction.update(
      BriefVersion,
      version,
      { status: BriefStatus.DRAFT, reviewComment, submittedAt: null, submittedById: null },
      { action: 'RETURN' },
    );
  });
}

/** The brief's standing settings (four eyes), which apply to every version. */
export function briefSettings(context: RequestContext): Promise<Brief | null> {
  return context.tenant.findOne(Brief, { where: {} });
}

/** Turns four-eyes approval on or off; audited like every change. */
export async function setBriefFourEyesApproval(context: RequestContext, required: boolean, expectedVersion: number): Promise<Brief> {
  return context.transaction(async (transaction) => {
    const brief = await transaction.tenant.findOne(Brief, { where: {}, lock: { mode: 'pessimistic_write' } });
    if (!brief) throw badInput({ field: 'required', message: 'the client has no brief yet: create its first draft, then set four eyes' }, ErrorReason.NOT_FOUND);
    return transaction.update(Brief, brief, { fourEyesApproval: required }, { expectedVersion });
  });
}
