import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

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
    const raw = offenders(/(manager|dataSource)\s*\.query\(/, AGENCY_WIDE).filter((line) => !line.includes('pg_advisory_xact_lock'));
    expect(raw).toEqual([]);
  });

  it('nothing passes the request\'s client id around by hand', () => {
    expect(offenders(/context\.client\.id\b/)).toEqual([]);
  });
});
