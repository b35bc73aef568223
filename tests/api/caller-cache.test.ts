import http from 'node:http';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { Membership } from '../../api/modules/users/membership.entity';
import { Role } from '../../api/modules/users/role';
import { makeApiKey, makeClient, makeSituation, makeUser } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { startServerProcess, type ServerProcess } from '../helpers/server-process';

type Answer = { statements: number; codes: string[]; data: Record<string, unknown> | null };

/** A GraphQL call to one of the API processes, with the statements it cost (x-sql-statements). */
function call(server: ServerProcess, query: string, caller: { token: string; client?: string }, variables: Record<string, unknown> = {}): Promise<Answer> {
  const payload = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), authorization: `Bearer ${caller.token}`, ...(caller.client ? { 'x-client': caller.client } : {}) },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => {
          const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
          resolve({ statements: Number(response.headers['x-sql-statements']), codes: (body.errors ?? []).map((error) => error.extensions?.code ?? ''), data: body.data ?? null });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const READ = '{ allSituations { id } }';

describe('a remembered caller, with two API processes on one database', () => {
  // A database of its own: any change to users, memberships or clients announces itself to every API
  // process on the database, so other test files signing people up would empty the cache mid-test.
  const app = useTestApp({ ownDatabase: true });
  let first: ServerProcess;
  let second: ServerProcess;

  beforeAll(async () => {
    // Both as `npm start` runs them (callers remembered for 5 s), on this file's database.
    const { url } = app.dataSource.options as { url: string };
    const environment = { ...process.env, DATABASE_URL: url, REPBASE_STATEMENT_COUNT_HEADER: '1', CALLER_CACHE_SECONDS: '5' };
    [first, second] = await Promise.all([startServerProcess(environment), startServerProcess(environment)]);
  }, 120_000);

  afterAll(async () => {
    for (const server of [first, second]) {
      server?.child.kill('SIGTERM');
      await server?.exited;
    }
  });

  async function world() {
    const client = await makeClient(app.dataSource);
    await makeSituation(app.dataSource, client);
    const admin = await makeUser(app.dataSource, { isAdmin: true });
    const specialist = await makeUser(app.dataSource, { roles: [[client, Role.PR_SPECIALIST]] });
    return { client, admin, specialist };
  }

  it('a second request of the same staff member costs no lookup statement', async () => {
    const { client, admin, specialist } = await world();
    await call(second, READ, { token: admin.token, client: client.slug }); // the process's first token loads the signing key
    const caller = { token: specialist.token, client: client.slug };
    const looked = await call(second, READ, caller);
    const remembered = await call(second, READ, caller);
    expect(looked.codes).toEqual([]);
    expect(remembered.data).toEqual(looked.data);
    expect(remembered.statements).toBe(looked.statements - 1);
  });

  it('a user deactivated through one process is refused by the other on the very next request', async () => {
    const { client, admin, specialist } = await world();
    const caller = { token: specialist.token, client: client.slug };
    await call(second, READ, caller);
    expect((await call(second, READ, caller)).codes).toEqual([]);

    const deactivated = await call(first, 'mutation($id: ID!) { deleteUser(id: $id) { isActive } }', { token: admin.token }, { id: specialist.user.id });
    expect(deactivated.data).toEqual({ deleteUser: { isActive: false } });
    expect((await call(second, READ, caller)).codes).toEqual(['UNAUTHENTICATED']);
    expect((await call(first, READ, caller)).codes).toEqual(['UNAUTHENTICATED']);
  });

  it('a membership removed through one process is gone for the other on the very next request', async () => {
    const { client, admin, specialist } = await world();
    const caller = { token: specialist.token, client: client.slug };
    await call(second, READ, caller);
    expect((await call(second, READ, caller)).codes).toEqual([]);

    const membership = await app.dataSource.getRepository(Membership).findOneByOrFail({ userId: specialist.user.id });
    const revoked = await call(first, 'mutation($id: ID!) { revokeRole(id: $id) { id } }', { token: admin.token }, { id: membership.id });
    expect(revoked.codes).toEqual([]);
    expect((await call(second, READ, caller)).codes).toEqual(['FORBIDDEN']);
  });

  it('an API key revoked through one process is refused by the other on the very next request', async () => {
    const { client, specialist } = await world();
    const { apiKey, secret } = await makeApiKey(app.dataSource, client, [ApiKeyScope.REPLIES_READ]);
    expect((await call(second, READ, { token: secret })).codes).toEqual([]);

    const revoked = await call(first, 'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }', { token: specialist.token, client: client.slug }, { id: apiKey.id });
    expect(revoked.codes).toEqual([]);
    expect((await call(second, READ, { token: secret })).codes).toEqual(['UNAUTHENTICATED']);
  });

  it('a change written straight to the database (a tool, psql) is seen too', async () => {
    const { client, specialist } = await world();
    const caller = { token: specialist.token, client: client.slug };
    await call(second, READ, caller);
    expect((await call(second, READ, caller)).codes).toEqual([]);
    await app.dataSource.query('UPDATE "user" SET is_active = false WHERE id = $1', [specialist.user.id]);
    expect((await call(second, READ, caller)).codes).toEqual(['UNAUTHENTICATED']);
  });
});
