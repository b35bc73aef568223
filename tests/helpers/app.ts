import type { Server } from 'node:http';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { dataSource } from '../../ormconfig';
import { STATEMENT_COUNT_HEADER } from '../../api/common/plugins';
import { createServer, type RepbaseServer } from '../../api/server';
import { createSiblingDatabase, type TestDatabase } from '../../api/database/scratch-database';

/** How a request authenticates: a staff token or an API key, and optionally the X-Client slug. */
export interface As {
  token?: string;
  apiKey?: string;
  client?: string;
  /** A raw Authorization header, for malformed ones. */
  authorization?: string;
  /** The address the request comes from, sent as X-Forwarded-For (the server trusts it from loopback). */
  from?: string;
}

export interface GraphQLError {
  message: string;
  path?: string[];
  extensions: { code: string; [key: string]: unknown };
}

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data: T | null | undefined;
  errors: GraphQLError[] | undefined;
  /** SQL statements the request sent (x-sql-statements). */
  statements: number;
  headers: Record<string, string>;
}

export interface TestApp {
  dataSource: DataSource;
  server: () => Server;
  /** http://127.0.0.1:<port> of the running server, for the browser. */
  baseUrl: () => string;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: As): Promise<GraphQLResult<T>>;
}

/**
 * Starts the real server (port 0) on the tests' database for the current test file, and gives a
 * gql(query, variables, { as }) helper that goes over HTTP like any outside program.
 */
export function useTestApp(options: { ownDatabase?: boolean } = {}): TestApp {
  let server: RepbaseServer | undefined;
  let ownDatabase: TestDatabase | undefined;
  beforeAll(async () => {
    if (options.ownDatabase) {
      // For rules about the whole installation (the last administrator), other files' rows would interfere.
      ownDatabase = await createSiblingDatabase(process.env.DATABASE_URL!);
      dataSource.setOptions({ url: ownDatabase.url });
    }
    if (!dataSource.isInitialized) await dataSource.initialize();
    server = await createServer({ dataSource, countStatements: true });
    await server.listen(0);
  });
  afterAll(async () => {
    await server?.stop();
    if (dataSource.isInitialized) await dataSource.destroy();
    await ownDatabase?.dispose();
  });
  const app: TestApp = {
    dataSource,
    server: () => server!.httpServer,
    baseUrl: () => `http://127.0.0.1:${(server!.httpServer.address() as { port: number }).port}`,
    async gql(query, variables, as = {}) {
      const call = request(server!.httpServer).post('/graphql').set('content-type', 'application/json');
      const credential = as.token ?? as.apiKey;
      if (credential) call.set('authorization', `Bearer ${credential}`);
      if (as.authorization) call.set('authorization', as.authorization);
      if (as.client) call.set('x-client', as.client);
      if (as.from) call.set('x-forwarded-for', as.from);
      const response = await call.send({ query, variables });
      return {
        status: response.status,
        data: response.body.data,
        errors: response.body.errors,
        statements: Number(response.headers[STATEMENT_COUNT_HEADER] ?? NaN),
        headers: response.headers as Record<string, string>,
      };
    },
  };
  return app;
}

/** The single error of a failed result, checked to carry `code`. */
export function errorOf(result: GraphQLResult, code: string): GraphQLError {
  expect(result.errors?.map((error) => error.extensions.code)).toEqual([code]);
  return result.errors![0];
}
