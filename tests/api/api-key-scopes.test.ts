import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { ApiKey } from '../../api/modules/api-keys/api-key.entity';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { operationAccess } from '../../api/common/operation-access';
import { createSchema } from '../../api/schema';
import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { Reaction } from '../../api/modules/cases/reaction.entity';
import { Representative } from '../../api/modules/representatives/representative.entity';
import { makeApiKey, makeClient } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { caseAsked, makeCrmWorld } from '../helpers/crm';

const app = useTestApp();

/** A value of the type that passes GraphQL validation (ids are random: nothing is found). */
function sample(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sample(type.ofType);
  if (isListType(type)) return [sample(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, sample(field.type)]));
  }
  if (isScalarType(type)) {
    const values: Record<string, unknown> = { ID: randomUUID(), String: 'x', Int: 1, Float: 1, Boolean: false, DateTimeISO: new Date().toISOString(), JSON: {}, JSONObject: {} };
    if (!(type.name in values)) throw new Error(`no sample for scalar ${type.name}`);
    return values[type.name];
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** The smallest valid request for a root field: its required arguments as variables, and __typename if it returns an object. */
function requestFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((argument) => isNonNullType(argument.type));
  const declarations = required.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const argumentsText = required.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return {
    query: `${kind}${declarations ? `(${declarations})` : ''} { ${field.name}${argumentsText ? `(${argumentsText})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((argument) => [argument.name, sample(argument.type)])),
  };
}

const scopes = Object.values(ApiKeyScope);
const missingScope = (errors: { extensions: Record<string, unknown> }[] | undefined) => (errors ?? []).some((error) => error.extensions.reason === 'MISSING_SCOPE');

describe('every operation × every API key scope, own and foreign client (generated from the schema)', () => {
  it.each(scopes)('a key with only "%s" is admitted exactly where the operation lists it, and never into another client', async (scope) => {
    const schema = await createSchema();
    const access = operationAccess();
    const [own, foreign] = await Promise.all([makeClient(app.dataSource), makeClient(app.dataSource)]);
    const { apiKey, secret } = await makeApiKey(app.dataSource, own, [scope]);
    // The matrix sends a few hundred requests in a minute.
    await app.dataSource.getRepository(ApiKey).update(apiKey.id, { requestsPerMinute: 100_000 });
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ['query', field] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ['mutation', field] as const),
    ];
    const wrong: string[] = [];
    const check = async ([kind, field]: (typeof operations)[number]) => {
      const { query, variables } = requestFor(kind, field);
      const rule = access.get(field.name);
      if (rule === undefined) return void wrong.push(`${field.name}: no @Authorized metadata found`);
      const guarded = rule !== null && (rule.roles.length > 0 || rule.scopes.length > 0);
      const admitted = !guarded || rule!.scopes.includes(scope);
      const ownResult = await app.gql(query, variables, { apiKey: secret });
      if (admitted === missingScope(ownResult.errors)) wrong.push(`${field.name} in its own client: expected ${admitted ? 'admitted' : 'MISSING_SCOPE'}, got ${JSON.stringify(ownResult.errors?.map((error) => error.extensions))}`);
      if (!guarded) return;
      const foreignResult = await app.gql(query, variables, { apiKey: secret, client: foreign.slug });
      const refused = (foreignResult.errors ?? []).some((error) => error.extensions.code === 'FORBIDDEN');
      if (!refused || foreignResult.data?.[field.name]) wrong.push(`${field.name} naming another client: expected FORBIDDEN, got ${JSON.stringify(foreignResult.errors?.map((error) => error.extensions.code))}`);
    };
    // A few at a time: the operations are independent, and one by one the matrix takes minutes.
    for (let offset = 0; offset < operations.length; offset += 8) await Promise.all(operations.slice(offset, offset + 8).map(check));
    expect(wrong).toEqual([]);
    // Some 400 requests per scope: 30 s was overrun on a machine busy with other builds.
  }, 120_000);

  it('every operation states in its description which API key scope it needs', async () => {
    const schema = await createSchema();
    const fields = [...Object.values(schema.getQueryType()!.getFields()), ...Object.values(schema.getMutationType()!.getFields())];
    expect(fields.filter((field) => !/Access: /.test(field.description ?? '')).map((field) => field.name)).toEqual([]);
    const allCases = schema.getQueryType()!.getFields().allCases;
    expect(allCases.description).toContain('API keys with the scope "cases:read"');
    expect(schema.getMutationType()!.getFields().escalateCase.description).toContain('"cases:write"');
    expect(schema.getQueryType()!.getFields().exportArgumentBase.description).toContain('"base:read"');
  });

  it('the new scopes admit exactly the operations the README lists', () => {
    const admitting = (scope: ApiKeyScope) => [...operationAccess()].filter(([, rule]) => rule?.scopes.includes(scope)).map(([name]) => name).sort();
    expect(admitting(ApiKeyScope.CASES_READ)).toEqual(['Author', 'Case', 'Escalation', '_allAuthorsMeta', '_allCasesMeta', '_allEscalationsMeta', 'allAuthors', 'allCases', 'allEscalations', 'author'].sort());
    expect(admitting(ApiKeyScope.CASES_WRITE)).toEqual(['escalateCase', 'logReaction', 'moveCase', 'recordCaseResult']);
    expect(admitting(ApiKeyScope.BASE_READ)).toEqual(['briefInForce', 'briefMarkdown', 'exportArgumentBase']);
  });

  it('the scopes are exactly the documented names', () => {
    expect(scopes).toEqual(expect.arrayContaining(['cases:read', 'cases:write', 'base:read', 'replies:read', 'mentions:write']));
  });
});

describe('cases:write acts on behalf of a named, active representative', () => {
  const REACT = 'mutation($id: ID!, $input: LogReactionInput!, $onBehalfOf: ID) { logReaction(caseId: $id, input: $input, onBehalfOf: $onBehalfOf) { status version } }';

  it("a tool logs the representative's post from their own account; the audit names the key and them", async () => {
    const world = await makeCrmWorld(app);
    const representative = await app.dataSource.getRepository(Representative).findOneByOrFail({ clientId: world.client.id, userId: world.userIds.representative });
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.CASES_WRITE], 'CRM');
    const caseRow = await caseAsked(app, world, 1);
    const input = { text: 'Здравствуйте! Запишем вас на диагностику завтра.', version: 1 };

    expect(errorOf(await app.gql(REACT, { id: caseRow.id, input }, { apiKey: secret }), 'BAD_USER_INPUT').extensions.reason).toBe('ON_BEHALF_REQUIRED');
    expect(errorOf(await app.gql(REACT, { id: caseRow.id, input, onBehalfOf: randomUUID() }, { apiKey: secret }), 'BAD_USER_INPUT').extensions.reason).toBe('NOT_FOUND');
    expect(errorOf(await app.gql(REACT, { id: caseRow.id, input, onBehalfOf: representative.id }, world.pr), 'BAD_USER_INPUT').extensions.reason).toBe('ON_BEHALF_FOR_KEYS_ONLY');

    const result = await app.gql(REACT, { id: caseRow.id, input, onBehalfOf: representative.id }, { apiKey: secret });
    expect(result.errors).toBeUndefined();
    expect(result.data!.logReaction.status).toBe('ANSWERED');
    expect(await app.dataSource.getRepository(Reaction).findOneByOrFail({ caseId: caseRow.id })).toMatchObject({ userId: world.userIds.representative });
    const audit = await app.dataSource.getRepository(AuditEvent).findOneByOrFail({ entityType: 'Reaction', clientId: world.client.id });
    expect(audit.actorType).toBe('API_KEY');
    expect(audit.actorLabel).toMatch(/^API key "CRM" for /);
  });

  it('an inactive representative cannot be acted for', async () => {
    const world = await makeCrmWorld(app);
    const representative = await app.dataSource.getRepository(Representative).findOneByOrFail({ clientId: world.client.id, userId: world.userIds.representative });
    await app.dataSource.getRepository(Representative).update(representative.id, { isActive: false });
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.CASES_WRITE]);
    const caseRow = await caseAsked(app, world, 1);
    const refusal = errorOf(await app.gql(REACT, { id: caseRow.id, input: { text: 'Ответ', version: 1 }, onBehalfOf: representative.id }, { apiKey: secret }), 'BAD_USER_INPUT');
    expect(refusal.extensions.reason).toBe('REPRESENTATIVE_INACTIVE');
  });

  it('a tool with cases:read reads cases but cannot write them', async () => {
    const world = await makeCrmWorld(app);
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.CASES_READ]);
    const caseRow = await caseAsked(app, world, 1);
    expect((await app.gql('query($id: ID!) { Case(id: $id) { id author { handle } escalations { id } } }', { id: caseRow.id }, { apiKey: secret })).data!.Case.id).toBe(caseRow.id);
    expect(errorOf(await app.gql(REACT, { id: caseRow.id, input: { text: 'Ответ', version: 1 } }, { apiKey: secret }), 'FORBIDDEN').extensions.reason).toBe('MISSING_SCOPE');
  });
});
