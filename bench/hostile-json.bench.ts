/**
 * Deeply nested JSON bodies against the built API in its own process: at least 20 bodies (3 s) of
 * 4 MB nested 650,000 levels deep (`{"a":{"a":…}}`), while /healthz is asked every 10 ms. Prints the answers'
 * statuses, the API's RSS before and after, and /healthz latency meanwhile.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import http from 'node:http';
import { startApi } from './lib/processes';

const BODIES = 20;
const LEVELS = 650_000;
/** Long enough for /healthz to be asked a few hundred times. */
const FLOOD_MILLISECONDS = 3000;

function residentMegabytes(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

function send(url: string, method: string, body?: Buffer): Promise<{ status: number; milliseconds: number }> {
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const headers = body ? { 'content-type': 'application/json', 'content-length': body.length } : {};
    const call = http.request(url, { method, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode!, milliseconds: Number(process.hrtime.bigint() - started) / 1e6 }));
    });
    call.on('error', reject);
    call.end(body);
  });
}

/**
 * Asks /healthz every 10 ms from a separate process (so that this one's own work of sending 4 MB
 * bodies does not count) for as long as `during` runs, and returns the latencies in ms.
 */
async function probeHealth(url: string, during: () => Promise<unknown>): Promise<number[]> {
  const script = `
    const http = require('node:http');
    const latencies = [];
    let stopping = false;
    process.on('message', () => { stopping = true; });
    (async () => {
      while (!stopping) {
        const started = process.hrtime.bigint();
        await new Promise((resolve, reject) => http.get(${JSON.stringify(`${url}/healthz`)}, (response) => { response.resume(); response.on('end', resolve); }).on('error', reject));
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      process.send(latencies, () => process.exit(0));
    })();`;
  const prober = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const latencies = new Promise<number[]>((resolve) => prober.once('message', (message) => resolve(message as number[])));
  await new Promise((resolve) => setTimeout(resolve, 200));
  await during();
  prober.send('stop');
  return latencies;
}

const percentile = (values: number[], share: number) => [...values].sort((left, right) => left - right)[Math.min(values.length - 1, Math.floor(values.length * share))];

export async function hostileJsonBench(databaseUrl: string): Promise<void> {
  const api = await startApi(databaseUrl);
  try {
    const body = Buffer.from(`{"query":"{ __typename }","variables":{"a":${'{"a":'.repeat(LEVELS)}1${'}'.repeat(LEVELS)}}}`);
    await send(`${api.url}/healthz`, 'GET');
    const before = residentMegabytes(api.pid!);
    const idle = await probeHealth(api.url, () => new Promise((resolve) => setTimeout(resolve, 2000)));
    const statuses = new Map<number, number>();
    let peak = before;
    const flooded = await probeHealth(api.url, async () => {
      const started = Date.now();
      for (let round = 0; round < BODIES || Date.now() - started < FLOOD_MILLISECONDS; round += 1) {
        const { status } = await send(`${api.url}/graphql`, 'POST', body);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        peak = Math.max(peak, residentMegabytes(api.pid!));
      }
    });
    const after = residentMegabytes(api.pid!);
    const sent = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    console.log(`\nNested JSON: ${sent} bodies of ${(body.length / 1024 / 1024).toFixed(1)} MB, ${LEVELS.toLocaleString('en')} levels, against the built API (NODE_ENV=production)`);
    console.log(`  answers by status: ${[...statuses].map(([status, count]) => `${status} × ${count}`).join(', ')}`);
    console.log(`  API RSS: ${before.toFixed(0)} MB before, ${peak.toFixed(0)} MB peak, ${after.toFixed(0)} MB after (growth ${(after - before).toFixed(1)} MB over ${sent} bodies)`);
    const summary = (latencies: number[]) =>
      `${latencies.length} probes, p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p99 ${percentile(latencies, 0.99).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`;
    console.log(`  machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} (other work competes for the cores)`);
    console.log(`  /healthz idle (2 s):    ${summary(idle)}`);
    console.log(`  /healthz while refused: ${summary(flooded)}`);
  } finally {
    await api.stop();
  }
}
