import { badInput, conflict } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { RequestContext } from '../../context';
import { Membership } from '../users/membership.entity';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { Representative } from './representative.entity';
import type { CreateRepresentativeInput, RepresentativeFilter, RepresentativeListArgs, UpdateRepresentativeInput } from './representative.inputs';
import { ErrorReason } from '../../common/error-reasons';
import { hasHistory, rowsFoundBy, rowsOf, type HistoryCheck } from '../../common/history';
import { Post } from '../posts/post.entity';
import { Case } from '../cases/case.entity';
import { Reaction } from '../cases/reaction.entity';
import { OfficialAccount } from './official-account.entity';

const SORTABLE = { name: 'user.name', createdAt: 'representative.createdAt', isActive: 'representative.isActive' };

function representativesMatching(context: RequestContext, filter: RepresentativeFilter = {}) {
  const query = context.tenant.query(Representative, 'representative').innerJoin('representative.user', 'user');
  if (filter.ids) query.andWhere('representative.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.q) query.andWhere('(user.name ILIKE :q OR user.email ILIKE :q)', { q: containing(filter.q) });
  if (filter.isActive !== undefined) query.andWhere('representative.isActive = :isActive', { isActive: filter.isActive });
  if (filter.userId) query.andWhere('representative.userId = :userId', { userId: isUuid(filter.userId) ? filter.userId : null });
  return query;
}

export function listRepresentatives(context: RequestContext, args: RepresentativeListArgs): Promise<Representative[]> {
  return paginate(representativesMatching(context, args.filter), args, SORTABLE, { field: 'name', order: SortOrder.ASC }).getMany();
}

export async function countRepresentatives(context: RequestContext, filter?: RepresentativeFilter): Promise<ListMetadata> {
  return { count: await representativesMatching(context, filter).getCount() };
}

export function getRepresentative(context: RequestContext, id: string): Promise<Representative> {
  return context.tenant.get(Representative, id);
}

/** Users with the REPRESENTATIVE role in the client who have no representative record yet. */
export function representativeCandidates(context: RequestContext): Promise<User[]> {
  return context.dataSource
    .getRepository(User)
    .createQueryBuilder('user')
    .where('user.isActive = true')
    .andWhere('EXISTS (SELECT 1 FROM membership m WHERE m.user_id = user.id AND m.client_id = :clientId AND m.role = :role)', {
      clientId: context.tenant.clientId,
      role: Role.REPRESENTATIVE,
    })
    .andWhere('NOT EXISTS (SELECT 1 FROM representative r WHERE r.user_id = user.id AND r.client_id = :clientId)')
    .orderBy('user.name', 'ASC')
    .getMany();
}

export async function createRepresentative(context: RequestContext, input: CreateRepresentativeInput): Promise<Representative> {
  return context.transaction(async (transaction) => {
    const clientId = transaction.tenant.clientId;
    const holdsRole = isUuid(input.userId) && (await transaction.manager.existsBy(Membership, { userId: input.userId, clientId, role: Role.REPRESENTATIVE }));
    if (!holdsRole) {
      throw badInput(
        { field: 'userId', message: 'must be a user holding the REPRESENTATIVE role in this client; an administrator gives the role first' },
        ErrorReason.NOT_A_REPRESENTATIVE,
      );
    }
    if (await transaction.tenant.findOne(Representative, { where: { userId: input.userId } })) {
      throw conflict('This user is already a representative of the client.', {
        reason: ErrorReason.DUPLICATE_REPRESENTATIVE,
        fields: [{ field: 'userId', message: 'is already a representative of this client' }],
      });
    }
    return transaction.insert(Representative, { userId: input.userId, note: input.note?.trim() || null, isActive: true });
  });
}

export async function updateRepresentative(context: RequestContext, id: string, input: UpdateRepresentativeInput): Promise<Representative> {
  const { version, ...changes } = input;
  return context.transaction(async (transaction) => {
    const representative = await transaction.tenant.get(Representative, id);
    if (changes.note !== undefined) changes.note = changes.note?.trim() || null;
    return transaction.update(Representative, representative, changes as Partial<Representative>, { expectedVersion: version });
  });
}

/** What makes a representative part of the record: cases worked, answers and posts from their accounts. */
function representativeHistory(representative: Representative): HistoryCheck[] {
  return [
    rowsOf(Case, { representativeUserId: representative.userId }),
    rowsFoundBy((tenant) =>
      tenant
        .query(Reaction, 'reaction')
        .innerJoin(OfficialAccount, 'account', 'account.id = reaction.officialAccountId')
        .andWhere('account.representativeId = :representativeId', { representativeId: representative.id }),
    ),
    rowsOf(Post, { userId: representative.userId }),
  ];
}

/**
 * Deletes as a PR specialist expects: a representative who never worked a case nor posted is removed
 * with their official accounts; one with history is deactivated (isActive: false), kept with their
 * posts, and can log no more. An inactive one is refused (ALREADY_ARCHIVED).
 */
export async function deleteRepresentative(context: RequestContext, id: string): Promise<Representative> {
  return context.transaction(async (transaction) => {
    const representative = await transaction.tenant.get(Representative, id, 'pessimistic_write');
    if (!representative.isActive) throw conflict('This representative is already deactivated.', { reason: ErrorReason.ALREADY_ARCHIVED });
    if (await hasHistory(transaction.tenant, representativeHistory(representative))) {
      return transaction.update(Representative, representative, { isActive: false }, { action: 'DEACTIVATE' });
    }
    for (const account of await transaction.tenant.find(OfficialAccount, { where: { representativeId: representative.id } })) await transaction.remove(OfficialAccount, account);
    await transaction.remove(Representative, representative);
    return representative;
  });
}
