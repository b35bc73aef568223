import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker';
import { treatNullArgumentsAsAbsent } from './common/null-arguments';
import { describeAccess } from './common/operation-access';
import { projectRoot } from './config';
import { resolvers } from './resolvers';

export const schemaFile = path.join(projectRoot, 'schema/schema.graphql');

let built: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process). */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
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
