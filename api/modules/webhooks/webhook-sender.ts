import http from 'node:http';
import https from 'node:https';
import { performance } from 'node:perf_hooks';
import { checkWebhookUrl, guardedLookup } from './webhook-url';

export interface SendOutcome {
  /** The HTTP status, when an answer came. */
  responseCode: number | null;
  latencyMs: number;
  /** Why it is not a success; null for 2xx. */
  error: string | null;
}

export type WebhookSender = (url: string, body: string, headers: Record<string, string>) => Promise<SendOutcome>;

const TIMEOUT_MS = 10_000;

/** POSTs the body; anything but a 2xx within the timeout is a failure. Only the status is kept, never the answer's body. */
export function httpSender(options: { allowPrivate: boolean; timeoutMs?: number }): WebhookSender {
  return async (target, body, headers) => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const verdict = await checkWebhookUrl(target, options.allowPrivate);
    if (!verdict.ok) return { responseCode: null, latencyMs: elapsed(), error: verdict.message };
    const client = verdict.url.protocol === 'https:' ? https : http;
    return new Promise<SendOutcome>((resolve) => {
      const request = client.request(
        verdict.url,
        {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)), 'user-agent': 'Repbase-Webhooks/1' },
          lookup: guardedLookup(options.allowPrivate),
          timeout: options.timeoutMs ?? TIMEOUT_MS,
          agent: false,
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            const code = response.statusCode ?? 0;
            resolve({ responseCode: code, latencyMs: elapsed(), error: code >= 200 && code < 300 ? null : `the endpoint answered ${code}` });
          });
          response.on('error', (error) => resolve({ responseCode: response.statusCode ?? null, latencyMs: elapsed(), error: error.message }));
        },
      );
      request.on('timeout', () => request.destroy(new Error(`no answer within ${(options.timeoutMs ?? TIMEOUT_MS) / 1000} s`)));
      request.on('error', (error) => resolve({ responseCode: null, latencyMs: elapsed(), error: error.message }));
      request.end(body);
    });
  };
}
