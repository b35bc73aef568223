import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { User } from '../../api/modules/users/user.entity';
import { makeClient } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeAdmin, makeClientWorld } from '../helpers/world';

const app = useTestApp();

const LIST = `query($filter: AuditEventFilter) {
  allAuditEvents(filter: $filter) { action entityType entityId actorType actorLabel before after }
  _allAuditEventsMeta(filter: $filter) { count }
}`;

describe('the audit log', () => {
  it('records who changed what, with the row before and after, in the same client', async () => {
    const world = await makeClientWorld(app.dataSource);
    const created = await app.gql(`mutation { createApiKey(input: { name: "Мониторинг", scopes: [REPLIES_READ] }) { apiKey { id } } }`, {}, world.pr);
    const id = created.data!.createApiKey.apiKey.id;
    await app.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id }, world.pr);

    const log = await app.gql(LIST, { filter: { entityType: 'ApiKey', entityId: id } }, world.pr);
    const [revoke, create] = log.data!.allAuditEvents;
    expect(log.data!._allAuditEventsMeta.count).toBe(2);
    expect(create).toMatchObject({ action: 'CREATE', actorType: 'USER', before: null, after: expect.objectContaining({ name: 'Мониторинг', revokedAt: null }) });
    expect(revoke).toMatchObject({
      action: 'REVOKE',
      before: expect.objectContaining({ revokedAt: null, version: 1 }),
      after: expect.objectContaining({ revokedAt: expect.any(String), version: 2 }),
    });
    expect(create.after).not.toHaveProperty('secretHash');
  });

  it("names who acted for people to read: the user's current name, nobody when the system acted", async () => {
    const world = await makeClientWorld(app.dataSource);
    const pr = await app.dataSource.getRepository(User).findOneByOrFail({ id: world.userIds.pr });
    const created = await app.gql(`mutation { createApiKey(input: { name: "Мониторинг форумов", scopes: [REPLIES_READ] }) { apiKey { id } } }`, {}, world.pr);
    const id = created.data!.createApiKey.apiKey.id;
    await app.dataSource.getRepository(AuditEvent).insert({
      clientId: world.client.id, actorType: 'SYSTEM' as never, actorLabel: 'system', entityType: 'ApiKey', entityId: id, action: 'IMPORT',
    });
    const log = await app.gql(`query($filter: AuditEventFilter) { allAuditEvents(filter: $filter) { action actorName } }`, { filter: { entityId: id } }, world.pr);
    expect(log.data!.allAuditEvents).toEqual(expect.arrayContaining([{ action: 'CREATE', actorName: pr.name }, { action: 'IMPORT', actorName: null }]));
    const byName = await app.gql(LIST, { filter: { entityId: id, actor: pr.name.slice(0, 6) } }, world.pr);
    expect(byName.data!.allAuditEvents.map((event: { action: string }) => event.action)).toEqual(['CREATE']);
  });

  it('never stores password hashes', async () => {
    const admin = await makeAdmin(app.dataSource);
    const created = await app.gql(`mutation { createUser(input: { email: "audit-${Date.now()}@example.test", name: "Н", password: "long-enough" }) { id } }`, {}, admin);
    const event = await app.dataSource.getRepository(AuditEvent).findOneByOrFail({ entityId: created.data!.createUser.id });
    expect(event.clientId).toBeNull();
    expect(event.after).not.toHaveProperty('passwordHash');
    expect(JSON.stringify(event.after)).not.toMatch(/argon2/);
  });

  it('filters by action, actor and time', async () => {
    const world = await makeClientWorld(app.dataSource);
    const before = new Date().toISOString();
    await app.gql(`mutation { createApiKey(input: { name: "A", scopes: [REPLIES_READ] }) { apiKey { id } } }`, {}, world.pr);
    const byAction = await app.gql(LIST, { filter: { action: 'CREATE', from: before } }, world.pr);
    expect(byAction.data!._allAuditEventsMeta.count).toBe(1);
    const byNobody = await app.gql(LIST, { filter: { actor: 'nobody-at-all' } }, world.pr);
    expect(byNobody.data!._allAuditEventsMeta.count).toBe(0);
  });

  it('is for PR specialists and administrators; agency-wide events for administrators only', async () => {
    const world = await makeClientWorld(app.dataSource);
    for (const as of [world.representative, world.responsible, world.trainer, world.key]) {
      errorOf(await app.gql(LIST, {}, as), 'FORBIDDEN');
    }
    errorOf(await app.gql(LIST, { filter: { agencyWide: true } }, world.pr), 'FORBIDDEN');
    const admin = await makeAdmin(app.dataSource);
    const client = await makeClient(app.dataSource);
    const agencyWide = await app.gql(LIST, { filter: { agencyWide: true, entityType: 'User' } }, { ...admin, client: client.slug });
    expect(agencyWide.errors).toBeUndefined();
  });
});
