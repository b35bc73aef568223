import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import { Kind, parse } from 'graphql';
import { BodyRefusal, readJsonBody } from './json-depth';

/** The JSON answer to a body refused before GraphQL saw it; Express's error handler gives the same. */
export interface BodyAnswer {
  status: number;
  body: { errors: { message: string; extensions: { code: string } }[] };
}

/**
 * Whether a request is the plain case the GraphQL route is for: a POST of uncompressed JSON to
 * /graphql. Anything else (GET, compressed bodies, other content types) goes through Express as before.
 */
export function isPlainGraphQLPost(request: http.IncomingMessage): boolean {
  if (request.method !== 'POST') return false;
  const url = request.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const encoding = request.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const type = request.headers['content-type'];
  if (!type) return false;
  const semicolon = type.indexOf(';');
  return (semicolon < 0 ? type : type.slice(0, semicolon)).trim().toLowerCase() === 'application/json';
}

/** Whether a request body's GraphQL document is one mutation of the one root field `field`, and nothing else. */
export function isOnlyMutationOf(body: unknown, field: string): boolean {
  const query = (body as { query?: unknown } | null)?.query;
  if (typeof query !== 'string') return false;
  try {
    const definitions = parse(query).definitions;
    if (definitions.length !== 1) return false;
    const [operation] = definitions;
    if (operation.kind !== Kind.OPERATION_DEFINITION || operation.operation !== 'mutation') return false;
    const selections = operation.selectionSet.selections;
    return selections.length === 1 && selections[0].kind === Kind.FIELD && selections[0].name.value === field;
  } catch {
    return false;
  }
}

export interface GraphQLRouteOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  limits: { limitBytes: number; depthLimit: number };
  /**
   * One operation may send a larger body (the argument-base import's CSV): past `limits.limitBytes`,
   * the caller is authenticated from the headers first, and only a caller `allowed` may go on, up to
   * `limitBytes`, with a document that is that one mutation and nothing else.
   */
  largeBody?: { limitBytes: number; mutation: string; allowed: (context: Context) => boolean };
  context: (request: http.IncomingMessage) => Promise<Context>;
  /** Wraps the handling of one request (the statement counter of tests and benchmarks). */
  around?: <T>(work: () => T) => T;
  /** The answer to a refused body or an unexpected failure (shared with Express's error handler). */
  answerFor: (error: unknown) => BodyAnswer;
}

/**
 * POST /graphql straight from node:http to Apollo, without Express: its router, response helpers
 * (ETag hashing, content negotiation) and body parsers cost a sixth of a short read's CPU and gave
 * this route nothing. The same checks stay: body size and nesting limits, the same refusals, the same
 * headers and status from Apollo.
 */
export function serveGraphQL<Context extends BaseContext>(options: GraphQLRouteOptions<Context>, request: http.IncomingMessage, response: http.ServerResponse): void {
  const work = () => handle(options, request, response);
  (options.around ? options.around(work) : work()).catch((error: unknown) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const answer = options.answerFor(error);
    writeJson(response, answer.status, JSON.stringify(answer.body));
  });
}

async function handle<Context extends BaseContext>(options: GraphQLRouteOptions<Context>, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  let context: Promise<Context> | undefined;
  const contextOnce = () => (context ??= options.context(request));
  const large = options.largeBody;
  const mayGrow = large && (async () => large.allowed(await contextOnce()));
  const { body, grown } = await readJsonBody(request, { ...options.limits, largeBytes: large?.limitBytes }, mayGrow);
  if (grown && !isOnlyMutationOf(body, large!.mutation)) throw new BodyRefusal('request entity too large', 413, 'entity.too.large');
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = request.url ?? '';
  const query = url.indexOf('?');
  const answer: HTTPGraphQLResponse = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: query < 0 ? '' : url.slice(query), body },
    context: contextOnce,
  });
  for (const [key, value] of answer.headers) response.setHeader(key, value);
  response.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    response.setHeader('content-length', Buffer.byteLength(answer.body.string));
    response.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) response.write(chunk);
  response.end();
}

function writeJson(response: http.ServerResponse, status: number, text: string): void {
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.setHeader('content-length', Buffer.byteLength(text));
  response.end(text);
}
