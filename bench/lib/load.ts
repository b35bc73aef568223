import fs from 'node:fs';
// autocannon ships without types; this is the part of its result we read.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<{
  requests: { average: number; total?: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}>;

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  /** CPU the server process spent per request (user + system), when its pid was given. */
  cpuMsPerRequest?: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections?: number;
  seconds?: number;
  /** The server's process id: its CPU per request is read from /proc, which a busy machine disturbs less than throughput. */
  pid?: number;
}

/** user + system CPU of a process so far, in milliseconds (Linux /proc). */
export function cpuMillisecondsOf(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS_PER_SECOND = 100;

/** Drives one endpoint with POST requests for a while and reports throughput and latency. */
export async function load(label: string, options: LoadOptions): Promise<LoadResult> {
  const cpuBefore = cpuMillisecondsOf(options.pid);
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body,
    connections: options.connections ?? 10,
    duration: options.seconds ?? 5,
  });
  const cpuAfter = cpuMillisecondsOf(options.pid);
  const requests = result.requests.total ?? result.requests.average * (options.seconds ?? 5);
  const cpuMsPerRequest = cpuBefore !== undefined && cpuAfter !== undefined && requests > 0 ? (cpuAfter - cpuBefore) / requests : undefined;
  return { label, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors, cpuMsPerRequest };
}

/** A short warm-up so that JIT and connection pools are ready before measuring. */
export async function warmUp(options: LoadOptions): Promise<void> {
  await load('warm-up', { ...options, seconds: 1 });
}

export function report(title: string, results: LoadResult[], baseline: LoadResult): void {
  console.log(`\n${title}`);
  console.table(
    results.map((result) => ({
      endpoint: result.label,
      'requests/s': Math.round(result.requestsPerSecond),
      'p50 ms': result.p50,
      'p99 ms': result.p99,
      failures: result.failures,
      'throughput vs bare': (result.requestsPerSecond / baseline.requestsPerSecond).toFixed(2),
      'server CPU ms/req': result.cpuMsPerRequest?.toFixed(2) ?? '',
    })),
  );
}
