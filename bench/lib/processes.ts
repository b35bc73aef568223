import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface RunningServer {
  url: string;
  /** The server's process id (for reading its memory from /proc). */
  pid?: number;
  stop(): Promise<void>;
}

/** Starts a built server script (a path under the project, e.g. dist/api/index.js) as its own process and waits for the line that names its port. */
export function startProcess(script: string, environment: NodeJS.ProcessEnv, portPattern: RegExp): Promise<RunningServer> {
  // BENCH_CPU_PROFILE=<dir> profiles the API (node --cpu-prof), to see where a request's time goes.
  const profile = process.env.BENCH_CPU_PROFILE && script.startsWith('dist/api/') ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, path.resolve(__dirname, '../../..', script)], {
    env: { ...process.env, ...environment, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = portPattern.exec(output);
      if (match) {
        resolve({
          url: `http://127.0.0.1:${match[1]}`,
          pid: child.pid,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}

/** The API, built, on the given database. */
export function startApi(databaseUrl: string): Promise<RunningServer> {
  return startProcess('dist/api/index.js', { DATABASE_URL: databaseUrl }, /GraphQL at http:\/\/localhost:(\d+)\/graphql/);
}

/** A bare node:http + pg server of bench/bare/, doing the same SQL as the API would. */
export function startBare(script: string, databaseUrl: string): Promise<RunningServer> {
  return startProcess(script, { DATABASE_URL: databaseUrl }, /listening on (\d+)/);
}
