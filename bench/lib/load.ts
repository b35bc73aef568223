// autocannon ships without types; this is the part of its result we read.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require('autocannon') as (options: Record<string, unknown>) => Promise<{
  requests: { average: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  requests_total?: number;
}>;

export interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
}

export interface LoadOptions {
  url: string;
  body: string;
  headers?: Record<string, string>;
  connections?: number;
  seconds?: number;
}

/** Drives one endpoint with POST requests for a while and reports throughput and latency. */
export async function load(label: string, options: LoadOptions): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: options.body,
    connections: options.connections ?? 10,
    duration: options.seconds ?? 5,
  });
  return { label, requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failures: result.non2xx + result.errors };
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
    })),
  );
}
