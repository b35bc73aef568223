import { registerEnumType } from 'type-graphql';

/** Where a case stands: request → reaction → result. Public API. */
export enum CaseStatus {
  NEW = 'NEW',
  IN_PROGRESS = 'IN_PROGRESS',
  ANSWERED = 'ANSWERED',
  MOVED_TO_PRIVATE = 'MOVED_TO_PRIVATE',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
}
registerEnumType(CaseStatus, {
  name: 'CaseStatus',
  valuesConfig: {
    NEW: { description: 'Just came in from monitoring; nobody has taken it.' },
    IN_PROGRESS: { description: 'A representative is on it (preparing the answer, waiting for a responsible person).' },
    ANSWERED: { description: 'An official answer was posted on the platform.' },
    MOVED_TO_PRIVATE: { description: 'The conversation went on in private messages or e-mail.' },
    RESOLVED: { description: "Final: the person's request was settled." },
    CLOSED: { description: 'Final: closed without a resolution (no answer needed, not solved, spam).' },
  },
});

/**
 * Every allowed move, written out. ANSWERED needs a post (logReaction); RESOLVED, and CLOSED after an
 * answer, carry a result (recordCaseResult). A public answer comes before moving to private: the
 * thread must see that the brand replied.
 */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  [CaseStatus.NEW]: [CaseStatus.IN_PROGRESS, CaseStatus.ANSWERED, CaseStatus.CLOSED],
  [CaseStatus.IN_PROGRESS]: [CaseStatus.ANSWERED, CaseStatus.CLOSED],
  [CaseStatus.ANSWERED]: [CaseStatus.IN_PROGRESS, CaseStatus.MOVED_TO_PRIVATE, CaseStatus.RESOLVED, CaseStatus.CLOSED],
  [CaseStatus.MOVED_TO_PRIVATE]: [CaseStatus.RESOLVED, CaseStatus.CLOSED],
  [CaseStatus.RESOLVED]: [],
  [CaseStatus.CLOSED]: [],
};

export const FINAL_STATUSES: readonly CaseStatus[] = [CaseStatus.RESOLVED, CaseStatus.CLOSED];
export const OPEN_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus).filter((status) => !FINAL_STATUSES.includes(status));

/** Statuses in which nobody has answered publicly yet: the response deadline still runs. */
export const AWAITING_ANSWER: readonly CaseStatus[] = [CaseStatus.NEW, CaseStatus.IN_PROGRESS];

export function canMove(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

/** "From ANSWERED a case can move to IN_PROGRESS, MOVED_TO_PRIVATE, RESOLVED or CLOSED." */
export function allowedMovesSentence(from: CaseStatus): string {
  const allowed = CASE_TRANSITIONS[from];
  if (allowed.length === 0) return `${from} is final: a case cannot move from it.`;
  const list = allowed.length === 1 ? allowed[0] : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
  return `From ${from} a case can move to ${list}.`;
}
