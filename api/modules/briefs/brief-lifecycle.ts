import { conflict } from '../../common/errors';
import { BriefStatus, type BriefVersion } from './brief-version.entity';
import { ErrorReason } from '../../common/error-reasons';

/** What can happen to a version; each is one operation of the API. */
export enum BriefAction {
  EDIT = 'updateBriefDraft',
  SUBMIT = 'submitBriefVersion',
  APPROVE = 'approveBriefVersion',
  RETURN = 'returnBriefVersion',
}

/**
 * DRAFT → IN_REVIEW → APPROVED → ARCHIVED, and IN_REVIEW → DRAFT when a review returns it. A version
 * becomes ARCHIVED only when another is approved, in the same transaction.
 */
export const ALLOWED_ACTIONS: Record<BriefStatus, BriefAction[]> = {
  [BriefStatus.DRAFT]: [BriefAction.EDIT, BriefAction.SUBMIT],
  [BriefStatus.IN_REVIEW]: [BriefAction.APPROVE, BriefAction.RETURN],
  [BriefStatus.APPROVED]: [],
  [BriefStatus.ARCHIVED]: [],
};

const WHAT: Record<BriefAction, string> = {
  [BriefAction.EDIT]: 'edit it (updateBriefDraft)',
  [BriefAction.SUBMIT]: 'submit it for review (submitBriefVersion)',
  [BriefAction.APPROVE]: 'approve it (approveBriefVersion)',
  [BriefAction.RETURN]: 'return it to the author with a comment (returnBriefVersion)',
};

const NEEDS: Record<BriefAction, BriefStatus> = {
  [BriefAction.EDIT]: BriefStatus.DRAFT,
  [BriefAction.SUBMIT]: BriefStatus.DRAFT,
  [BriefAction.APPROVE]: BriefStatus.IN_REVIEW,
  [BriefAction.RETURN]: BriefStatus.IN_REVIEW,
};

const FINAL: Partial<Record<BriefStatus, string>> = {
  [BriefStatus.APPROVED]: 'It is the brief in force and stays so until a newer version is approved',
  [BriefStatus.ARCHIVED]: 'It was in force before and is kept for history',
};

/** Refuses an action the version's state does not allow, saying the state and what it allows. */
export function assertAllowed(version: BriefVersion, action: BriefAction): void {
  const allowed = ALLOWED_ACTIONS[version.status];
  if (allowed.includes(action)) return;
  const from = allowed.length
    ? `From ${version.status} you can ${allowed.map((next) => WHAT[next]).join(' or ')}.`
    : `${FINAL[version.status]}; to change the brief, create a new draft copied from it (createBriefDraft with copyFromVersionId).`;
  throw conflict(`Version ${version.number} is ${version.status}, and ${action} needs a ${NEEDS[action]} version. ${from}`, {
    reason: ErrorReason.ILLEGAL_TRANSITION,
    status: version.status,
    allowedActions: allowed,
  });
}

/**
 * A version replaces the one that was in force when its draft was started. If another has been
 * approved since, approving this one would silently undo that approval: refused.
 */
export function assertStillReplacesInForce(version: BriefVersion, inForce: BriefVersion | null): void {
  if ((version.replacesVersionId ?? null) === (inForce?.id ?? null)) return;
  const since = inForce
    ? `version ${inForce.number} has been approved since, and approving version ${version.number} would silently undo its changes. ` +
      `Create a new draft copied from version ${inForce.number} and carry your changes over (briefDiff shows them).`
    : 'the version it was meant to replace is no longer in force.';
  throw conflict(`Version ${version.number} was started from an earlier brief: ${since}`, {
    reason: ErrorReason.BRIEF_IN_FORCE_CHANGED,
    replacesVersionId: version.replacesVersionId,
    inForceVersionId: inForce?.id ?? null,
    inForceVersionNumber: inForce?.number ?? null,
  });
}
