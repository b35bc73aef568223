import { badInput } from '../../common/errors';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { isEmptyContent } from './brief-content-rules';
import { staleVersionConflict } from './brief-conflict';
import { assertAllowed, assertStillReplacesInForce, BriefAction } from './brief-lifecycle';
import { completeContent } from './brief-references';
import { flagCertificatesForBrief } from '../certification/certificate-lapse';
import { BriefStatus, BriefVersion } from './brief-version.entity';
import { Brief } from './brief.entity';
import { ErrorReason } from '../../common/error-reasons';

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
    return transaction.update(
      BriefVersion,
      version,
      { status: BriefStatus.IN_REVIEW, submittedAt: new Date(), submittedById: context.user.id },
      { action: 'SUBMIT' },
    );
  });
}

/**
 * Puts a version in force, archiving the one it replaces, in one transaction. The brief row is locked
 * first, so of two approvals at once the second sees the first's result and is refused; the partial
 * unique index brief_version_one_in_force would refuse it anyway.
 */
export async function approveBriefVersion(context: RequestContext, id: string, expectedVersion?: number): Promise<BriefVersion> {
  return context.transaction(async (transaction) => {
    const { briefId } = await transaction.tenant.get(BriefVersion, id);
    const brief = await transaction.tenant.get(Brief, briefId, 'pessimistic_write');
    const version = await versionFor(transaction, id, BriefAction.APPROVE, expectedVersion);
    const inForce = await inForceOf(transaction, briefId);
    assertStillReplacesInForce(version, inForce);
    const now = new Date();
    if (inForce) await transaction.update(BriefVersion, inForce, { status: BriefStatus.ARCHIVED, archivedAt: now }, { action: 'ARCHIVE' });
    const approved = await transaction.update(
      BriefVersion,
      version,
      { status: BriefStatus.APPROVED, approvedAt: now, approvedById: context.user.id },
      { action: 'APPROVE' },
    );
    if (approved.title && approved.title !== brief.title) await transaction.update(Brief, brief, { title: approved.title });
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
