import { In } from 'typeorm';
import { ActorType } from '../audit/audit-event.entity';
import { spendPasswordCheck, verifyPassword } from '../../auth/passwords';
import { issueToken } from '../../auth/tokens';
import { AppError, ErrorCode, forbidden } from '../../common/errors';
import type { RequestContext } from '../../context';
import { Client } from '../clients/client.entity';
import { normaliseEmail } from '../users/user.service';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import type { ClientRoles, LoginResult, Me } from './session.types';
import { ErrorReason } from '../../common/error-reasons';

const LOCKOUT_FAILURES = 10;
const LOCKOUT_MINUTES = 15;

const wrongCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong e-mail or password.', { reason: ErrorReason.WRONG_CREDENTIALS });

async function recentFailures(context: RequestContext, userId: string): Promise<number> {
  return context.dataSource
    .getRepository(AuditEvent)
    .createQueryBuilder('event')
    .where("event.entityType = 'User' AND event.entityId = :userId AND event.action = 'LOGIN_FAILED'", { userId })
    .andWhere(`event.createdAt > now() - make_interval(mins => :minutes)`, { minutes: LOCKOUT_MINUTES })
    .andWhere(
      `event.createdAt > COALESCE((SELECT max(success.created_at) FROM audit_event success
         WHERE success.entity_type = 'User' AND success.entity_id = :userId AND success.action = 'LOGIN'), '-infinity')`,
    )
    .getCount();
}

/**
 * Signs a staff member in. Wrong e-mail and wrong password read the same; repeated failures lock the
 * account for a while. Both outcomes for a known account are audited.
 */
export async function login(context: RequestContext, email: string, password: string): Promise<LoginResult> {
  const user = await context.dataSource.getRepository(User).findOneBy({ email: normaliseEmail(email) });
  if (!user) {
    await spendPasswordCheck(password);
    throw wrongCredentials();
  }
  const actor = { type: ActorType.USER, userId: user.id, apiKeyId: null, label: user.email };
  if ((await recentFailures(context, user.id)) >= LOCKOUT_FAILURES) {
    throw forbidden(`Too many failed sign-ins. Try again in ${LOCKOUT_MINUTES} minutes or ask an administrator to reset the password.`, {
      reason: ErrorReason.LOCKED_OUT,
    });
  }
  if (!(await verifyPassword(user.passwordHash, password)) || !user.isActive) {
    await context.transaction((transaction) =>
      transaction.record({ entityType: 'User', entityId: user.id, action: 'LOGIN_FAILED', clientId: null, actor }),
    );
    if (!user.isActive) throw forbidden('This account has been deactivated. Ask an administrator.', { reason: ErrorReason.DEACTIVATED });
    throw wrongCredentials();
  }
  const issued = await issueToken(context.dataSource, user.id);
  await context.transaction((transaction) =>
    transaction.record({ entityType: 'User', entityId: user.id, action: 'LOGIN', clientId: null, actor, after: { expiresAt: issued.expiresAt.toISOString() } }),
  );
  return { ...issued, user };
}

export async function me(context: RequestContext): Promise<Me> {
  const { caller } = context;
  if (!caller) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first.', { reason: ErrorReason.SIGN_IN_REQUIRED });
  const currentClient = context.currentClient ?? null;
  if (caller.kind === 'apiKey') {
    return { user: null, apiKey: caller.apiKey, clients: [{ client: caller.client, roles: [] }], currentClient };
  }
  const clients = caller.user.isAdmin
    ? await context.dataSource.getRepository(Client).find({ order: { name: 'ASC' } })
    : await context.dataSource.getRepository(Client).find({ where: { id: In(caller.memberships.map((membership) => membership.clientId)) }, order: { name: 'ASC' } });
  const clientRoles: ClientRoles[] = clients.map((client) => ({
    client,
    roles: caller.user.isAdmin
      ? [Role.ADMIN]
      : caller.memberships.filter((membership) => membership.clientId === client.id).map((membership) => membership.role),
  }));
  return { user: caller.user, apiKey: null, clients: clientRoles, currentClient };
}
