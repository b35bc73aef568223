import request from 'supertest';
import { useTestApp } from '../helpers/app';
import { makeAdmin, makeClientWorld } from '../helpers/world';

const app = useTestApp();

describe('errors', () => {
  it('a malformed query is refused with its own code and no stack trace', async () => {
    const admin = await makeAdmin(app.dataSource);
    const result = await app.gql('{ allClients { id ', {}, admin);
    expect(result.errors![0]).toMatchObject({ message: expect.stringMatching(/^Syntax Error/), extensions: { code: expect.stringMatching(/^GRAPHQL_(PARSE|VALIDATION)_FAILED$/) } });
    expect(result.errors![0].extensions).not.toHaveProperty('stacktrace');
  });

  it('an unknown field is a validation error without suggestions that reveal the schema', async () => {
    const admin = await makeAdmin(app.dataSource);
    const result = await app.gql('{ allClient { id } }', {}, admin);
    expect(result.errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('an id of the wrong shape is NOT_FOUND, not a database error', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql('{ ApiKey(id: "1 OR 1=1") { id } }', {}, world.pr);
    expect(result.errors!.map((error) => [error.extensions.code, error.message])).toEqual([['NOT_FOUND', 'ApiKey 1 OR 1=1 was not found.']]);
  });

  it('an out-of-range page size names the field', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql('{ allApiKeys(perPage: 10000) { id } }', {}, world.pr);
    expect(result.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'perPage', message: 'perPage can be at most 500' }] } });
  });
});

describe('limits', () => {
  it('refuses a query nested too deep', async () => {
    const admin = await makeAdmin(app.dataSource);
    const deep = '{ me { user { memberships { user { memberships { user { memberships { user { memberships { id } } } } } } } } } }';
    const result = await app.gql(deep, {}, admin);
    expect(result.errors![0].message).toMatch(/depth/i);
    expect(result.data).toBeUndefined();
  });

  it('refuses a query with too many aliases', async () => {
    const admin = await makeAdmin(app.dataSource);
    const aliases = Array.from({ length: 20 }, (_, index) => `a${index}: me { user { id } }`).join(' ');
    const result = await app.gql(`{ ${aliases} }`, {}, admin);
    expect(result.errors![0].message).toMatch(/aliases/i);
  });

  it('refuses batched requests', async () => {
    const response = await request(app.server()).post('/graphql').set('content-type', 'application/json').send([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
  });

  it('refuses a body over the size limit with 413 and a message', async () => {
    const response = await request(app.server())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(5 * 1024 * 1024) } }));
    expect(response.status).toBe(413);
    expect(response.body.errors[0]).toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE' }, message: expect.stringMatching(/larger than 4mb/) });
  });

  it('refuses a body that is not JSON', async () => {
    const response = await request(app.server()).post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].message).toBe('The request body is not valid JSON.');
  });
});
