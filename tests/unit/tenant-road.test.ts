import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { EntityManager } from 'typeorm';
import { TenantScope } from '../../api/auth/tenant-scope';
import type { Client } from '../../api/modules/clients/client.entity';

const API = join(__dirname, '../../api');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Code outside these files reaches a client's rows only through TenantScope (api/auth/tenant-scope.ts). */
const ROAD = ['auth/tenant-scope.ts', 'context.ts'];
/** Agency-wide SQL (sign-in, API keys, migrations, the database's own setup) has no client to scope to. */
const AGENCY_WIDE = ['auth/', 'database/', 'cli/', 'server.ts'];
/** Background work serving every client at once (webhook delivery, overdue events, e-mail copies) has no request's client either. */
const BACKGROUND = ['modules/webhooks/webhook-worker.ts', 'modules/webhooks/overdue-cases.ts', 'modules/notifications/email.ts', 'modules/notifications/overdue.ts'];

const files = sourceFiles(API)
  .map((path) => ({ name: relative(API, path), source: readFileSync(path, 'utf8') }))
  .filter(({ name }) => !ROAD.includes(name));

function offenders(pattern: RegExp, skip: string[] = []): string[] {
  return files
    .filter(({ name }) => !skip.some((prefix) => name.startsWith(prefix)))
    .flatMap(({ name, source }) => source.split('\n').flatMap((line, index) => (pattern.test(line) ? [`${name}:${index + 1}: ${line.trim()}`] : [])));
}

describe('the one road from a request to a client\'s rows', () => {
  it('no raw SQL binds the client by hand: it says $client and runs through TenantScope.sql', () => {
    expect(offenders(/client_id\s*=\s*\$\d/, ['database/migrations/'])).toEqual([]);
  });

  it('raw statements in the modules go through TenantScope.sql, except advisory locks (which read no rows)', () => {
    const raw = offenders(/(manager|dataSource)\s*\.query\(/, [...AGENCY_WIDE, ...BACKGROUND]).filter((line) => !line.includes('pg_advisory_xact_lock'));
    expect(raw).toEqual([]);
  });

  it('nothing passes the request\'s client id around by hand', () => {
    expect(offenders(/context\.client\.id\b/)).toEqual([]);
    // A helper that reads a client's rows takes the TenantScope, not a connection and a client id.
    expect(offenders(/manager: EntityManager, clientId: string/)).toEqual([]);
  });
});

describe('TenantScope.sql', () => {
  const sent: { text: string; parameters: unknown[] }[] = [];
  const manager = { query: async (text: string, parameters: unknown[]) => (sent.push({ text, parameters }), []) };
  const scope = new TenantScope({ id: 'client-a' } as Client, manager as unknown as EntityManager);

  it('binds the request\'s client as $1 wherever the statement says $client', async () => {
    await scope.sql('SELECT 1 FROM reaction WHERE client_id = $client AND platform_id = $2', ['platform-1']);
    expect(sent.pop()).toEqual({ text: 'SELECT 1 FROM reaction WHERE client_id = $1 AND platform_id = $2', parameters: ['client-a', 'platform-1'] });
  });

  it('refuses, before anything is sent, a statement that does not restrict itself to $client or binds $1 itself', () => {
    expect(() => scope.sql('SELECT 1 FROM reaction')).toThrow(/\$client/);
    expect(() => scope.sql('SELECT 1 FROM reaction WHERE client_id = $client AND id = $1', ['x'])).toThrow(/\$2/);
    expect(sent).toEqual([]);
  });
});
