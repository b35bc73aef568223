import request from 'supertest';
import { config, loadConfig, type IntrospectionAccess } from '../../api/config';
import { createServer, type RepbaseServer } from '../../api/server';
import { useTestApp } from '../helpers/app';
import { caseAsked, makeCrmWorld } from '../helpers/crm';
import { makeAdmin, makeClientWorld } from '../helpers/world';

const app = useTestApp();

const post = (body: unknown, headers: Record<string, string> = {}) => {
  const call = request(app.server()).post('/graphql').set('content-type', 'application/json');
  for (const [name, value] of Object.entries(headers)) call.set(name, value);
  return call.send(typeof body === 'string' ? body : JSON.stringify(body));
};

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('a broken request is a 400 with its own code', () => {
  it('a syntax error answers 400 GRAPHQL_PARSE_FAILED', async () => {
    const admin = await makeAdmin(app.dataSource);
    const response = await post({ query: '{ me { user { id }' }, bearer(admin.token!));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('an unknown operationName answers 400 naming the operation', async () => {
    const admin = await makeAdmin(app.dataSource);
    const response = await post({ query: 'query Mine { me { user { id } } }', operationName: 'Theirs' }, bearer(admin.token!));
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ message: expect.stringContaining('Theirs'), extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } });
  });

  it('a subscription answers 400: the API has none', async () => {
    const admin = await makeAdmin(app.dataSource);
    const response = await post({ query: 'subscription { me { user { id } } }' }, bearer(admin.token!));
    expect(response.status).toBe(400);
    expect(response.body.errors[0]).toMatchObject({ message: expect.stringMatching(/no subscriptions/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  it('sixty wrong values in one variable: every error, the "too many errors" one too, carries a code', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql('query($filter: SituationFilter) { allSituations(filter: $filter) { id } }', { filter: { ids: Array.from({ length: 60 }, () => ({})) } }, world.pr);
    expect(result.status).toBe(400);
    expect(result.errors!.length).toBeGreaterThan(50);
    expect(new Set(result.errors!.map((error) => error.extensions?.code))).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('a document over the token limit answers 400', async () => {
    const admin = await makeAdmin(app.dataSource);
    const fields = "a ".repeat(3100);
    const response = await post({ query: `{ ${fields} }` }, bearer(admin.token!));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toMatch(/token/i);
    expect(response.body.errors[0].extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('hostile strings and numbers are BAD_USER_INPUT naming the field', () => {
  it('a NUL character in a filter, written in the document', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql('{ allSituations(filter: { q: "tyres\\u0000" }) { id } }', {}, world.pr);
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions.fields).toEqual([{ field: 'allSituations.filter.q', message: expect.stringMatching(/NUL/) }]);
  });

  it('a NUL character in a variable', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql('query($filter: SituationFilter) { allSituations(filter: $filter) { id } }', { filter: { q: 'a\u0000b' } }, world.pr);
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions.fields).toEqual([{ field: '$filter.q', message: expect.stringMatching(/NUL/) }]);
  });

  it('a NUL character in the sign-in form', async () => {
    const result = await app.gql('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', {
      email: 'someone\u0000@example.com',
      password: 'whatever',
    });
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('a lone UTF-16 surrogate, which is no character, is refused before it reaches a JSON column', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql('mutation($input: CreateSituationInput!) { createSituation(input: $input) { id } }', {
      input: { key: 'lone-surrogate', title: 'Broken \ud800 title', category: 'SUPPORT' },
    }, world.pr);
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions.fields).toEqual([{ field: '$input.title', message: expect.stringMatching(/surrogate/) }]);
  });

  it('a 100,000-character password never reaches the password hasher', async () => {
    const result = await app.gql('mutation($password: String!) { login(email: "nobody@example.com", password: $password) { token } }', { password: 'x'.repeat(100_000) });
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions.fields).toEqual([{ field: '$password', message: expect.stringMatching(/at most/) }]);
  });

  it.each([0, -1, 11])("Case.suggestion(limit: %i) is refused: the schema says 1..10", async (limit) => {
    const world = await makeCrmWorld(app);
    const caseRow = await caseAsked(app, world, 1);
    const result = await app.gql(`query($id: ID!) { Case(id: $id) { suggestion(limit: ${limit}) { matches { score } } } }`, { id: caseRow.id }, world.pr);
    expect(result.errors?.map((error) => error.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions.fields).toEqual([{ field: 'limit', message: 'limit must be between 1 and 10' }]);
  });
});

describe('an explicit null argument reads as a left-out one', () => {
  it('allApiKeys(filter: null) and _allApiKeysMeta(filter: null) list as without a filter', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql('query($filter: ApiKeyFilter) { allApiKeys(filter: $filter, perPage: null) { id } _allApiKeysMeta(filter: null) { count } }', { filter: null }, world.pr);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ allApiKeys: [expect.objectContaining({ id: expect.any(String) })], _allApiKeysMeta: { count: 1 } });
  });
});

describe('limits that introspection and repetition cannot walk around', () => {
  const ofTypes = (levels: number) => Array.from({ length: levels }, () => 'ofType {').join(' ') + ' name' + ' }'.repeat(levels);

  it('30 nested ofType are refused for their depth', async () => {
    const admin = await makeAdmin(app.dataSource);
    const result = await app.gql(`{ __schema { queryType { fields { type { ${ofTypes(30)} } } } } }`, {}, admin);
    expect(result.errors?.map((error) => error.message)).toContainEqual(expect.stringMatching(/depth/i));
    expect(result.data).toBeUndefined();
  });

  it('30 nested ofType are refused through fragments as well', async () => {
    const admin = await makeAdmin(app.dataSource);
    const query = `{ __schema { types { ...Deep } } } fragment Deep on __Type { fields { type { ${ofTypes(30)} } } }`;
    const result = await app.gql(query, {}, admin);
    expect(result.errors?.map((error) => error.message)).toContainEqual(expect.stringMatching(/depth/i));
  });

  it('fifteen aliased schema dumps are refused for their cost', async () => {
    const admin = await makeAdmin(app.dataSource);
    const dump = '__schema { types { name fields { name args { name type { name } } type { name ofType { name } } } } }';
    const query = `{ ${Array.from({ length: 15 }, (_, index) => `s${index}: ${dump}`).join(' ')} }`;
    const result = await app.gql(query, {}, admin);
    expect(result.errors?.[0].message).toMatch(/cost/i);
  });

  it("the standard introspection query of GraphQL's own tools is allowed to a signed-in caller", async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const admin = await makeAdmin(app.dataSource);
    const result = await app.gql(getIntrospectionQuery(), {}, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.__schema.queryType.name).toBe('Query');
  });

  it('one field repeated 500 times in a selection is refused', async () => {
    const admin = await makeAdmin(app.dataSource);
    const result = await app.gql(`{ me { user { ${Array.from({ length: 500 }, () => 'id').join(' ')} } } }`, {}, admin);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(/"id" .*repeated/), extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});

describe('introspection in production is for signed-in callers (GRAPHQL_INTROSPECTION)', () => {
  const servers: RepbaseServer[] = [];
  const serverWith = async (introspection: IntrospectionAccess) => {
    const server = await createServer({ dataSource: app.dataSource, config: { ...config, environment: 'production', introspection } });
    await server.listen(0);
    servers.push(server);
    return server;
  };
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });
  const introspect = (server: RepbaseServer, headers: Record<string, string> = {}) => {
    const call = request(server.httpServer).post('/graphql').set('content-type', 'application/json');
    for (const [name, value] of Object.entries(headers)) call.set(name, value);
    return call.send({ query: '{ __schema { queryType { name } } }' });
  };

  it('production refuses it without credentials, with 401 and a reason', async () => {
    expect(loadConfigFor({ NODE_ENV: 'production' }).introspection).toBe('signed-in');
    const server = await serverWith('signed-in');
    const response = await introspect(server);
    expect(response.status).toBe(401);
    expect(response.body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INTROSPECTION_NOT_ALLOWED' });
    expect(response.body.data).toBeUndefined();
  });

  it('__type counts as introspection too, while __typename stays free', async () => {
    const server = await serverWith('signed-in');
    const typeRead = await request(server.httpServer).post('/graphql').send({ query: '{ __type(name: "Query") { name } }' });
    expect(typeRead.status).toBe(401);
    const typename = await request(server.httpServer).post('/graphql').send({ query: '{ __typename }' });
    expect(typename.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('a signed-in caller reads the schema', async () => {
    const server = await serverWith('signed-in');
    const admin = await makeAdmin(app.dataSource);
    const response = await introspect(server, bearer(admin.token!));
    expect(response.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('"off" refuses everyone, "public" no one', async () => {
    const admin = await makeAdmin(app.dataSource);
    const off = await introspect(await serverWith('off'), bearer(admin.token!));
    expect(off.status).toBe(403);
    expect(off.body.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'INTROSPECTION_NOT_ALLOWED' });
    const open = await introspect(await serverWith('public'));
    expect(open.body.data.__schema.queryType.name).toBe('Query');
  });
});

function loadConfigFor(environment: Record<string, string>) {
  const saved = { ...process.env };
  Object.assign(process.env, environment);
  try {
    return loadConfig();
  } finally {
    process.env = saved;
  }
}
