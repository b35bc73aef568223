import { forbidden } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { RequestContext } from '../../context';
import { Membership } from '../users/membership.entity';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { diffVersions, type BriefDiff } from './brief-diff';
import { renderBriefMarkdown } from './brief-markdown';
import { completeContent, platformNames } from './brief-references';
import { BriefStatus, BriefVersion } from './brief-version.entity';
import type { BriefVersionFilter, BriefVersionListArgs } from './brief.inputs';
import { ErrorReason } from '../../common/error-reasons';

const SORTABLE = {
  number: 'version.number',
  status: 'version.status',
  title: 'version.title',
  createdAt: 'version.createdAt',
  updatedAt: 'version.updatedAt',
  submittedAt: 'version.submittedAt',
  approvedAt: 'version.approvedAt',
};

function versionsMatching(context: RequestContext, filter: BriefVersionFilter = {}) {
  const query = context.tenant.query(BriefVersion, 'version');
  if (filter.ids) query.andWhere('version.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.status) query.andWhere('version.status = :status', { status: filter.status });
  if (filter.q) query.andWhere('version.title ILIKE :q', { q: containing(filter.q) });
  return query;
}

export function listBriefVersions(context: RequestContext, args: BriefVersionListArgs): Promise<BriefVersion[]> {
  return paginate(versionsMatching(context, args.filter), args, SORTABLE, { field: 'number', order: SortOrder.DESC }).getMany();
}

export async function countBriefVersions(context: RequestContext, filter?: BriefVersionFilter): Promise<ListMetadata> {
  return { count: await versionsMatching(context, filter).getCount() };
}

export function getBriefVersion(context: RequestContext, id: string): Promise<BriefVersion> {
  return context.tenant.get(BriefVersion, id);
}

/** The approved version of the request's client's brief, or null when none is approved yet. */
export function briefInForce(context: RequestContext): Promise<BriefVersion | null> {
  return context.tenant.findOne(BriefVersion, { where: { status: BriefStatus.APPROVED } });
}

/** Those who write the brief read every version; everyone else reads only the one in force. */
export function readsEveryVersion(context: RequestContext): boolean {
  return context.hasRole(Role.PR_SPECIALIST);
}

export async function diffBriefVersions(context: RequestContext, fromId: string, toId: string): Promise<BriefDiff> {
  const from = await context.tenant.get(BriefVersion, fromId);
  const to = await context.tenant.get(BriefVersion, toId);
  from.content = completeContent(from.content);
  to.content = completeContent(to.content);
  return diffVersions(from, to, await platformNames(context.tenant, [from.content, to.content]));
}

/**
 * The brief as a Russian Markdown document: the version in force by default. Readers other than PR
 * specialists may name only the version in force.
 */
export async function briefMarkdown(context: RequestContext, versionId: string | undefined): Promise<string | null> {
  const version = versionId ? await context.tenant.get(BriefVersion, versionId) : await briefInForce(context);
  if (!version) return null;
  if (version.status !== BriefStatus.APPROVED && !readsEveryVersion(context)) {
    throw forbidden(`Version ${version.number} is ${version.status}, not in force; only PR specialists read such versions. Leave out versionId to read the brief in force.`, {
      reason: ErrorReason.NOT_IN_FORCE,
    });
  }
  const content = completeContent(version.content);
  const approver = version.approvedById ? await context.loaders.byId(User).load(version.approvedById) : null;
  return renderBriefMarkdown({
    title: version.title,
    number: version.number,
    status: version.status,
    approvedAt: version.approvedAt,
    approvedByName: approver?.name ?? null,
    content,
    platforms: await platformNames(context.tenant, [content]),
  });
}

/** Staff holding RESPONSIBLE in the request's client: the accounts a responsible person may be linked to. */
export function responsibleAccounts(context: RequestContext): Promise<User[]> {
  return context.dataSource
    .getRepository(User)
    .createQueryBuilder('user')
    .innerJoin(Membership, 'membership', 'membership.userId = user.id AND membership.clientId = :clientId AND membership.role = :role', {
      clientId: context.tenant.clientId,
      role: Role.RESPONSIBLE,
    })
    .where('user.isActive = true')
    .orderBy('user.name', 'ASC')
    .getMany();
}
