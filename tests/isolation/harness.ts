import type { DataSource } from 'typeorm';
import type { ClientWorld } from '../helpers/world';

export type CallerRole = 'pr' | 'responsible' | 'representative' | 'trainer' | 'key';

/**
 * One attempt by a caller of client A on something of client B. Every query and mutation of the
 * schema needs at least one case (or an entry in `agencyWideOperations`), or the harness fails.
 */
export interface IsolationCase<Arranged = Record<string, any>> {
  /** The root field the case covers. */
  operation: string;
  title: string;
  /** Who of client A makes the attempt. */
  as: CallerRole;
  /** Creates what client B owns; returns the ids and values the request names. */
  arrange: (b: ClientWorld, dataSource: DataSource, a: ClientWorld) => Promise<Arranged>;
  query: string;
  variables?: (arranged: Arranged) => Record<string, unknown>;
  /**
   * The refusal expected: an error code, or for lists and searches a check that the answer holds
   * nothing of client B. BAD_USER_INPUT is for ids inside an input (a batch item's platform): the
   * field is named as unknown, exactly as for an id that does not exist.
   */
  expect: { error: 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT' } | { answer: (data: Record<string, any>, arranged: Arranged) => void };
  /** After the attempt: client B's data is as it was. */
  unchanged?: (arranged: Arranged, dataSource: DataSource) => Promise<void>;
}

/** Operations that are not about one client's data, and why. */
export const agencyWideOperations: Record<string, string> = {
  login: 'signing in happens before any client is chosen',
  errorReasons: 'the closed list of refusal reasons is the same for everyone and holds no data',
  verifyCertificate:
    'public by design (no sign-in): the verification code printed on a certificate is the only key; it reveals the name, quiz, dates and status of that one certificate',
};

export function defineCases(cases: IsolationCase<any>[]): IsolationCase<any>[] {
  return cases;
}
