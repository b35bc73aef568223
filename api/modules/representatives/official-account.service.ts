import { badInput, conflict } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { Platform } from '../platforms/platform.entity';
import { disclosureProblem, normaliseHandle } from './brand-disclosure';
import { OfficialAccount } from './official-account.entity';
import type { CreateOfficialAccountInput, OfficialAccountFilter, OfficialAccountListArgs, UpdateOfficialAccountInput } from './representative.inputs';
import { Representative } from './representative.entity';
import { ErrorReason } from '../../common/error-reasons';

const SORTABLE = { handle: 'account.handle', displayName: 'account.displayName', createdAt: 'account.createdAt' };

function accountsMatching(context: RequestContext, filter: OfficialAccountFilter = {}) {
  const query = context.tenant.query(OfficialAccount, 'account');
  const id = (value: string) => (isUuid(value) ? value : null);
  if (filter.ids) query.andWhere('account.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.representativeId) query.andWhere('account.representativeId = :representativeId', { representativeId: id(filter.representativeId) });
  if (filter.platformId) query.andWhere('account.platformId = :platformId', { platformId: id(filter.platformId) });
  if (filter.isActive !== undefined) query.andWhere('account.isActive = :isActive', { isActive: filter.isActive });
  if (filter.q) query.andWhere('(account.handle ILIKE :q OR account.displayName ILIKE :q)', { q: containing(filter.q) });
  return query;
}

export function listOfficialAccounts(context: RequestContext, args: OfficialAccountListArgs): Promise<OfficialAccount[]> {
  return paginate(accountsMatching(context, args.filter), args, SORTABLE, { field: 'handle', order: SortOrder.ASC }).getMany();
}

export async function countOfficialAccounts(context: RequestContext, filter?: OfficialAccountFilter): Promise<ListMetadata> {
  return { count: await accountsMatching(context, filter).getCount() };
}

export function getOfficialAccount(context: RequestContext, id: string): Promise<OfficialAccount> {
  return context.tenant.get(OfficialAccount, id);
}

function assertDisclosed(context: RequestContext, displayName: string): void {
  const problem = disclosureProblem(displayName, context.client);
  if (problem) throw badInput(problem, ErrorReason.BRAND_NOT_DISCLOSED);
}

async function assertHandleFree(transaction: TransactionScope, platformId: string, handle: string, exceptId?: string): Promise<void> {
  const holder = await transaction.tenant.findOne(OfficialAccount, { where: { platformId, handle } });
  if (holder && holder.id !== exceptId) {
    throw conflict(`The account "${handle}" on this platform is already registered.`, {
      reason: ErrorReason.DUPLICATE_HANDLE,
      fields: [{ field: 'handle', message: 'is already registered on this platform' }],
    });
  }
}

export async function createOfficialAccount(context: RequestContext, input: CreateOfficialAccountInput): Promise<OfficialAccount> {
  assertDisclosed(context, input.displayName);
  return context.transaction(async (transaction) => {
    const representative = await transaction.tenant.get(Representative, input.representativeId);
    const platform = await transaction.tenant.get(Platform, input.platformId);
    if (platform.isArchived) throw badInput({ field: 'platformId', message: `the platform "${platform.name}" is archived` }, ErrorReason.PLATFORM_ARCHIVED);
    if (await transaction.tenant.findOne(OfficialAccount, { where: { representativeId: representative.id, platformId: platform.id } })) {
      throw conflict(`This representative already has an official account on "${platform.name}".`, {
        reason: ErrorReason.DUPLICATE_ACCOUNT,
        fields: [{ field: 'platformId', message: 'this representative already has an account on this platform' }],
      });
    }
    const handle = normaliseHandle(input.handle);
    await assertHandleFree(transaction, platform.id, handle);
    return transaction.insert(OfficialAccount, {
      representativeId: representative.id,
      platformId: platform.id,
      handle,
      displayName: input.displayName.trim(),
      profileUrl: input.profileUrl.trim(),
      isActive: true,
    });
  });
}

export async function updateOfficialAccount(context: RequestContext, id: string, input: UpdateOfficialAccountInput): Promise<OfficialAccount> {
  const { version, ...changes } = input;
  if (changes.displayName !== undefined) {
    changes.displayName = changes.displayName.trim();
    assertDisclosed(context, changes.displayName);
  }
  return context.transaction(async (transaction) => {
    const account = await transaction.tenant.get(OfficialAccount, id);
    if (changes.handle !== undefined) {
      changes.handle = normaliseHandle(changes.handle);
      await assertHandleFree(transaction, account.platformId, changes.handle, account.id);
    }
    if (changes.profileUrl !== undefined) changes.profileUrl = changes.profileUrl.trim();
    return transaction.update(OfficialAccount, account, changes as Partial<OfficialAccount>, { expectedVersion: version });
  });
}
