import type http from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import { BodyRefusal, JsonDepthScanner } from './json-depth';

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

/**
 * Reads a JSON body as `jsonBodyWithDepthLimit` does (nesting watched chunk by chunk, the size
 * capped), resolving with the parsed value, undefined for an empty body, or a refusal.
 */
function readJsonBody(request: http.IncomingMessage, limits: { limitBytes: number; depthLimit: number }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const scanner = new JsonDepthScanner(limits.depthLimit);
    const chunks: Buffer[] = [];
    let received = 0;
    let refusal: BodyRefusal | undefined;
    request.on('data', (chunk: Buffer) => {
      if (refusal) return;
      received += chunk.length;
      if (received > limits.limitBytes) {
        refusal = new BodyRefusal('request entity too large', 413, 'entity.too.large');
        chunks.length = 0;
        // Answered at once, like body-parser; what is still arriving is read and dropped.
        reject(refusal);
      } else if (scanner.tooDeepAfter(chunk)) {
        refusal = new BodyRefusal(`JSON nested deeper than ${limits.depthLimit}`, 400, 'json.too.deep');
        chunks.length = 0;
      } else {
        chunks.push(chunk);
      }
    });
    request.on('error', reject);
    request.on('end', () => {
      if (refusal) return reject(refusal);
      const text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return resolve(undefined);
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(new BodyRefusal('invalid JSON', 400, 'entity.parse.failed'));
      }
    });
  });
}

export interface GraphQLRouteOptions<Context extends BaseContext> {
  apollo: ApolloServer<Context>;
  limits: { limitBytes: number; depthLimit: number };
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
  const body = await readJsonBody(request, options.limits);
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = request.url ?? '';
  const query = url.indexOf('?');
  const answer: HTTPGraphQLResponse = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: query < 0 ? '' : url.slice(query), body },
    context: () => options.context(request),
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
