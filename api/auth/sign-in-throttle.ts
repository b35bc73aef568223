import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '../common/errors';
import { ErrorReason } from '../common/error-reasons';
import { outsideStatementCount } from '../database/statement-counter';

/**
 * Failed sign-ins are counted under three keys, each with its own allowance; past it, every further
 * attempt must wait 2^(failures − allowance) seconds after the last one (1 s, 2 s, 4 s … at most
 * 15 minutes). Nothing is ever locked: waiting is always enough.
 *
 * - the account from this address: the owner's own mistakes, and a guesser who targets one account
 *   from one address;
 * - the account from any address it has not signed in from in the last 30 days: a guesser spread
 *   over many addresses. The owner, from an address they signed in from before, never meets this
 *   ceiling, so an attacker elsewhere cannot keep them out;
 * - the address, whatever the account: one password sprayed over many e-mails.
 *
 * Keys are hashed: any input fits the index, and no e-mail is stored in clear. Counters live in
 * PostgreSQL so that every API process serving the database shares them.
 */
export const SIGN_IN_THROTTLE = {
  failuresPerAccountAndAddress: 5,
  failuresPerAccount: 20,
  failuresPerAddress: 30,
  longestWaitSeconds: 15 * 60,
  /** A key with no attempt for this long starts again from zero (and its row is deleted). */
  quietResetSeconds: 60 * 60,
  /** How long a successful sign-in makes its address the account's own. */
  knownAddressDays: 30,
} as const;

const CLEANUP_EVERY_MS = 10 * 60 * 1000;

const keyOf = (...parts: string[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

export interface SignInKeys {
  accountAndAddress: string;
  account: string;
  address: string;
  knownAddress: string;
}

/** The counters' keys for an e-mail (normalised) and a source address; exported for tests and operators. */
export function signInCounterKeys(email: string, address: string): SignInKeys {
  return {
    accountAndAddress: keyOf('account+address', email, address),
    account: keyOf('account', email),
    address: keyOf('address', address),
    knownAddress: keyOf('known', email, address),
  };
}

function tooManySignIns(retryAfterSeconds: number): AppError {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  return new AppError(ErrorCode.RATE_LIMITED, `Too many sign-in attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, {
    reason: ErrorReason.TOO_MANY_REQUESTS,
    retryAfterSeconds: seconds,
  });
}

// The attempt is counted before the password is checked (and taken back when it was right), so
// requests sent in parallel cannot all pass while the slow hash runs. The counters are read FOR
// UPDATE: a concurrent attempt on the same key waits, then reads the row as that one left it, so
// parallel attempts are judged one after the other. Every statement here locks its rows in one
// order (account+address, account, address), so two sign-ins cannot deadlock.
const COUNT_ATTEMPT = `
WITH policy AS (
  SELECT * FROM unnest($1::text[], $2::int[], $3::boolean[]) WITH ORDINALITY AS policy(key, allowance, waived_from_known_address, position)
),
known AS (
  SELECT EXISTS (
    SELECT 1 FROM known_sign_in_address
     WHERE key = $4 AND last_success_at > now() - make_interval(days => $5)
  ) AS known
),
locked AS MATERIALIZED (
  SELECT throttle.failures, throttle.last_attempt_at, policy.allowance, policy.waived_from_known_address
    FROM policy JOIN sign_in_throttle throttle USING (key)
   ORDER BY policy.position
     FOR UPDATE OF throttle
),
wait AS (
  SELECT COALESCE(max(extract(epoch FROM last_attempt_at - now()) + least($7, 2 ^ least(failures - allowance, 30))), 0)::float8 AS seconds
    FROM locked
   WHERE failures >= allowance
     AND last_attempt_at > now() - make_interval(secs => $6)
     AND NOT (waived_from_known_address AND (SELECT known FROM known))
),
counted AS (
  INSERT INTO sign_in_throttle AS throttle (key, failures, last_attempt_at)
  SELECT key, 1, now() FROM policy WHERE (SELECT seconds FROM wait) <= 0 ORDER BY position
  ON CONFLICT (key) DO UPDATE
     SET failures = CASE WHEN throttle.last_attempt_at > now() - make_interval(secs => $6) THEN throttle.failures + 1 ELSE 1 END,
         last_attempt_at = now()
)
SELECT seconds FROM wait`;

// A right password: the account+address counter starts again; the other two only lose the attempt
// this sign-in added, since an attack on the account or from the address may still be going on.
const TAKE_BACK_ATTEMPT = `
WITH taken_back AS (
  INSERT INTO sign_in_throttle AS throttle (key, failures, last_attempt_at)
  SELECT key, 0, now() FROM unnest($1::text[]) WITH ORDINALITY AS policy(key, position) ORDER BY position
  ON CONFLICT (key) DO UPDATE
     SET failures = CASE WHEN throttle.key = $1[1] THEN 0 ELSE greatest(throttle.failures - 1, 0) END
)
INSERT INTO known_sign_in_address (key, last_success_at) VALUES ($2, now())
ON CONFLICT (key) DO UPDATE SET last_success_at = now()`;

/** One sign-in attempt, counted against its account and address. */
export interface SignInAttempt {
  /** The password was right: the attempt is no failure, and the address becomes the account's. */
  succeeded(): Promise<void>;
}

let lastCleanup = 0;

/**
 * Counts a sign-in attempt for `email` from `address`, or refuses it with RATE_LIMITED (HTTP 429,
 * Retry-After) while one of its counters asks to wait. Unknown and known e-mails are treated alike.
 */
export async function beginSignIn(dataSource: DataSource, email: string, address: string): Promise<SignInAttempt> {
  forgetStaleCountersNowAndThen(dataSource);
  const keys = signInCounterKeys(email, address);
  const [row] = (await dataSource.query(COUNT_ATTEMPT, [
    [keys.accountAndAddress, keys.account, keys.address],
    [SIGN_IN_THROTTLE.failuresPerAccountAndAddress, SIGN_IN_THROTTLE.failuresPerAccount, SIGN_IN_THROTTLE.failuresPerAddress],
    [false, true, false],
    keys.knownAddress,
    SIGN_IN_THROTTLE.knownAddressDays,
    SIGN_IN_THROTTLE.quietResetSeconds,
    SIGN_IN_THROTTLE.longestWaitSeconds,
  ])) as { seconds: number }[];
  if (row.seconds > 0) throw tooManySignIns(row.seconds);
  return {
    succeeded: async () => {
      await dataSource.query(TAKE_BACK_ATTEMPT, [[keys.accountAndAddress, keys.account, keys.address], keys.knownAddress]);
    },
  };
}

/**
 * Deletes counters quiet for longer than their reset and addresses unused for longer than they are
 * known. SKIP LOCKED: the cleanup never waits for a sign-in, so it can never deadlock with one.
 */
export async function forgetStaleSignInCounters(dataSource: DataSource): Promise<void> {
  await dataSource.query(
    `DELETE FROM sign_in_throttle WHERE key IN (
       SELECT key FROM sign_in_throttle WHERE last_attempt_at < now() - make_interval(secs => $1) FOR UPDATE SKIP LOCKED)`,
    [SIGN_IN_THROTTLE.quietResetSeconds],
  );
  await dataSource.query(
    `DELETE FROM known_sign_in_address WHERE key IN (
       SELECT key FROM known_sign_in_address WHERE last_success_at < now() - make_interval(days => $1) FOR UPDATE SKIP LOCKED)`,
    [SIGN_IN_THROTTLE.knownAddressDays],
  );
}

function forgetStaleCountersNowAndThen(dataSource: DataSource): void {
  if (Date.now() - lastCleanup < CLEANUP_EVERY_MS) return;
  lastCleanup = Date.now();
  void outsideStatementCount(() => forgetStaleSignInCounters(dataSource)).catch(() => undefined);
}
