import { isObjectType, type GraphQLSchema } from 'graphql';

function withoutNulls(args: Record<string, unknown>): Record<string, unknown> {
  for (const key in args) {
    if (args[key] === null) return Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null));
  }
  return args;
}

/**
 * A nullable argument sent as an explicit `null` (`allApiKeys(filter: null)`) reaches resolvers as
 * if it were left out, as the API documents it: services default absent filters, versions and
 * options, and an explicit null slipped past those defaults into a TypeError (HTTP 200 with
 * INTERNAL_SERVER_ERROR). Only fields that take arguments are wrapped; plain fields keep graphql's
 * default resolver. Null inside input objects keeps its meaning (clearing a field).
 */
export function treatNullArgumentsAsAbsent(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve || field.args.length === 0) continue;
      field.resolve = (source, args, context, info) => resolve(source, withoutNulls(args), context, info);
    }
  }
  return schema;
}
