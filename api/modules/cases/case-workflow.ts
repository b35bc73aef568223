import { conflict } from '../../common/errors';
import type { TransactionScope } from '../../common/transaction-scope';
import { allowedMovesSentence, canMove, CASE_TRANSITIONS, CaseStatus, FINAL_STATUSES } from './case-status';
import { CaseTransition } from './case-transition.entity';
import type { Case } from './case.entity';
import { ErrorReason } from '../../common/error-reasons';

/** The refusal of a move the transition table does not allow, naming the state and what is allowed. */
export function illegalMove(caseRow: Pick<Case, 'status'>, to: CaseStatus, hint?: string) {
  return conflict(`This case is ${caseRow.status} and cannot move to ${to}. ${allowedMovesSentence(caseRow.status)}${hint ? ` ${hint}` : ''}`, {
    reason: ErrorReason.ILLEGAL_TRANSITION,
    from: caseRow.status,
    to,
    allowed: CASE_TRANSITIONS[caseRow.status],
  });
}

/**
 * Checks a move against the table, logs it on the case's timeline and returns the case fields it
 * changes. The caller writes them with the rest of its changes in one versioned update.
 */
export async function transition(transaction: TransactionScope, caseRow: Case, to: CaseStatus, note: string | null = null): Promise<Partial<Case>> {
  if (caseRow.status === to) return {};
  if (!canMove(caseRow.status, to)) throw illegalMove(caseRow, to);
  await transaction.insert(
    CaseTransition,
    { caseId: caseRow.id, fromStatus: caseRow.status, toStatus: to, note, actorUserId: transaction.actor.userId, actorLabel: transaction.actor.label },
    { action: 'MOVE' },
  );
  return { status: to, ...(FINAL_STATUSES.includes(to) ? { finishedAt: new Date() } : {}) };
}
