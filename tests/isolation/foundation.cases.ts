import { IsNull } from 'typeorm';
import { ApiKey } from '../../api/modules/api-keys/api-key.entity';
import { Client } from '../../api/modules/clients/client.entity';
import { Membership } from '../../api/modules/users/membership.entity';
import { Role } from '../../api/modules/users/role';
import { User } from '../../api/modules/users/user.entity';
import { makeApiKey } from '../../seeds/factories';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { defineCases } from './harness';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

export const foundationCases = defineCases([
  {
    operation: 'me',
    title: "an API key's me lists only its own client",
    as: 'key',
    arrange: async (b) => ({ slug: b.client.slug }),
    query: '{ me { clients { client { slug } } currentClient { slug } } }',
    expect: {
      answer: (data, arranged) => {
        expect(data.me.clients.map((entry: { client: { slug: string } }) => entry.client.slug)).not.toContain(arranged.slug);
        expect(data.me.currentClient.slug).not.toBe(arranged.slug);
      },
    },
  },
  {
    operation: 'allClients',
    title: 'the client list leaves out clients the caller does not work for',
    as: 'pr',
    arrange: async (b) => ({ id: b.client.id }),
    query: '{ allClients(perPage: 500) { id } _allClientsMeta { count } }',
    expect: { answer: (data, arranged) => expect(ids(data.allClients)).not.toContain(arranged.id) },
  },
  {
    operation: '_allClientsMeta',
    title: "the client count ignores a filter naming another client's id",
    as: 'pr',
    arrange: async (b) => ({ id: b.client.id }),
    query: 'query($id: ID!) { _allClientsMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allClientsMeta.count).toBe(0) },
  },
  {
    operation: 'Client',
    title: 'reading another client by id is NOT_FOUND',
    as: 'key',
    arrange: async (b) => ({ id: b.client.id }),
    query: 'query($id: ID!) { Client(id: $id) { id name } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createClient',
    title: "a client's PR specialist cannot create clients",
    as: 'pr',
    arrange: async () => ({}),
    query: 'mutation { createClient(input: { name: "Чужой", slug: "foreign-attempt", brandName: "Чужой" }) { id } }',
    expect: { error: 'FORBIDDEN' },
  },
  {
    operation: 'updateClient',
    title: "a client's PR specialist cannot rename another client",
    as: 'pr',
    arrange: async (b) => ({ id: b.client.id, version: b.client.version, name: b.client.name }),
    query: 'mutation($id: ID!, $version: Int!) { updateClient(id: $id, input: { name: "Захвачен", version: $version }) { id } }',
    variables: ({ id, version }) => ({ id, version }),
    expect: { error: 'FORBIDDEN' },
    unchanged: async ({ id, name }, dataSource) => {
      expect((await dataSource.getRepository(Client).findOneByOrFail({ id })).name).toBe(name);
    },
  },
  ...(['allUsers', '_allUsersMeta', 'User'] as const).map((operation) => ({
    operation,
    title: 'user accounts are for agency administrators only',
    as: 'pr' as const,
    arrange: async (b: { userIds: { pr: string } }) => ({ id: b.userIds.pr }),
    query:
      operation === 'User'
        ? 'query($id: ID!) { User(id: $id) { email } }'
        : operation === 'allUsers'
          ? '{ allUsers { email } }'
          : '{ _allUsersMeta { count } }',
    variables: ({ id }: { id: string }) => (operation === 'User' ? { id } : {}),
    expect: { error: 'FORBIDDEN' as const },
  })),
  {
    operation: 'createUser',
    title: "a client's PR specialist cannot create accounts",
    as: 'pr',
    arrange: async () => ({}),
    query: 'mutation { createUser(input: { email: "intruder@example.test", name: "Чужой", password: "long-enough" }) { id } }',
    expect: { error: 'FORBIDDEN' },
  },
  {
    operation: 'updateUser',
    title: "a client's PR specialist cannot change another client's staff",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const user = await dataSource.getRepository(User).findOneByOrFail({ id: b.userIds.representative });
      return { id: user.id, version: user.version };
    },
    query: 'mutation($id: ID!, $version: Int!) { updateUser(id: $id, input: { isActive: false, version: $version }) { id } }',
    variables: ({ id, version }) => ({ id, version }),
    expect: { error: 'FORBIDDEN' },
    unchanged: async ({ id }, dataSource) => {
      expect((await dataSource.getRepository(User).findOneByOrFail({ id })).isActive).toBe(true);
    },
  },
  {
    operation: 'grantRole',
    title: "a client's PR specialist cannot give themselves a role in another client",
    as: 'pr',
    arrange: async (b, _dataSource, a) => ({ clientId: b.client.id, userId: a.userIds.pr }),
    query: 'mutation($userId: ID!, $clientId: ID!) { grantRole(input: { userId: $userId, clientId: $clientId, role: PR_SPECIALIST }) { id } }',
    variables: (arranged) => arranged,
    expect: { error: 'FORBIDDEN' },
    unchanged: async ({ clientId, userId }, dataSource) => {
      expect(await dataSource.getRepository(Membership).existsBy({ clientId, userId })).toBe(false);
    },
  },
  {
    operation: 'revokeRole',
    title: "a client's PR specialist cannot take roles away in another client",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const membership = await dataSource.getRepository(Membership).findOneByOrFail({ clientId: b.client.id, role: Role.PR_SPECIALIST });
      return { id: membership.id };
    },
    query: 'mutation($id: ID!) { revokeRole(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'FORBIDDEN' },
    unchanged: async ({ id }, dataSource) => {
      expect(await dataSource.getRepository(Membership).existsBy({ id })).toBe(true);
    },
  },
  {
    operation: 'allApiKeys',
    title: "the key list holds only the caller's client's keys",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeApiKey(dataSource, b.client, [ApiKeyScope.REPLIES_READ])).apiKey.id }),
    query: 'query($id: ID!) { allApiKeys(perPage: 500) { id } filtered: allApiKeys(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: {
      answer: (data, { id }) => {
        expect(ids(data.allApiKeys)).not.toContain(id);
        expect(data.filtered).toEqual([]);
      },
    },
  },
  {
    operation: '_allApiKeysMeta',
    title: "counting keys by another client's key id finds none",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeApiKey(dataSource, b.client, [ApiKeyScope.REPLIES_READ])).apiKey.id }),
    query: 'query($id: ID!) { _allApiKeysMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allApiKeysMeta.count).toBe(0) },
  },
  {
    operation: 'ApiKey',
    title: "reading another client's key is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeApiKey(dataSource, b.client, [ApiKeyScope.REPLIES_READ])).apiKey.id }),
    query: 'query($id: ID!) { ApiKey(id: $id) { id name } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createApiKey',
    title: 'a new key always belongs to the caller\'s client',
    as: 'pr',
    arrange: async (b) => ({ clientId: b.client.id }),
    query: 'mutation { createApiKey(input: { name: "Мой мониторинг", scopes: [REPLIES_READ] }) { apiKey { id } } }',
    expect: { answer: (data) => expect(data.createApiKey.apiKey.id).toBeTruthy() },
    unchanged: async ({ clientId }, dataSource) => {
      expect(await dataSource.getRepository(ApiKey).countBy({ clientId, name: 'Мой мониторинг' })).toBe(0);
    },
  },
  {
    operation: 'updateApiKey',
    title: "changing another client's key is NOT_FOUND and leaves its quota as it was",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const { apiKey } = await makeApiKey(dataSource, b.client, [ApiKeyScope.REPLIES_READ]);
      return { id: apiKey.id, version: apiKey.version, requestsPerMinute: apiKey.requestsPerMinute };
    },
    query: 'mutation($id: ID!, $version: Int!) { updateApiKey(id: $id, input: { requestsPerMinute: 100000, version: $version }) { id } }',
    variables: ({ id, version }) => ({ id, version }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id, requestsPerMinute }, dataSource) => {
      expect((await dataSource.getRepository(ApiKey).findOneByOrFail({ id })).requestsPerMinute).toBe(requestsPerMinute);
    },
  },
  {
    operation: 'revokeApiKey',
    title: "revoking another client's key is NOT_FOUND and leaves it working",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeApiKey(dataSource, b.client, [ApiKeyScope.REPLIES_READ])).apiKey.id }),
    query: 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => {
      expect(await dataSource.getRepository(ApiKey).existsBy({ id, revokedAt: IsNull() })).toBe(true);
    },
  },
  {
    operation: 'allAuditEvents',
    title: "the audit log holds only the caller's client's events",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const { apiKey } = await makeApiKey(dataSource, b.client, [ApiKeyScope.REPLIES_READ]);
      await dataSource.query(
        `INSERT INTO audit_event (client_id, actor_type, actor_label, entity_type, entity_id, action) VALUES ($1, 'SYSTEM', 'system', 'ApiKey', $2, 'CREATE')`,
        [b.client.id, apiKey.id],
      );
      return { entityId: apiKey.id };
    },
    query: 'query($entityId: String!) { allAuditEvents(perPage: 500) { entityId } filtered: allAuditEvents(filter: { entityId: $entityId }) { id } }',
    variables: ({ entityId }) => ({ entityId }),
    expect: {
      answer: (data, { entityId }) => {
        expect(data.allAuditEvents.map((event: { entityId: string }) => event.entityId)).not.toContain(entityId);
        expect(data.filtered).toEqual([]);
      },
    },
  },
  {
    operation: '_allAuditEventsMeta',
    title: "another client's events are not counted",
    as: 'pr',
    arrange: async (b, dataSource) => {
      await dataSource.query(
        `INSERT INTO audit_event (client_id, actor_type, actor_label, entity_type, entity_id, action) VALUES ($1, 'SYSTEM', 'system', 'Client', $2, 'MARK')`,
        [b.client.id, b.client.id],
      );
      return { entityId: b.client.id };
    },
    query: 'query($entityId: String!) { _allAuditEventsMeta(filter: { entityId: $entityId }) { count } }',
    variables: ({ entityId }) => ({ entityId }),
    expect: { answer: (data) => expect(data._allAuditEventsMeta.count).toBe(0) },
  },
  {
    operation: 'AuditEvent',
    title: "reading another client's audit event is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const [row] = await dataSource.query(
        `INSERT INTO audit_event (client_id, actor_type, actor_label, entity_type, entity_id, action) VALUES ($1, 'SYSTEM', 'system', 'Client', $2, 'MARK') RETURNING id`,
        [b.client.id, b.client.id],
      );
      return { id: row.id };
    },
    query: 'query($id: ID!) { AuditEvent(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
]);
