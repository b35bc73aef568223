import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { ApiKeyScope } from '../modules/api-keys/api-key-scope';
import type { Role } from '../modules/users/role';

/** Who may call a root operation, as its `@Authorized(...)` says: null when it is not guarded at all. */
export interface OperationAccess {
  roles: Role[];
  scopes: ApiKeyScope[];
}

const scopeValues = new Set<string>(Object.values(ApiKeyScope));

/**
 * Every query and mutation with the roles and API-key scopes its `@Authorized` lists, read from
 * type-graphql's metadata: the one source for the schema's descriptions and the scope matrix test,
 * so neither can drift from the checks that run.
 */
export function operationAccess(): Map<string, OperationAccess | null> {
  const storage = getMetadataStorage();
  const access = new Map<string, OperationAccess | null>();
  for (const operation of [...storage.queries, ...storage.mutations]) {
    const authorized = storage.authorizedFields.find((field) => field.target === operation.target && field.fieldName === operation.methodName);
    const permissions: string[] = authorized?.roles ?? [];
    access.set(
      operation.schemaName,
      authorized
        ? { roles: permissions.filter((permission) => !scopeValues.has(permission)) as Role[], scopes: permissions.filter((permission) => scopeValues.has(permission)) as ApiKeyScope[] }
        : null,
    );
  }
  return access;
}

/** The sentence each operation's description ends with. */
export function accessSentence(access: OperationAccess | null | undefined): string {
  if (!access) return 'Access: any caller; the operation decides what it shows.';
  if (access.roles.length === 0 && access.scopes.length === 0) return 'Access: any signed-in caller; API keys: no scope needed.';
  const staff = access.roles.length ? `staff with the role ${access.roles.join(' or ')}` : 'no staff role (agency administrators only)';
  const keys = access.scopes.length ? `API keys with the scope ${access.scopes.map((scope) => `"${scope}"`).join(' or ')}` : 'no API key scope (staff only)';
  return `Access: ${staff}; ${keys}.`;
}

/** Ends every query's and mutation's description with the scope an API key needs for it. */
export function describeAccess(schema: GraphQLSchema): GraphQLSchema {
  const access = operationAccess();
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const sentence = accessSentence(access.get(field.name));
      field.description = field.description ? `${field.description}\n\n${sentence}` : sentence;
    }
  }
  return schema;
}
