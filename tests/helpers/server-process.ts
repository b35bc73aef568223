import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';

const builtEntry = path.resolve(__dirname, '../../dist/api/index.js');

/** The built server running as a real process, as `npm start` runs it. */
export interface ServerProcess {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts dist/api/index.js and waits for it to announce its address. */
export function startServerProcess(environment: NodeJS.ProcessEnv, entry = builtEntry): Promise<ServerProcess> {
  if (!fs.existsSync(entry)) throw new Error('dist/api/index.js is missing: run `npm run build:api` (npm test does).');
  // As `npm start` runs it: libraries (Apollo among them) install signal handlers only outside NODE_ENV=test.
  const child = spawn(process.execPath, [entry], { env: { ...environment, NODE_ENV: 'production', PORT: '0', LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /GraphQL at http:\/\/localhost:(\d+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]), output: () => output, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

/** The environment of a server on its own embedded PostgreSQL (never the tests' DATABASE_URL). */
export function embeddedEnvironment(dataDirectory: string, databasePort: number): NodeJS.ProcessEnv {
  const { DATABASE_URL: _tests, NODE_ENV: _mode, ...environment } = process.env;
  return { ...environment, REPBASE_DATA_DIR: dataDirectory, REPBASE_EMBEDDED_PG_PORT: String(databasePort) };
}

export function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}

type GraphqlBody = { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: { code?: string } }[] };

/** A GraphQL call over a connection of its own; network failures come back as `{ networkError }`. */
export function postGraphql(
  port: number,
  query: string,
  variables: Record<string, unknown> = {},
  caller: { token?: string; client?: string } = {},
): Promise<{ status: number; body: GraphqlBody } | { networkError: string }> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...(caller.token ? { authorization: `Bearer ${caller.token}` } : {}), ...(caller.client ? { 'x-client': caller.client } : {}) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as GraphqlBody });
          } catch {
            resolve({ status: response.statusCode ?? 0, body: { errors: [{ message: text }] } });
          }
        });
        response.on('error', (error) => resolve({ networkError: (error as NodeJS.ErrnoException).code ?? error.message }));
      },
    );
    request.on('error', (error) => resolve({ networkError: (error as NodeJS.ErrnoException).code ?? error.message }));
    request.end(payload);
  });
}

/** GET of a plain endpoint (/readyz, /healthz): its status, or 0 when nothing answered. */
export function getStatus(port: number, route: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: route, agent: false, timeout: 5_000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

export async function signIn(port: number, email: string, password: string): Promise<string> {
  const result = await postGraphql(port, 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email, password });
  if ('networkError' in result || !result.body.data) throw new Error(`sign-in failed: ${JSON.stringify(result)}`);
  return (result.body.data.login as { token: string }).token;
}
