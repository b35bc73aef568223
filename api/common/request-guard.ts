import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import type { IntrospectionAccess } from '../config';
import type { RequestContext } from '../context';
import { AppError, badInput, ErrorCode, type FieldProblem } from './errors';
import { ErrorReason } from './error-reasons';

/**
 * The longest string any argument or input field may carry (the longest text an input accepts,
 * a post or a mention). Inputs keep their own, shorter MaxLength rules; this one stops a huge string
 * before it reaches a scalar argument that has none.
 */
export const MAX_STRING_LENGTH = 20_000;

/** Arguments (Type.field.argument) whose strings may be longer or must be shorter than MAX_STRING_LENGTH. */
const STRING_LENGTH_OF_ARGUMENT: Record<string, number> = {
  // A CSV of a whole argument base: the body limit bounds it.
  'Mutation.importArgumentBase.csv': Number.POSITIVE_INFINITY,
  // The password hasher must never see a huge input; users.inputs.ts allows 200 characters too.
  'Mutation.login.password': 200,
  'Mutation.login.email': 254,
};

const NUL = '\u0000';
/** Half of a UTF-16 surrogate pair without its other half: not a character, and PostgreSQL's json refuses its escape. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function stringProblem(field: string, value: string, maxLength: number): FieldProblem | undefined {
  if (value.includes(NUL)) return { field, message: `${field} contains a NUL character (\\u0000), which text cannot hold` };
  if (LONE_SURROGATE.test(value)) return { field, message: `${field} contains a lone UTF-16 surrogate (\\ud800-\\udfff), which is not text` };
  if (value.length > maxLength) return { field, message: `${field} can be at most ${maxLength} characters` };
  return undefined;
}

/** Problems of a JSON variable value, walked iteratively: its nesting is bounded by the body parser. */
function variableProblems(path: string, value: unknown, maxLength: number, problems: FieldProblem[]): void {
  if (typeof value === 'string') {
    const problem = stringProblem(path, value, maxLength);
    if (problem) problems.push(problem);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => variableProblems(`${path}.${index}`, item, maxLength, problems));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) variableProblems(`${path}.${key}`, item, maxLength, problems);
  }
}

function literalProblems(
  path: string,
  node: ValueNode,
  maxLength: number,
  variables: Record<string, unknown>,
  problems: FieldProblem[],
): void {
  switch (node.kind) {
    case Kind.STRING: {
      const problem = stringProblem(path, node.value, maxLength);
      if (problem) problems.push(problem);
      return;
    }
    case Kind.LIST:
      node.values.forEach((item, index) => literalProblems(`${path}.${index}`, item, maxLength, variables, problems));
      return;
    case Kind.OBJECT:
      for (const field of node.fields) literalProblems(`${path}.${field.name.value}`, field.value, maxLength, variables, problems);
      return;
    case Kind.VARIABLE:
      variableProblems(`$${node.name.value}`, variables[node.name.value], maxLength, problems);
      return;
    default:
      return;
  }
}

interface ArgumentToCheck {
  fieldPath: string;
  value: ValueNode;
  maxLength: number;
}

/**
 * The arguments of a document with their limits, found once per parsed document (Apollo keeps the
 * document of a query it has seen, so repeated queries reuse it): walking the document with type
 * information was a twentieth of a short read's CPU.
 */
const argumentsOfDocument = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, ArgumentToCheck[]>>();

function argumentsOf(schema: GraphQLSchema, document: DocumentNode): ArgumentToCheck[] {
  let ofSchema = argumentsOfDocument.get(schema);
  if (!ofSchema) argumentsOfDocument.set(schema, (ofSchema = new WeakMap()));
  let found = ofSchema.get(document);
  if (!found) {
    const list: ArgumentToCheck[] = [];
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          const coordinate = `${parent?.name}.${field?.name}.${node.name.value}`;
          const maxLength = STRING_LENGTH_OF_ARGUMENT[coordinate] ?? MAX_STRING_LENGTH;
          list.push({ fieldPath: field ? `${field.name}.${node.name.value}` : node.name.value, value: node.value, maxLength });
        },
      }),
    );
    ofSchema.set(document, (found = list));
  }
  return found;
}

/**
 * Every string a request sends, written in the document or in its variables, checked in one place
 * before anything runs: no NUL characters (PostgreSQL text cannot hold them) and no huge strings.
 */
export function inputProblems(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const argument of argumentsOf(schema, document)) {
    const found: FieldProblem[] = [];
    literalProblems(argument.fieldPath, argument.value, argument.maxLength, variables, found);
    for (const problem of found) {
      if (seen.has(problem.field)) continue;
      seen.add(problem.field);
      problems.push(problem);
    }
  }
  return problems;
}

const introspectingDocuments = new WeakMap<DocumentNode, boolean>();

function usesIntrospection(document: DocumentNode): boolean {
  const known = introspectingDocuments.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  introspectingDocuments.set(document, found);
  return found;
}

/** A refusal before execution, with the HTTP status a GraphQL-over-HTTP client expects. */
function requestRefusal(error: AppError, status: number): GraphQLError {
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status } } });
}

export interface RequestGuardOptions {
  introspection: IntrospectionAccess;
}

/**
 * Refusals that need the resolved operation, the caller or the variables, so that a validation rule
 * cannot make them: an unknown operationName, introspection by someone not allowed it, and hostile strings.
 */
export function guardRequests(options: RequestGuardOptions): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext: GraphQLRequestContext<RequestContext>) {
          const { document, operation, request, schema, contextValue } = requestContext;
          if (!operation || !document) {
            const names = (document?.definitions ?? []).flatMap((definition) =>
              definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
            );
            const message = request.operationName
              ? `The document has no operation named "${request.operationName}"; it has: ${names.join(', ') || 'none with a name'}.`
              : 'The document has several operations: name the one to run in operationName.';
            throw new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
          }
          if (operation.operation === 'subscription') {
            throw new GraphQLError('This API has no subscriptions; send a query or a mutation.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
          }
          if (options.introspection !== 'public' && usesIntrospection(document)) {
            if (options.introspection === 'off') {
              throw requestRefusal(new AppError(ErrorCode.FORBIDDEN, 'Schema introspection is off on this server; the schema is published as schema/schema.graphql.', { reason: ErrorReason.INTROSPECTION_NOT_ALLOWED }), 403);
            }
            if (!contextValue.caller) {
              throw requestRefusal(new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to read the schema through introspection.', { reason: ErrorReason.INTROSPECTION_NOT_ALLOWED }), 401);
            }
          }
          const problems = inputProblems(schema, document, request.variables ?? {});
          if (problems.length > 0) throw requestRefusal(badInput(problems, ErrorReason.INVALID_INPUT), 400);
        },
      };
    },
  };
}
