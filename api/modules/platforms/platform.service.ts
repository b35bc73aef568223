import { badInput, conflict } from '../../common/errors';
import { repeatedCeilings } from '../kpis/kpi-ceilings';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { Platform } from './platform.entity';
import type { CreatePlatformInput, PlatformFilter, PlatformListArgs, UpdatePlatformInput } from './platform.inputs';
import { ErrorReason } from '../../common/error-reasons';
import { hasHistory, rowsFoundBy, rowsOf, type HistoryCheck } from '../../common/history';
import { ReplyDelivery } from '../argument-base/reply-delivery.entity';
import { BriefVersion } from '../briefs/brief-version.entity';
import { Case } from '../cases/case.entity';
import { Reaction } from '../cases/reaction.entity';
import { MetricEntry } from '../kpis/metric-entry.entity';
import { Post } from '../posts/post.entity';
import { Mention } from '../mentions/mention.entity';
import { OfficialAccount } from '../representatives/official-account.entity';

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

function assertOneCeilingPerMetric(ceilings: CreatePlatformInput['kpiCeilings']): void {
  const problems = repeatedCeilings(ceilings ?? []);
  if (problems.length) throw badInput(problems, ErrorReason.INVALID_INPUT);
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
    assertOneCeilingPerMetric(input.kpiCeilings);
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
    assertOneCeilingPerMetric(changes.kpiCeilings);
    if (changes.name !== undefined) {
      changes.name = changes.name.trim();
      await assertNameFree(transaction, changes.name, platform.id);
    }
    return transaction.update(Platform, platform, changes as Partial<Platform>, { expectedVersion: version });
  });
}

/** What makes a platform part of the record: posts and cases on it, answers, news and figures there, a brief naming it. */
function platformHistory(platformId: string): HistoryCheck[] {
  const named = JSON.stringify([{ platformId }]);
  return [
    rowsOf(Case, { platformId }),
    rowsOf(Mention, { platformId }),
    rowsOf(Reaction, { platformId }),
    rowsOf(Post, { platformId }),
    rowsOf(MetricEntry, { platformId }),
    rowsOf(ReplyDelivery, { platformId }),
    rowsFoundBy((tenant) =>
      tenant
        .query(BriefVersion, 'version')
        .andWhere(`((version.content -> 'postingRules') @> CAST(:named AS jsonb) OR (version.content -> 'kpiTargets') @> CAST(:named AS jsonb))`, { named }),
    ),
  ];
}

/**
 * Deletes as a PR specialist expects: a platform without posts, cases or a brief naming it (one added
 * by mistake) is removed with its official accounts; one with history is archived, kept for the
 * record and offered nowhere. An archived one is refused (ALREADY_ARCHIVED).
 */
export async function deletePlatform(context: RequestContext, id: string): Promise<Platform> {
  return context.transaction(async (transaction) => {
    const platform = await transaction.tenant.get(Platform, id, 'pessimistic_write');
    if (platform.isArchived) throw conflict(`The platform "${platform.name}" is already archived.`, { reason: ErrorReason.ALREADY_ARCHIVED });
    if (await hasHistory(transaction.tenant, platformHistory(platform.id))) {
      return transaction.update(Platform, platform, { isArchived: true }, { action: 'ARCHIVE' });
    }
    // Accounts on it go with it, each in the audit log (nobody posted from them: that would be history).
    for (const account of await transaction.tenant.find(OfficialAccount, { where: { platformId: platform.id } })) await transaction.remove(OfficialAccount, account);
    await transaction.remove(Platform, platform);
    return platform;
  });
}
