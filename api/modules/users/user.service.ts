import type { EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/passwords';
import { badInput, conflict, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { RequestContext } from '../../context';
import { Client } from '../clients/client.entity';
import { Membership } from './membership.entity';
import type { CreateUserInput, GrantRoleInput, UpdateUserInput, UserFilter, UserListArgs } from './user.inputs';
import { User } from './user.entity';
import { ErrorReason } from '../../common/error-reasons';

const SORTABLE = { name: 'user.name', email: 'user.email', createdAt: 'user.createdAt', isActive: 'user.isActive' };

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

function usersMatching(context: RequestContext, filter: UserFilter = {}) {
  const query = context.dataSource.getRepository(User).createQueryBuilder('user');
  if (filter.ids) query.andWhere('user.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.q) query.andWhere('(user.name ILIKE :q OR user.email ILIKE :q)', { q: containing(filter.q) });
  if (filter.isActive !== undefined) query.andWhere('user.isActive = :isActive', { isActive: filter.isActive });
  if (filter.clientId || filter.role) {
    const conditions = ['membership.user_id = user.id'];
    if (filter.clientId) conditions.push('membership.client_id = :clientId');
    if (filter.role) conditions.push('membership.role = :role');
    query.andWhere(`EXISTS (SELECT 1 FROM membership WHERE ${conditions.join(' AND ')})`, {
      clientId: filter.clientId && isUuid(filter.clientId) ? filter.clientId : null,
      role: filter.role,
    });
  }
  return query;
}

export function listUsers(context: RequestContext, args: UserListArgs): Promise<User[]> {
  return paginate(usersMatching(context, args.filter), args, SORTABLE, { field: 'name', order: SortOrder.ASC }).getMany();
}

export async function countUsers(context: RequestContext, filter?: UserFilter): Promise<ListMetadata> {
  return { count: await usersMatching(context, filter).getCount() };
}

export async function getUser(context: RequestContext, id: string): Promise<User> {
  const user = isUuid(id) ? await context.dataSource.getRepository(User).findOneBy({ id }) : null;
  if (!user) throw notFound('User', id);
  return user;
}

async function assertEmailFree(manager: EntityManager, email: string, exceptUserId?: string): Promise<void> {
  const holder = await manager.findOneBy(User, { email });
  if (holder && holder.id !== exceptUserId) {
    throw conflict(`The e-mail ${email} already belongs to another user.`, {
      reason: ErrorReason.DUPLICATE_EMAIL,
      fields: [{ field: 'email', message: 'already belongs to another user' }],
    });
  }
}

export async function createUser(context: RequestContext, input: CreateUserInput): Promise<User> {
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  return context.transaction(async (transaction) => {
    await assertEmailFree(transaction.manager, email);
    return transaction.insert(User, { email, name: input.name.trim(), passwordHash, isAdmin: input.isAdmin, isActive: true });
  });
}

export async function updateUser(context: RequestContext, id: string, input: UpdateUserInput): Promise<User> {
  const { version, password, email, ...rest } = input;
  const changes: Partial<User> = { ...rest };
  if (email !== undefined) changes.email = normaliseEmail(email);
  if (password !== undefined) changes.passwordHash = await hashPassword(password);
  return context.transaction(async (transaction) => {
    const user = isUuid(id) ? await transaction.manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!user) throw notFound('User', id);
    if (changes.email) await assertEmailFree(transaction.manager, changes.email, user.id);
    const losesAdmin = user.isAdmin && user.isActive && (changes.isAdmin === false || changes.isActive === false);
    if (losesAdmin && (await transaction.manager.countBy(User, { isAdmin: true, isActive: true })) <= 1) {
      throw badInput({ field: changes.isAdmin === false ? 'isAdmin' : 'isActive', message: 'this is the last active administrator; make someone else an administrator first' }, ErrorReason.LAST_ADMIN);
    }
    if (changes.passwordHash !== undefined || (user.isActive && changes.isActive === false)) changes.sessionGeneration = user.sessionGeneration + 1;
    return transaction.update(User, user, changes, { expectedVersion: version });
  });
}

/**
 * Deletes as an administrator expects: a user is never removed (their name stays on everything they
 * did), only deactivated: they cannot sign in and their tokens stop working. The last active
 * administrator is refused (LAST_ADMIN), an inactive user too (ALREADY_ARCHIVED).
 */
export async function deleteUser(context: RequestContext, id: string): Promise<User> {
  return context.transaction(async (transaction) => {
    const user = isUuid(id) ? await transaction.manager.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!user) throw notFound('User', id);
    if (!user.isActive) throw conflict(`${user.name} is already deactivated.`, { reason: ErrorReason.ALREADY_ARCHIVED });
    if (user.isAdmin && (await transaction.manager.countBy(User, { isAdmin: true, isActive: true })) <= 1) {
      throw conflict('This is the last active administrator; make someone else an administrator first.', { reason: ErrorReason.LAST_ADMIN });
    }
    return transaction.update(User, user, { isActive: false }, { action: 'DEACTIVATE' });
  });
}

export async function grantRole(context: RequestContext, input: GrantRoleInput): Promise<Membership> {
  return context.transaction(async (transaction) => {
    const user = isUuid(input.userId) ? await transaction.manager.findOneBy(User, { id: input.userId }) : null;
    if (!user) throw notFound('User', input.userId);
    const client = isUuid(input.clientId) ? await transaction.manager.findOneBy(Client, { id: input.clientId }) : null;
    if (!client) throw notFound('Client', input.clientId);
    const existing = await transaction.manager.findOneBy(Membership, { userId: user.id, clientId: client.id, role: input.role });
    if (existing) return existing;
    return transaction.insert(Membership, { userId: user.id, role: input.role }, { clientId: client.id, action: 'GRANT_ROLE' });
  });
}

export async function revokeRole(context: RequestContext, membershipId: string): Promise<Membership> {
  return context.transaction(async (transaction) => {
    const membership = isUuid(membershipId) ? await transaction.manager.findOneBy(Membership, { id: membershipId }) : null;
    if (!membership) throw notFound('Membership', membershipId);
    await transaction.remove(Membership, membership, { action: 'REVOKE_ROLE' });
    return membership;
  });
}

/** The user's memberships: anyone sees their own, ADMIN sees everyone's. */
export function membershipsOf(context: RequestContext, user: User): Promise<Membership[]> | Membership[] {
  const { caller } = context;
  if (caller?.kind === 'user' && caller.user.id === user.id) return caller.memberships;
  if (!context.isAdmin) return [];
  return context.loaders.manyBy(Membership, 'userId', { order: { createdAt: 'ASC' }, acrossClients: true }).load(user.id);
}
