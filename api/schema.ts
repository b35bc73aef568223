import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { treatNullArgumentsAsAbsent } from './common/null-arguments';
import { describeAccess } from './common/operation-access';
import { validateArguments } from './common/validation';
import { projectRoot } from './config';
import { resolvers } from './resolvers';

export const schemaFile = path.join(projectRoot, 'schema/schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/**
 * With a global `validateFn` type-graphql no longer reads an argument's own `validate: false`; give
 * such arguments a check that passes, so that they stay unvalidated (their services check them).
 */
function keepArgumentsUnvalidated(): void {
  for (const param of getMetadataStorage().params) {
    if ((param.kind === 'arg' || param.kind === 'args') && param.validateSettings === false && !param.validateFn) param.validateFn = () => undefined;
  }
}

/**
 * Fields that only read a property of their object get graphql's default resolver instead of
 * type-graphql's per-field wrapper (`simpleResolvers`), which cost a middleware dispatch for every
 * field of every row. A field keeps the wrapper when any class guards a field of that name with
 * `@Authorized` or `@UseMiddleware` (checked by name, so a subclass inheriting it stays guarded),
 * when it is published under another name than its property, or when it was decided explicitly.
 * Fields with a `@FieldResolver` are not touched: type-graphql uses the resolver for those.
 */
function plainFieldsResolveByDefault(): void {
  const storage = getMetadataStorage();
  const guarded = new Set([...storage.authorizedFields, ...storage.middlewares].map((entry) => entry.fieldName));
  for (const field of storage.fields) {
    if (field.simple !== undefined || guarded.has(field.name) || field.schemaName !== field.name) continue;
    field.simple = true;
  }
}

/** The executable schema (built once per process). */
export function createSchema(): Promise<GraphQLSchema> {
  if (!built) {
    plainFieldsResolveByDefault();
    keepArgumentsUnvalidated();
  }
  built ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validateFn: validateArguments,
  })
    .then(treatNullArgumentsAsAbsent)
    .then(describeAccess);
  return built;
}

const HEADER = '# Generated from the resolvers by `npm run schema:emit`; do not edit. This file is the public contract.\n\n';

/** The committed SDL: sorted so that a diff shows real changes only. */
export function printContract(schema: GraphQLSchema): string {
  return HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}
