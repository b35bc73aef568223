import type { AuthCheckerFn } from 'type-graphql';
import { forbidden, unauthenticated } from '../common/errors';
import type { RequestContext } from '../context';
import { ApiKeyScope } from '../modules/api-keys/api-key-scope';
import { Role } from '../modules/users/role';
import { ErrorReason } from '../common/error-reasons';

/** What `@Authorized(...)` lists: staff roles in the request's client and/or API key scopes. */
export type Permission = Role | ApiKeyScope;

const scopeValues = new Set<string>(Object.values(ApiKeyScope));

/**
 * `@Authorized()` admits any signed-in caller; `@Authorized([...])` admits staff holding one of the
 * roles in the request's client (ADMIN holds all), and API keys holding one of the scopes. An API
 * key is never admitted where no scope is listed.
 */
export const authChecker: AuthCheckerFn<RequestContext, Permission> = ({ context }, permissions) => admits(context, permissions);

/** The check `@Authorized(permissions)` makes, for use before any resolver runs: true, or throws the refusal. */
export function admits(context: RequestContext, permissions: readonly Permission[]): true {
  const { caller } = context;
  if (!caller) throw unauthenticated();
  // Naming a client one may not work for is a mistake worth saying, whatever the operation.
  if (context.clientRefusal) throw context.clientRefusal;
  if (permissions.length === 0) return true;
  if (caller.kind === 'apiKey') {
    const scopes = permissions.filter((permission): permission is ApiKeyScope => scopeValues.has(permission));
    if (scopes.some((scope) => caller.apiKey.scopes.includes(scope))) return true;
    throw forbidden(
      scopes.length
        ? `This API key lacks the scope ${scopes.map((scope) => `"${scope}"`).join(' or ')}.`
        : 'API keys cannot use this operation; it is for staff.',
      { reason: ErrorReason.MISSING_SCOPE, requiredScopes: scopes },
    );
  }
  if (caller.user.isAdmin) return true;
  const roles = permissions.filter((permission): permission is Role => !scopeValues.has(permission));
  if (roles.some((role) => context.roles.includes(role))) return true;
  throw forbidden(
    roles.length === 1 && roles[0] === Role.ADMIN
      ? 'Only an agency administrator may do this.'
      : `This needs one of the roles ${roles.join(', ')} in client "${context.client.slug}".`,
    { reason: ErrorReason.MISSING_ROLE, requiredRoles: roles },
  );
};
