import { startAutoSubmitter } from './modules/certification/attempt-submission';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import express, { type ErrorRequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { admits, type Permission } from './auth/auth-checker';
import { authenticate, CLIENT_HEADER, settleApiKeyUseRecords } from './auth/authenticate';
import { CallerCache } from './auth/caller-cache';
import { refusedBeforeExecution } from './auth/refusal';
import { sourceAddressOf } from './auth/source-address';
import { config as defaultConfig, type AppConfig } from './config';
import { RequestContext } from './context';
import { AppError } from './common/errors';
import { databaseUnavailable, isDatabaseUnavailable } from './common/database-unavailable';
import { createErrorFormatter } from './common/format-error';
import { serveGraphQL, isPlainGraphQLPost, type BodyAnswer, type GraphQLRouteOptions } from './common/graphql-http';
import { byteCount, jsonBodyWithDepthLimit, jsonTooDeep, nestsDeeperThan } from './common/json-depth';
import { introspectionLimitsRule, repeatedSelectionsRule } from './common/query-rules';
import { guardRequests } from './common/request-guard';
import { logger } from './common/logger';
import { auditEveryMutation, httpStatusOfErrors, statementCountHeader } from './common/plugins';
import { withStatementCounter } from './database/statement-counter';
import { createSchema } from './schema';
import { operationAccess } from './common/operation-access';

/** How long /readyz waits for the database before it answers 503. */
const READINESS_TIMEOUT_MS = 2_000;

export interface RepbaseServer {
  app: express.Express;
  httpServer: http.Server;
  /** Listens on `port` (0 picks a free one) and resolves with the port taken. */
  listen(port: number): Promise<number>;
  /** Stops taking requests, lets in-flight ones finish, then resolves. The database stays open. */
  stop(): Promise<void>;
}

export interface ServerOptions {
  dataSource: DataSource;
  config?: AppConfig;
  /** Adds the x-sql-statements header to GraphQL responses (tests and benchmarks). */
  countStatements?: boolean;
  /**
   * Runs the background work that submits quiz attempts whose time ran out (every 15 s; safe with
   * several processes). Default: on, except under NODE_ENV=test, where tests call it with a set clock.
   */
  autoSubmitAttempts?: boolean;
}

const MAX_TOKENS = 3000;

/** Limits on what one GraphQL request may ask for, against abusive or accidental huge queries. */
const armor = new ApolloArmor({
  maxDepth: { n: 8 },
  costLimit: { maxCost: 5000 },
  maxAliases: { n: 15 },
  // graphql-js counts tokens itself (parseOptions below); armor's Apollo plugin for it re-parses the
  // document in parsingDidStart, where any syntax error became an HTTP 500.
  maxTokens: { enabled: false },
  maxDirectives: { n: 30 },
});

async function buildContext(dataSource: DataSource, request: http.IncomingMessage, app: express.Express, settings: AppConfig, callers: CallerCache): Promise<RequestContext> {
  try {
    const header = request.headers[CLIENT_HEADER];
    const slug = typeof header === 'string' && header.trim() ? header.trim() : undefined;
    const { caller, access } = await authenticate(dataSource, request.headers.authorization, slug, callers);
    // Only sign-in reads the address: Express's `request.ip` (with `trust proxy`) is worked out then.
    return new RequestContext(dataSource, caller, access, () => sourceAddressOf(expressRequest(request, app).ip));
  } catch (error) {
    if (error instanceof AppError) throw refusedBeforeExecution(error);
    if (isDatabaseUnavailable(error)) {
      // Authentication reads the database first, so an outage shows here before any resolver runs.
      const unavailable = databaseUnavailable(settings.databaseRetryAfterSeconds);
      const headers = new HeaderMap([['retry-after', String(settings.databaseRetryAfterSeconds)]]);
      throw new GraphQLError(unavailable.message, { originalError: unavailable, extensions: { code: unavailable.code, ...unavailable.details, http: { status: 503, headers } } });
    }
    throw error;
  }
}

/** The request as Express sees it (its `ip` applies `trust proxy`), also when Express did not route it. */
function expressRequest(request: http.IncomingMessage, app: express.Express): express.Request {
  if (!('app' in request)) Object.setPrototypeOf(request, app.request);
  return request as express.Request;
}

/** The one mutation that may send a larger body (its CSV), and who may send it: whoever its `@Authorized` admits. */
const LARGE_BODY_MUTATION = 'importArgumentBase';

function admittedTo(mutation: string): { permissions: Permission[]; allowed: (context: RequestContext) => boolean } {
  const access = operationAccess().get(mutation);
  // Unguarded, the larger body would be open to anyone: a renamed mutation or a dropped decorator stops the server here.
  if (!access) throw new Error(`The mutation ${mutation} has no @Authorized: it cannot be given a larger body.`);
  const permissions = [...access.roles, ...access.scopes];
  const allowed = (context: RequestContext) => {
    try {
      return admits(context, permissions);
    } catch {
      // Refused (the mutation will say why within the usual limit), or no client chosen.
      return false;
    }
  };
  return { permissions, allowed };
}

function adminRoutes(app: express.Express, adminDirectory: string): void {
  const indexFile = path.join(adminDirectory, 'index.html');
  app.use('/admin', express.static(adminDirectory, { index: false, maxAge: '1h' }));
  app.get(['/admin', '/admin/{*rest}'], (_request, response) => {
    if (!fs.existsSync(indexFile)) {
      response.status(503).type('text/plain').send('The admin panel is not built yet: run `npm run build:admin` (npm start does it for you).');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
  app.get('/', (_request, response) => response.redirect('/admin/'));
}

/** Builds the HTTP server: GraphQL at /graphql, health probes, and the admin panel at /admin. */
export async function createServer(options: ServerOptions): Promise<RepbaseServer> {
  const settings = options.config ?? defaultConfig;
  const { dataSource } = options;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // POST /graphql is served straight from node:http (api/common/graphql-http.ts); Express does the rest.
  let graphQLRoute: GraphQLRouteOptions<RequestContext> | undefined;
  const httpServer = http.createServer((request, response) => {
    if (graphQLRoute && isPlainGraphQLPost(request)) serveGraphQL(graphQLRoute, request, response);
    else app(request, response);
  });
  const development = settings.environment === 'development';
  const protections = armor.protect();
  const callers = new CallerCache(dataSource, settings.callerCacheSeconds);
  await callers.start();

  const apollo = new ApolloServer<RequestContext>({
    schema: await createSchema(),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 }),
      // Nothing sets cache hints and no response carries them; the implicit plugin ran on every field.
      ApolloServerPluginCacheControlDisabled(),
      ...protections.plugins,
      guardRequests({ introspection: settings.introspection }),
      auditEveryMutation({ strict: settings.environment !== 'production', report: (message) => logger.error(message) }),
      httpStatusOfErrors(),
      ...(options.countStatements ? [statementCountHeader()] : []),
    ],
    validationRules: [...protections.validationRules, introspectionLimitsRule, repeatedSelectionsRule],
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    // api/index.ts owns the shutdown order (requests, pool, embedded database). Apollo's own handlers
    // (on outside NODE_ENV=test) would stop it a second time and re-raise the signal, which cut that order short.
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: development,
    formatError: createErrorFormatter({
      development,
      logUnexpected: (error) => logger.error({ err: error }, 'unexpected error in a GraphQL request'),
      databaseRetryAfterSeconds: settings.databaseRetryAfterSeconds,
    }),
  });
  await apollo.start();

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    try {
      // A probe must answer at once: while the database is away a query can wait behind busy pool
      // connections for as long as the outage lasts, and a silent probe reads as a dead process.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('readiness check timed out')), READINESS_TIMEOUT_MS);
      });
      await Promise.race([dataSource.query('SELECT 1'), timeout]).finally(() => clearTimeout(timer));
      response.json({ status: 'ready' });
    } catch {
      response.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    jsonBodyWithDepthLimit({ limitBytes: byteCount(settings.bodyLimit), depthLimit: settings.jsonDepthLimit }),
    express.json({
      limit: settings.bodyLimit,
      // Only compressed bodies reach this parser (the one above reads the rest): check the inflated bytes.
      verify: (_request, _response, body) => {
        if (nestsDeeperThan(body, settings.jsonDepthLimit)) throw jsonTooDeep(settings.jsonDepthLimit);
      },
    }),
    (_request, _response, next) => (options.countStatements ? withStatementCounter(next) : next()),
    expressMiddleware(apollo, { context: async ({ req }) => buildContext(dataSource, req, app, settings, callers) }),
  );
  adminRoutes(app, settings.adminBuildDirectory);
  const stopAutoSubmitter = (options.autoSubmitAttempts ?? settings.environment !== 'test') ? startAutoSubmitter(dataSource) : async () => undefined;

  const importers = admittedTo(LARGE_BODY_MUTATION);
  const answerFor = (error: { status?: unknown; type?: unknown } | undefined): BodyAnswer => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    const message =
      error?.type === 'entity.too.large'
        ? `The request body is larger than ${settings.bodyLimit} (${settings.importBodyLimit} for an argument-base import sent alone, by ${importers.permissions.join(' or ')}). Send fewer items per request.`
        : error?.type === 'json.too.deep'
          ? `The request body nests objects and arrays deeper than ${settings.jsonDepthLimit} levels.`
          : status < 500
            ? 'The request body is not valid JSON.'
            : 'Internal server error';
    if (status >= 500) logger.error({ err: error }, 'unexpected error in an HTTP request');
    return { status, body: { errors: [{ message, extensions: { code: status === 413 ? 'PAYLOAD_TOO_LARGE' : status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] } };
  };
  const bodyErrors: ErrorRequestHandler = (error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const answer = answerFor(error);
    response.status(answer.status).json(answer.body);
  };
  app.use(bodyErrors);
  graphQLRoute = {
    apollo,
    limits: { limitBytes: byteCount(settings.bodyLimit), depthLimit: settings.jsonDepthLimit },
    // A bank's base is thousands of situations: its CSV passes the usual limit (30,000 situations are 27.5 MB).
    largeBody: { limitBytes: byteCount(settings.importBodyLimit), mutation: LARGE_BODY_MUTATION, allowed: importers.allowed },
    context: (request) => buildContext(dataSource, request, app, settings, callers),
    around: options.countStatements ? withStatementCounter : undefined,
    answerFor: (error) => answerFor(error as { status?: unknown; type?: unknown } | undefined),
  };

  return {
    app,
    httpServer,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => resolve((httpServer.address() as { port: number }).port));
      }),
    stop: async () => {
      // Stop taking connections first (Apollo's drain closes the listener and waits for requests in
      // flight); background rounds may take a while to finish and must not keep the door open.
      await apollo.stop();
      await stopAutoSubmitter();
      await callers.stop();
      await settleApiKeyUseRecords();
    },
  };
}
