import http from 'node:http';
import zlib from 'node:zlib';
import request from 'supertest';
import { useTestApp } from '../helpers/app';

const app = useTestApp();

/** `{"query": …, "variables": {"a": {"a": … 1 … }}}` nested `levels` deep. */
function nestedBody(levels: number): Buffer {
  return Buffer.from(`{"query":"{ __typename }","variables":{"a":${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}}}`);
}

/** Posts raw bytes and reads the answer (no client-side copies of the 4 MB body per request). */
function postRaw(body: Buffer, headers: Record<string, string> = {}): Promise<{ status: number; body: any }> {
  const { port } = app.server().address() as { port: number };
  return new Promise((resolve, reject) => {
    const call = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length, ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    call.on('error', reject);
    call.end(body);
  });
}

describe('deeply nested JSON bodies', () => {
  it('a 4 MB body nested 650,000 levels deep is refused with 400 before it is parsed, twenty times without the memory growing', async () => {
    const body = nestedBody(650_000);
    expect(body.length).toBeGreaterThan(3.5 * 1024 * 1024);
    const first = await postRaw(body);
    expect(first.status).toBe(400);
    expect(first.body.errors[0]).toEqual({ message: 'The request body nests objects and arrays deeper than 64 levels.', extensions: { code: 'BAD_REQUEST' } });

    const before = process.memoryUsage().rss;
    for (let round = 0; round < 20; round += 1) {
      const answer = await postRaw(body);
      expect(answer.status).toBe(400);
    }
    const grownMegabytes = (process.memoryUsage().rss - before) / 1024 / 1024;
    expect(grownMegabytes).toBeLessThan(50);
  });

  it('a compressed body is checked after inflating', async () => {
    const answer = await postRaw(zlib.gzipSync(nestedBody(100_000)), { 'content-encoding': 'gzip' });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('brackets inside strings do not count as nesting', async () => {
    const response = await request(app.server())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: '{ __typename }', variables: { a: '{['.repeat(10_000) } }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('nesting up to the limit is parsed as usual', async () => {
    const response = await postRaw(nestedBody(60));
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual({ __typename: 'Query' });
  });
});
