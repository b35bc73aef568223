import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../api/database/embedded-postgres';
import { embeddedEnvironment, refusesConnections, startServerProcess as startServer } from '../helpers/server-process';

describe('graceful shutdown', () => {
  it('on SIGTERM stops taking connections, finishes the request in flight, then exits 0', async () => {
    const server = await startServer({ ...process.env });
    const body = JSON.stringify({ query: '{ __typename }' });
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    let response = '';
    socket.on('data', (chunk) => (response += chunk.toString()));
    const closed = new Promise((resolve) => socket.once('close', resolve));
    // Half a request: the server has it, and must not drop it.
    socket.write(`POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 5)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));

    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await refusesConnections(server.port)).toBe(true);

    socket.write(body.slice(5));
    await closed;
    expect(response).toMatch(/^HTTP\/1\.1 200/);
    expect(response).toContain('{"data":{"__typename":"Query"}}');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('stopped cleanly');
  });

  it('on one SIGINT (Ctrl-C) stops cleanly, in order, and exits 0', async () => {
    const server = await startServer({ ...process.env });
    server.child.kill('SIGINT');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('stopped cleanly');
    expect(server.output()).not.toContain('again');
  });

  it('stops the embedded PostgreSQL it started', async () => {
    const dataDirectory = path.join(os.tmpdir(), `repbase-shutdown-${process.pid}-${Date.now()}`);
    const databasePort = await freePort();
    const server = await startServer(embeddedEnvironment(dataDirectory, databasePort));
    try {
      expect(fs.existsSync(path.join(dataDirectory, 'postmaster.pid'))).toBe(true);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(fs.existsSync(path.join(dataDirectory, 'postmaster.pid'))).toBe(false);
      expect(await refusesConnections(databasePort)).toBe(true);
    } finally {
      server.child.kill('SIGKILL');
      fs.rmSync(dataDirectory, { recursive: true, force: true });
    }
  }, 90_000);
});
