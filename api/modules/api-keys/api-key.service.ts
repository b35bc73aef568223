import { badInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { entitiesOf, paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { RequestContext } from '../../context';
import { generateApiKeySecret } from './api-key-secret';
import { ApiKey, DEFAULT_REQUESTS_PER_MINUTE } from './api-key.entity';
import type { ApiKeyFilter, ApiKeyListArgs, CreateApiKeyInput, CreatedApiKey, UpdateApiKeyInput } from './api-key.inputs';
import { ErrorReason } from '../../common/error-reasons';

const SORTABLE = { name: 'key.name', requestsPerMinute: 'key.requestsPerMinute', createdAt: 'key.createdAt', lastUsedAt: 'key.lastUsedAt', revokedAt: 'key.revokedAt' };

function keysMatching(context: RequestContext, filter: ApiKeyFilter = {}) {
  const query = context.tenant.query(ApiKey, 'key');
  if (filter.ids) query.andWhere('key.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.q) query.andWhere('(key.name ILIKE :q OR key.prefix ILIKE :q)', { q: containing(filter.q) });
  if (filter.revoked !== undefined) query.andWhere(filter.revoked ? 'key.revokedAt IS NOT NULL' : 'key.revokedAt IS NULL');
  return query;
}

export async function listApiKeys(context: RequestContext, args: ApiKeyListArgs): Promise<ApiKey[]> {
  const rows = await entitiesOf(paginate(keysMatching(context, args.filter), args, SORTABLE, { field: 'createdAt', order: SortOrder.DESC }));
  return rows.map((row) => row.entity);
}

export async function countApiKeys(context: RequestContext, filter?: ApiKeyFilter): Promise<ListMetadata> {
  return { count: await keysMatching(context, filter).getCount() };
}

export function getApiKey(context: RequestContext, id: string): Promise<ApiKey> {
  return context.tenant.get(ApiKey, id);
}

/** Creates a key for the request's client; the secret leaves the server only in this response. */
export async function createApiKey(context: RequestContext, input: CreateApiKeyInput): Promise<CreatedApiKey> {
  const { secret, prefix, secretHash } = generateApiKeySecret();
  const apiKey = await context.transaction((transaction) =>
    transaction.insert(ApiKey, {
      name: input.name.trim(),
      scopes: input.scopes,
      requestsPerMinute: input.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE,
      prefix,
      secretHash,
      createdById: context.user.id,
      lastUsedAt: null,
      revokedAt: null,
    }),
  );
  return { apiKey, secret };
}

/** Renames a key, changes its scopes or its quota; the secret stays the same. */
export async function updateApiKey(context: RequestContext, id: string, input: UpdateApiKeyInput): Promise<ApiKey> {
  const { version, name, ...rest } = input;
  const changes: Partial<ApiKey> = { ...rest, ...(name !== undefined ? { name: name.trim() } : {}) };
  return context.transaction(async (transaction) => {
    const apiKey = await transaction.tenant.get(ApiKey, id);
    return transaction.update(ApiKey, apiKey, changes, { expectedVersion: version });
  });
}

export async function revokeApiKey(context: RequestContext, id: string): Promise<ApiKey> {
  return context.transaction(async (transaction) => {
    const apiKey = await transaction.tenant.get(ApiKey, id);
    if (apiKey.revokedAt) throw badInput({ field: 'id', message: `this key was already revoked on ${apiKey.revokedAt.toISOString()}` }, ErrorReason.ALREADY_REVOKED);
    return transaction.update(ApiKey, apiKey, { revokedAt: new Date() }, { action: 'REVOKE' });
  });
}
