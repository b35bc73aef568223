import { createHash } from 'node:crypto';
import { ApiKey } from '../../api/modules/api-keys/api-key.entity';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { Role } from '../../api/modules/users/role';
import { makeApiKey, makeClient, makeUser } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeAdmin, makeClientWorld } from '../helpers/world';

const app = useTestApp();

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix scopes lastUsedAt revokedAt createdBy { email } } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const WHO = `{ me { apiKey { name scopes } currentClient { slug } } }`;

describe('API keys', () => {
  it("a PR specialist creates a key for the client; the secret is shown once and only its hash is stored", async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql(CREATE, { input: { name: 'YouScan', scopes: ['REPLIES_READ', 'MENTIONS_WRITE'] } }, world.pr);
    expect(result.errors).toBeUndefined();
    const { secret, apiKey } = result.data!.createApiKey;
    expect(secret).toMatch(/^rbk_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey).toMatchObject({ name: 'YouScan', scopes: ['REPLIES_READ', 'MENTIONS_WRITE'], lastUsedAt: null, revokedAt: null });

    const [stored] = await app.dataSource.query('SELECT * FROM api_key WHERE id = $1', [apiKey.id]);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(stored.secret_hash).toBe(createHash('sha256').update(secret).digest('hex'));

    const listed = await app.gql('query($id: ID!) { ApiKey(id: $id) { prefix } }', { id: apiKey.id }, world.pr);
    expect(listed.data!.ApiKey).toEqual({ prefix: apiKey.prefix });
  });

  it('a tool calls with the key in the same Authorization header as staff, and works on its own client', async () => {
    const client = await makeClient(app.dataSource);
    const { secret } = await makeApiKey(app.dataSource, client, [ApiKeyScope.REPLIES_READ], 'Brand Analytics');
    const result = await app.gql(WHO, {}, { apiKey: secret });
    expect(result.data!.me).toEqual({ apiKey: { name: 'Brand Analytics', scopes: ['REPLIES_READ'] }, currentClient: { slug: client.slug } });
  });

  it('records when a key was last used', async () => {
    const client = await makeClient(app.dataSource);
    const { apiKey, secret } = await makeApiKey(app.dataSource, client, [ApiKeyScope.REPLIES_READ]);
    await app.gql(WHO, {}, { apiKey: secret });
    // The bookkeeping write happens beside the request; give it a moment.
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const stored = await app.dataSource.getRepository(ApiKey).findOneByOrFail({ id: apiKey.id });
      if (stored.lastUsedAt) {
        expect(Date.now() - stored.lastUsedAt.getTime()).toBeLessThan(60_000);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('lastUsedAt was never recorded');
  });

  it('refuses a key without the scope an operation needs, saying which scope', async () => {
    const world = await makeClientWorld(app.dataSource);
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.MENTIONS_WRITE]);
    const error = errorOf(await app.gql('{ allApiKeys { id } }', {}, { apiKey: secret }), 'FORBIDDEN');
    expect(error.extensions.reason).toBe('MISSING_SCOPE');
  });

  it('a revoked key is refused from then on', async () => {
    const world = await makeClientWorld(app.dataSource);
    const { apiKey, secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.REPLIES_READ]);
    expect((await app.gql(WHO, {}, { apiKey: secret })).errors).toBeUndefined();
    const revoked = await app.gql(REVOKE, { id: apiKey.id }, world.pr);
    expect(revoked.data!.revokeApiKey.revokedAt).toBeTruthy();
    const refused = await app.gql(WHO, {}, { apiKey: secret });
    expect(refused.status).toBe(401);
    expect(errorOf(refused, 'UNAUTHENTICATED').message).toBe('This API key is unknown or has been revoked.');
    expect(errorOf(await app.gql(REVOKE, { id: apiKey.id }, world.pr), 'BAD_USER_INPUT').extensions.reason).toBe('ALREADY_REVOKED');
  });

  it('an unknown key that looks like one is refused', async () => {
    errorOf(await app.gql(WHO, {}, { apiKey: 'rbk_' + 'x'.repeat(43) }), 'UNAUTHENTICATED');
  });

  it('only PR specialists and administrators manage keys', async () => {
    const world = await makeClientWorld(app.dataSource);
    for (const as of [world.representative, world.responsible, world.trainer]) {
      const error = errorOf(await app.gql(CREATE, { input: { name: 'X', scopes: ['REPLIES_READ'] } }, as), 'FORBIDDEN');
      expect(error.message).toContain('PR_SPECIALIST');
      errorOf(await app.gql('{ allApiKeys { id } }', {}, as), 'FORBIDDEN');
    }
    const admin = await makeAdmin(app.dataSource);
    const created = await app.gql(CREATE, { input: { name: 'CRM', scopes: ['MENTIONS_WRITE'] } }, { ...admin, client: world.client.slug });
    expect(created.data!.createApiKey.apiKey.createdBy).toBeTruthy();
  });

  it('a key cannot create keys, even with every scope', async () => {
    const world = await makeClientWorld(app.dataSource);
    expect(errorOf(await app.gql(CREATE, { input: { name: 'X', scopes: ['REPLIES_READ'] } }, world.key), 'FORBIDDEN').message).toBe(
      'API keys cannot use this operation; it is for staff.',
    );
  });

  it('asks for at least one scope, without repeats', async () => {
    const world = await makeClientWorld(app.dataSource);
    const none = errorOf(await app.gql(CREATE, { input: { name: 'X', scopes: [] } }, world.pr), 'BAD_USER_INPUT');
    expect(none.extensions.fields).toEqual([{ field: 'scopes', message: 'scopes must name at least one scope' }]);
    const unknown = errorOf(await app.gql(CREATE, { input: { name: 'X', scopes: ['EVERYTHING'] } }, world.pr), 'BAD_USER_INPUT');
    expect(unknown.message).toMatch(/EVERYTHING/);
  });

  it('staff with several clients must say which one, in X-Client', async () => {
    const first = await makeClient(app.dataSource);
    const second = await makeClient(app.dataSource);
    const { token } = await makeUser(app.dataSource, { roles: [[first, Role.PR_SPECIALIST], [second, Role.PR_SPECIALIST]] });
    const error = errorOf(await app.gql('{ allApiKeys { id } }', {}, { token }), 'BAD_USER_INPUT');
    expect(error).toMatchObject({ message: 'Choose a client: send its slug in the X-Client header.', extensions: { reason: 'CLIENT_NOT_CHOSEN' } });
  });
});

describe('API key quotas', () => {
  const NAME = '{ me { apiKey { name } } }';
  const UPDATE = `mutation($id: ID!, $input: UpdateApiKeyInput!) { updateApiKey(id: $id, input: $input) { requestsPerMinute version } }`;
  const currentMinute = async () => (await app.dataSource.query(`SELECT date_trunc('minute', now())::text AS minute`))[0].minute as string;

  /** Sends `count` requests at once, again if a minute began meanwhile (the quota counts per minute). */
  async function burst(count: number, secret: string) {
    for (;;) {
      const minute = await currentMinute();
      const results = await Promise.all(Array.from({ length: count }, () => app.gql(NAME, {}, { apiKey: secret })));
      if ((await currentMinute()) === minute) return results;
      await app.dataSource.query('DELETE FROM api_key_usage WHERE api_key_id = (SELECT id FROM api_key WHERE secret_hash = $1)', [
        createHash('sha256').update(secret).digest('hex'),
      ]);
    }
  }

  it('gives a new key 300 requests per minute unless told otherwise', async () => {
    const world = await makeClientWorld(app.dataSource);
    const made = await app.gql(CREATE.replace('lastUsedAt', 'lastUsedAt requestsPerMinute'), { input: { name: 'YouScan', scopes: ['REPLIES_READ'] } }, world.pr);
    expect(made.data!.createApiKey.apiKey.requestsPerMinute).toBe(300);
  });

  it('answers the request past the quota with 429, Retry-After and RATE_LIMITED', async () => {
    const client = await makeClient(app.dataSource);
    const { secret } = await makeApiKey(app.dataSource, client, [ApiKeyScope.REPLIES_READ]);
    const results = await burst(301, secret);
    expect(results.filter((result) => result.status === 200)).toHaveLength(300);
    const refused = results.filter((result) => result.status === 429);
    expect(refused).toHaveLength(1);
    const error = errorOf(refused[0], 'RATE_LIMITED');
    expect(error.extensions).toMatchObject({ reason: 'TOO_MANY_REQUESTS', requestsPerMinute: 300 });
    expect(error.message).toMatch(/^This API key may send 300 requests per minute\. Try again in \d+ seconds?\.$/);
    const retryAfter = Number(refused[0].headers['retry-after']);
    expect(retryAfter).toBe(error.extensions.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // 301 requests: well under a second on a quiet machine, past the default 30 s once at load 8.
  }, 90_000);

  it('counts the request in the statement that authenticates it', async () => {
    const client = await makeClient(app.dataSource);
    const { secret } = await makeApiKey(app.dataSource, client, [ApiKeyScope.REPLIES_READ]);
    const result = await app.gql(NAME, {}, { apiKey: secret });
    expect(result.statements).toBe(1);
  });

  it('a PR specialist sets a key\'s quota when creating it and changes it later, taking effect at once', async () => {
    const world = await makeClientWorld(app.dataSource);
    const made = await app.gql(CREATE, { input: { name: 'Helper', scopes: ['REPLIES_READ'], requestsPerMinute: 2 } }, world.pr);
    const { secret, apiKey } = made.data!.createApiKey;
    const used = await burst(3, secret);
    expect(used.map((result) => result.status).sort()).toEqual([200, 200, 429]);

    const stored = await app.dataSource.getRepository(ApiKey).findOneByOrFail({ id: apiKey.id });
    const updated = await app.gql(UPDATE, { id: apiKey.id, input: { requestsPerMinute: 1000, version: stored.version } }, world.pr);
    expect(updated.data!.updateApiKey.requestsPerMinute).toBe(1000);
    expect((await app.gql(NAME, {}, { apiKey: secret })).status).toBe(200);
  });

  it('says what is wrong with a quota out of range', async () => {
    const world = await makeClientWorld(app.dataSource);
    const error = errorOf(await app.gql(CREATE, { input: { name: 'X', scopes: ['REPLIES_READ'], requestsPerMinute: 0 } }, world.pr), 'BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([{ field: 'requestsPerMinute', message: 'requestsPerMinute must be a whole number from 1 to 100000' }]);
  });
});
