import type { DataSource } from 'typeorm';
import { IsNull } from 'typeorm';
import { unauthenticated } from '../common/errors';
import { outsideStatementCount } from '../database/statement-counter';
import { hashApiKeySecret, looksLikeApiKey } from '../modules/api-keys/api-key-secret';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { Client } from '../modules/clients/client.entity';
import { Membership } from '../modules/users/membership.entity';
import { User } from '../modules/users/user.entity';
import type { Caller } from './caller';
import { verifyToken } from './tokens';

const LAST_USE_RESOLUTION_SECONDS = 60;

/**
 * Reads `Authorization: Bearer <credential>`: a staff token or an API key (they share the header).
 * No header means an anonymous caller; a bad credential is refused outright.
 */
export async function authenticate(dataSource: DataSource, authorization: string | undefined): Promise<Caller | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw unauthenticated('The Authorization header must read "Bearer <token or API key>".');
  const credential = match[1];
  return looksLikeApiKey(credential) ? authenticateApiKey(dataSource, credential) : authenticateUser(dataSource, credential);
}

async function authenticateUser(dataSource: DataSource, token: string): Promise<Caller> {
  const userId = await verifyToken(dataSource, token);
  const user = await dataSource.getRepository(User).findOneBy({ id: userId });
  if (!user || !user.isActive) throw unauthenticated('This account is no longer active.');
  const memberships = await dataSource.getRepository(Membership).findBy({ userId });
  return { kind: 'user', user, memberships };
}

async function authenticateApiKey(dataSource: DataSource, secret: string): Promise<Caller> {
  const apiKey = await dataSource.getRepository(ApiKey).findOneBy({ secretHash: hashApiKeySecret(secret), revokedAt: IsNull() });
  if (!apiKey) throw unauthenticated('This API key is unknown or has been revoked.');
  const client = await dataSource.getRepository(Client).findOneByOrFail({ id: apiKey.clientId });
  recordApiKeyUse(dataSource, apiKey.id);
  return { kind: 'apiKey', apiKey, client };
}

/**
 * Last use is kept to the minute and written off the request's path: a busy monitoring tool must not
 * turn every read into a write.
 */
function recordApiKeyUse(dataSource: DataSource, apiKeyId: string): void {
  outsideStatementCount(() =>
    dataSource
      .query(
      `UPDATE api_key SET last_used_at = now()
        WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))`,
        [apiKeyId, LAST_USE_RESOLUTION_SECONDS],
      )
      .catch(() => undefined),
  );
}
