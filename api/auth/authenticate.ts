import type { DataSource } from 'typeorm';
import { AppError, ErrorCode, forbidden, unauthenticated } from '../common/errors';
import { hydrate } from '../database/hydrate';
import { outsideStatementCount } from '../database/statement-counter';
import { hashApiKeySecret, looksLikeApiKey } from '../modules/api-keys/api-key-secret';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { Client } from '../modules/clients/client.entity';
import { Membership } from '../modules/users/membership.entity';
import { User } from '../modules/users/user.entity';
import type { Caller } from './caller';
import type { CallerCache } from './caller-cache';
import { verifyToken, type VerifiedToken } from './tokens';
import { ErrorReason } from '../common/error-reasons';

/** The client a request works on, or why it has none. Errors are raised only when an operation needs a client. */
export type ClientAccess = { client: Client; problem?: undefined } | { client?: undefined; problem: AppError };

export interface Authentication {
  caller: Caller | null;
  access: ClientAccess;
}

export const CLIENT_HEADER = 'x-client';
const LAST_USE_RESOLUTION_SECONDS = 60;

const signInFirst = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first: send "Authorization: Bearer <token or API key>".', { reason: ErrorReason.SIGN_IN_REQUIRED });
const noAccess = (slug: string) =>
  forbidden(`You have no access to client "${slug}". Choose one of your clients in the X-Client header.`, { reason: ErrorReason.CLIENT_NOT_ALLOWED });
const chooseClient = () =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'Choose a client: send its slug in the X-Client header.', {
    reason: ErrorReason.CLIENT_NOT_CHOSEN,
    fields: [{ field: 'X-Client', message: 'is required for this operation' }],
  });

/**
 * Reads `Authorization: Bearer <credential>` (a staff token or an API key: they share the header)
 * and the X-Client slug, in one SQL statement (for an API key, the same statement counts the request
 * against the key's quota: over it, RATE_LIMITED). An API key always works on its own client; staff name
 * the client, and someone with exactly one client may leave it out. Other clients' existence is
 * never revealed. No header means an anonymous caller; a bad credential is refused outright.
 */
export async function authenticate(
  dataSource: DataSource,
  authorization: string | undefined,
  slug: string | undefined,
  callers?: CallerCache,
): Promise<Authentication> {
  if (!authorization) return { caller: null, access: { problem: signInFirst() } };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw unauthenticated('The Authorization header must read "Bearer <token or API key>".', ErrorReason.INVALID_TOKEN);
  const credential = match[1];
  if (looksLikeApiKey(credential)) return authenticateApiKey(dataSource, credential, slug);
  const token = await verifyToken(dataSource, credential);
  if (!callers?.enabled) return authenticateUser(dataSource, token, slug);
  return callers.through(`${token.userId}:${token.sessionGeneration}:${slug ?? ''}`, () => authenticateUser(dataSource, token, slug));
}

const sessionEnded = () =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'Your session was ended: the password was changed or the account deactivated. Sign in again.', {
    reason: ErrorReason.SESSION_ENDED,
  });

async function authenticateUser(dataSource: DataSource, token: VerifiedToken, slug: string | undefined): Promise<Authentication> {
  const [row] = (await dataSource.query(
    `SELECT row_to_json(u) AS "user",
            COALESCE((SELECT json_agg(row_to_json(m) ORDER BY m.created_at) FROM membership m WHERE m.user_id = u.id), '[]') AS memberships,
            (SELECT row_to_json(c) FROM client c WHERE c.slug = $2) AS named_client,
            CASE WHEN $2::text IS NULL THEN
              (SELECT json_agg(row_to_json(c)) FROM client c WHERE c.id IN (SELECT client_id FROM membership WHERE user_id = u.id))
            END AS own_clients
       FROM "user" u WHERE u.id = $1`,
    [token.userId, slug ?? null],
  )) as { user: Record<string, unknown>; memberships: Record<string, unknown>[]; named_client: Record<string, unknown> | null; own_clients: Record<string, unknown>[] | null }[];
  if (!row || !row.user.is_active) throw unauthenticated('This account is no longer active.', ErrorReason.DEACTIVATED);
  if (row.user.session_generation !== token.sessionGeneration) throw sessionEnded();
  const user = hydrate(dataSource, User, row.user);
  const memberships = row.memberships.map((membership) => hydrate(dataSource, Membership, membership));
  const caller: Caller = { kind: 'user', user, memberships };
  if (slug) {
    const named = row.named_client ? hydrate(dataSource, Client, row.named_client) : undefined;
    const allowed = named && (user.isAdmin || memberships.some((membership) => membership.clientId === named.id));
    return { caller, access: allowed ? { client: named } : { problem: noAccess(slug) } };
  }
  const own = row.own_clients ?? [];
  return { caller, access: own.length === 1 ? { client: hydrate(dataSource, Client, own[0]) } : { problem: chooseClient() } };
}

/**
 * Finding the key and counting the request against its quota are one statement: a quota costs no
 * extra round trip. One counter row per key holds the current minute (a fixed window on the
 * database clock, which every API process shares); the table is UNLOGGED, so counting needs no WAL flush.
 */
export const API_KEY_WITH_USAGE = `
WITH found AS (
  SELECT k.id, row_to_json(k) AS api_key, row_to_json(c) AS client
    FROM api_key k JOIN client c ON c.id = k.client_id
   WHERE k.secret_hash = $1 AND k.revoked_at IS NULL
),
used AS (
  INSERT INTO api_key_usage AS usage (api_key_id, minute, requests)
  SELECT id, date_trunc('minute', now()), 1 FROM found
  ON CONFLICT (api_key_id) DO UPDATE
     SET requests = CASE WHEN usage.minute = EXCLUDED.minute THEN usage.requests + 1 ELSE 1 END,
         minute = EXCLUDED.minute
  RETURNING requests, extract(epoch FROM minute + interval '1 minute' - now())::float8 AS seconds_left
)
SELECT found.api_key, found.client, used.requests, used.seconds_left FROM found CROSS JOIN used`;

const quotaUsedUp = (apiKey: ApiKey, secondsLeft: number) => {
  const retryAfterSeconds = Math.max(1, Math.ceil(secondsLeft));
  return new AppError(
    ErrorCode.RATE_LIMITED,
    `This API key may send ${apiKey.requestsPerMinute} requests per minute. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
    { reason: ErrorReason.TOO_MANY_REQUESTS, retryAfterSeconds, requestsPerMinute: apiKey.requestsPerMinute },
  );
};

async function authenticateApiKey(dataSource: DataSource, secret: string, slug: string | undefined): Promise<Authentication> {
  const [row] = (await dataSource.query(API_KEY_WITH_USAGE, [hashApiKeySecret(secret)])) as {
    api_key: Record<string, unknown>;
    client: Record<string, unknown>;
    requests: number;
    seconds_left: number;
  }[];
  if (!row) throw unauthenticated('This API key is unknown or has been revoked.', ErrorReason.UNKNOWN_API_KEY);
  const apiKey = hydrate(dataSource, ApiKey, row.api_key);
  if (row.requests > apiKey.requestsPerMinute) throw quotaUsedUp(apiKey, row.seconds_left);
  const client = hydrate(dataSource, Client, row.client);
  if (!apiKey.lastUsedAt || Date.now() - apiKey.lastUsedAt.getTime() > LAST_USE_RESOLUTION_SECONDS * 1000) recordApiKeyUse(dataSource, apiKey.id);
  const caller: Caller = { kind: 'apiKey', apiKey, client };
  return { caller, access: slug && slug !== client.slug ? { problem: noAccess(slug) } : { client } };
}

const pendingUseRecords = new Set<Promise<unknown>>();

/**
 * Last use is kept to the minute and written beside the request, not in it: a busy monitoring tool
 * must not turn every read into a write.
 */
function recordApiKeyUse(dataSource: DataSource, apiKeyId: string): void {
  const write = outsideStatementCount(() =>
    dataSource
      .query(
        `UPDATE api_key SET last_used_at = now()
          WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))`,
        [apiKeyId, LAST_USE_RESOLUTION_SECONDS],
      )
      .catch(() => undefined),
  );
  pendingUseRecords.add(write);
  void write.finally(() => pendingUseRecords.delete(write));
}

/** Waits for the last-use writes still on their way, so a shutdown neither loses nor cuts them. */
export async function settleApiKeyUseRecords(): Promise<void> {
  await Promise.all([...pendingUseRecords]);
}
