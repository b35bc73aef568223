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
import { beginSignIn } from '../../auth/sign-in-throttle';
import type { ClientRoles, LoginResult, Me } from './session.types';
import { ErrorReason } from '../../common/error-reasons';

const wrongCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, 'Wrong e-mail or password.', { reason: ErrorReason.WRONG_CREDENTIALS });

/** No account has such an e-mail (PostgreSQL text cannot even hold a NUL), so none is looked up. */
const cannotBeAnEmail = (email: string) => email.length > 320 || email.includes('\u0000');

/**
 * Signs a staff member in. Until the password is right, an unknown, a known and a deactivated
 * account answer alike (the same error, the same password hashing, the same throttling), so the
 * answers reveal no account; only the right password learns that an account is deactivated.
 * Attempts are throttled per account and per source address (api/auth/sign-in-throttle.ts).
 */
export async function login(context: RequestContext, email: string, password: string): Promise<LoginResult> {
  const normalised = normaliseEmail(email);
  const attempt = await beginSignIn(context.dataSource, normalised, context.sourceAddress);
  const user = cannotBeAnEmail(normalised) ? null : await context.dataSource.getRepository(User).findOneBy({ email: normalised });
  if (!user) {
    await spendPasswordCheck(password);
    throw wrongCredentials();
  }
  const actor = { type: ActorType.USER, userId: user.id, apiKeyId: null, label: user.email };
  const recordFailure = () =>
    context.transaction((transaction) => transaction.record({ entityType: 'User', entityId: user.id, action: 'LOGIN_FAILED', clientId: null, actor }));
  if (!(await verifyPassword(user.passwordHash, password))) {
    await recordFailure();
    throw wrongCredentials();
  }
  if (!user.isActive) {
    await recordFailure();
    throw forbidden('This account has been deactivated. Ask an administrator.', { reason: ErrorReason.DEACTIVATED });
  }
  await attempt.succeeded();
  const issued = await issueToken(context.dataSource, user.id, { sessionGeneration: user.sessionGeneration });
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
