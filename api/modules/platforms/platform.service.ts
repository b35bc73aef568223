import { conflict } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { Platform } from './platform.entity';
import type { CreatePlatformInput, PlatformFilter, PlatformListArgs, UpdatePlatformInput } from './platform.inputs';
import { ErrorReason } from '../../common/error-reasons';

const SORTABLE = { name: 'platform.name', kind: 'platform.kind', agreementStatus: 'platform.agreementStatus', createdAt: 'platform.createdAt' };

function platformsMatching(context: RequestContext, filter: PlatformFilter = {}) {
  const query = context.tenant.query(Platform, 'platform');
  if (filter.ids) query.andWhere('platform.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.q) query.andWhere('(platform.name ILIKE :q OR platform.url ILIKE :q)', { q: containing(filter.q) });
  if (filter.kind) query.andWhere('platform.kind = :kind', { kind: filter.kind });
  if (!filter.ids) query.andWhere('platform.isArchived = :archived', { archived: filter.isArchived ?? false });
  return query;
}

export function listPlatforms(context: RequestContext, args: PlatformListArgs): Promise<Platform[]> {
  return paginate(platformsMatching(context, args.filter), args, SORTABLE, { field: 'name', order: SortOrder.ASC }).getMany();
}

export async function countPlatforms(context: RequestContext, filter?: PlatformFilter): Promise<ListMetadata> {
  return { count: await platformsMatching(context, filter).getCount() };
}

export function getPlatform(context: RequestContext, id: string): Promise<Platform> {
  return context.tenant.get(Platform, id);
}

async function assertNameFree(transaction: TransactionScope, name: string, exceptId?: string): Promise<void> {
  const holder = await transaction.tenant.findOne(Platform, { where: { name } });
  if (holder && holder.id !== exceptId) {
    throw conflict(`The client already has a platform named "${name}".`, {
      reason: ErrorReason.DUPLICATE_NAME,
      fields: [{ field: 'name', message: 'is already used by another platform of this client' }],
    });
  }
}

export async function createPlatform(context: RequestContext, input: CreatePlatformInput): Promise<Platform> {
  return context.transaction(async (transaction) => {
    const name = input.name.trim();
    await assertNameFree(transaction, name);
    return transaction.insert(Platform, {
      ...input,
      name,
      url: input.url ?? null,
      audience: input.audience ?? null,
      geography: input.geography ?? null,
      agreementContact: input.agreementContact ?? null,
      agreementDate: input.agreementDate ?? null,
      replyLengthLimit: input.replyLengthLimit ?? null,
      kpiCeilings: input.kpiCeilings ?? [],
    });
  });
}

export async function updatePlatform(context: RequestContext, id: string, input: UpdatePlatformInput): Promise<Platform> {
  const { version, ...changes } = input;
  return context.transaction(async (transaction) => {
    const platform = await transaction.tenant.get(Platform, id);
    if (changes.name !== undefined) {
      changes.name = changes.name.trim();
      await assertNameFree(transaction, changes.name, platform.id);
    }
    return transaction.update(Platform, platform, changes as Partial<Platform>, { expectedVersion: version });
  });
}
