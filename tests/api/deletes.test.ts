import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { ReplyRevision } from '../../api/modules/argument-base/reply-revision.entity';
import { Reply, ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { Case } from '../../api/modules/cases/case.entity';
import { Platform } from '../../api/modules/platforms/platform.entity';
import { OfficialAccount } from '../../api/modules/representatives/official-account.entity';
import { Representative } from '../../api/modules/representatives/representative.entity';
import { User } from '../../api/modules/users/user.entity';
import { makeBriefInForce, makeCase, makePlatform, makeRepresentative, makeReply, makeSituation, makeUser } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeAdmin, makeClientWorld } from '../helpers/world';

const app = useTestApp();

const auditOf = (entityId: string) => app.dataSource.getRepository(AuditEvent).find({ where: { entityId }, order: { createdAt: 'ASC' } });
const actionsOf = async (entityId: string) => (await auditOf(entityId)).map((event) => event.action);

describe('deleteSituation', () => {
  const DELETE = 'mutation($id: ID!) { deleteSituation(id: $id) { id title isArchived } }';

  it('removes a situation nobody used, with its examples and draft replies, and returns it as it was', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client, { title: 'Дубль' });
    const draft = await makeReply(app.dataSource, situation);
    const result = await app.gql(DELETE, { id: situation.id }, world.pr);
    expect(result.errors).toBeUndefined();
    expect(result.data!.deleteSituation).toEqual({ id: situation.id, title: 'Дубль', isArchived: false });
    expect(await app.dataSource.getRepository(Situation).existsBy({ id: situation.id })).toBe(false);
    expect(await app.dataSource.getRepository(SituationExample).existsBy({ situationId: situation.id })).toBe(false);
    expect(await app.dataSource.getRepository(Reply).existsBy({ id: draft.id })).toBe(false);
    expect(await actionsOf(situation.id)).toEqual(['DELETE']);
    expect(await actionsOf(draft.id)).toEqual(['DELETE']);
  });

  it('archives a situation with cases, keeping it and its cases', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const caseRow = await makeCase(app.dataSource, world.client, { situationId: situation.id });
    const result = await app.gql(DELETE, { id: situation.id }, world.pr);
    expect(result.data!.deleteSituation).toMatchObject({ id: situation.id, isArchived: true });
    expect((await app.dataSource.getRepository(Situation).findOneByOrFail({ id: situation.id })).isArchived).toBe(true);
    expect((await app.dataSource.getRepository(Case).findOneByOrFail({ id: caseRow.id })).situationId).toBe(situation.id);
    expect(await actionsOf(situation.id)).toEqual(['ARCHIVE']);
  });

  it('archives a situation whose reply was approved once, even if it is a draft again', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const reply = await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED });
    // Reworded since: a draft of revision 2, revision 1 was approved and may have been served.
    await app.dataSource.getRepository(Reply).update(reply.id, { status: ReplyStatus.DRAFT, revision: 2, approvedAt: null });
    expect((await app.gql(DELETE, { id: situation.id }, world.pr)).data!.deleteSituation.isArchived).toBe(true);
    expect(await app.dataSource.getRepository(ReplyRevision).existsBy({ replyId: reply.id })).toBe(true);
  });

  it('refuses an archived situation with ALREADY_ARCHIVED, and anyone but a PR specialist', async () => {
    const world = await makeClientWorld(app.dataSource);
    const archived = await makeSituation(app.dataSource, world.client, { isArchived: true });
    expect(errorOf(await app.gql(DELETE, { id: archived.id }, world.pr), 'CONFLICT').extensions.reason).toBe('ALREADY_ARCHIVED');
    const situation = await makeSituation(app.dataSource, world.client);
    expect(errorOf(await app.gql(DELETE, { id: situation.id }, world.representative), 'FORBIDDEN').extensions.reason).toBe('MISSING_ROLE');
    expect(await app.dataSource.getRepository(Situation).existsBy({ id: situation.id })).toBe(true);
  });
});

describe('deleteReply', () => {
  const DELETE = 'mutation($id: ID!) { deleteReply(id: $id) { id status } }';

  it('removes a draft never approved, with its revisions', async () => {
    const world = await makeClientWorld(app.dataSource);
    const reply = await makeReply(app.dataSource, await makeSituation(app.dataSource, world.client));
    const result = await app.gql(DELETE, { id: reply.id }, world.pr);
    expect(result.data!.deleteReply).toEqual({ id: reply.id, status: 'DRAFT' });
    expect(await app.dataSource.getRepository(Reply).existsBy({ id: reply.id })).toBe(false);
    expect(await app.dataSource.getRepository(ReplyRevision).existsBy({ replyId: reply.id })).toBe(false);
    expect(await actionsOf(reply.id)).toEqual(['DELETE']);
  });

  it('retires an approved reply and keeps it with its revisions', async () => {
    const world = await makeClientWorld(app.dataSource);
    const reply = await makeReply(app.dataSource, await makeSituation(app.dataSource, world.client), { status: ReplyStatus.APPROVED });
    expect((await app.gql(DELETE, { id: reply.id }, world.pr)).data!.deleteReply).toEqual({ id: reply.id, status: 'RETIRED' });
    expect(await app.dataSource.getRepository(ReplyRevision).countBy({ replyId: reply.id })).toBe(1);
    expect(await actionsOf(reply.id)).toEqual(['RETIRE']);
    expect(errorOf(await app.gql(DELETE, { id: reply.id }, world.pr), 'CONFLICT').extensions.reason).toBe('ALREADY_RETIRED');
  });
});

describe('deletePlatform', () => {
  const DELETE = 'mutation($id: ID!) { deletePlatform(id: $id) { id name isArchived } }';

  it('removes a platform without cases, with the official accounts on it', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const { accounts } = await makeRepresentative(app.dataSource, world.client, { platforms: [platform] });
    const result = await app.gql(DELETE, { id: platform.id }, world.pr);
    expect(result.data!.deletePlatform).toEqual({ id: platform.id, name: platform.name, isArchived: false });
    expect(await app.dataSource.getRepository(Platform).existsBy({ id: platform.id })).toBe(false);
    expect(await app.dataSource.getRepository(OfficialAccount).existsBy({ id: accounts[0].id })).toBe(false);
    expect(await actionsOf(platform.id)).toEqual(['DELETE']);
    expect(await actionsOf(accounts[0].id)).toEqual(['DELETE']);
  });

  it('archives a platform with cases, and one the brief in force names', async () => {
    const world = await makeClientWorld(app.dataSource);
    const withCases = await makePlatform(app.dataSource, world.client);
    await makeCase(app.dataSource, world.client, { platform: withCases });
    expect((await app.gql(DELETE, { id: withCases.id }, world.pr)).data!.deletePlatform.isArchived).toBe(true);
    expect(await actionsOf(withCases.id)).toEqual(['ARCHIVE']);

    const named = await makePlatform(app.dataSource, world.client);
    await makeBriefInForce(app.dataSource, world.client, { postingRules: [{ key: 'forum', platformId: named.id, platformKind: null, maxPostsPerDay: 3, maxPostsPerWeek: 10, note: null }] as never });
    expect((await app.gql(DELETE, { id: named.id }, world.pr)).data!.deletePlatform.isArchived).toBe(true);
    expect(errorOf(await app.gql(DELETE, { id: named.id }, world.pr), 'CONFLICT').extensions.reason).toBe('ALREADY_ARCHIVED');
  });
});

describe('deleteRepresentative', () => {
  const DELETE = 'mutation($id: ID!) { deleteRepresentative(id: $id) { id isActive } }';

  it('removes a representative who never worked, with their accounts; the user stays', async () => {
    const world = await makeClientWorld(app.dataSource);
    const { representative, accounts } = await makeRepresentative(app.dataSource, world.client, { platforms: [await makePlatform(app.dataSource, world.client)] });
    expect((await app.gql(DELETE, { id: representative.id }, world.pr)).data!.deleteRepresentative).toEqual({ id: representative.id, isActive: true });
    expect(await app.dataSource.getRepository(Representative).existsBy({ id: representative.id })).toBe(false);
    expect(await app.dataSource.getRepository(OfficialAccount).existsBy({ id: accounts[0].id })).toBe(false);
    expect(await app.dataSource.getRepository(User).existsBy({ id: representative.userId })).toBe(true);
  });

  it('deactivates a representative who worked a case, once', async () => {
    const world = await makeClientWorld(app.dataSource);
    const { representative } = await makeRepresentative(app.dataSource, world.client);
    const caseRow = await makeCase(app.dataSource, world.client);
    await app.dataSource.getRepository(Case).update(caseRow.id, { representativeUserId: representative.userId });
    expect((await app.gql(DELETE, { id: representative.id }, world.pr)).data!.deleteRepresentative).toEqual({ id: representative.id, isActive: false });
    expect(await actionsOf(representative.id)).toEqual(['DEACTIVATE']);
    expect(errorOf(await app.gql(DELETE, { id: representative.id }, world.pr), 'CONFLICT').extensions.reason).toBe('ALREADY_ARCHIVED');
  });
});

describe('deleteUser', () => {
  const DELETE = 'mutation($id: ID!) { deleteUser(id: $id) { id isActive } }';

  it('deactivates a user, who can then no longer call the API', async () => {
    const admin = await makeAdmin(app.dataSource);
    const { user, token } = await makeUser(app.dataSource);
    expect((await app.gql(DELETE, { id: user.id }, admin)).data!.deleteUser).toEqual({ id: user.id, isActive: false });
    expect(await app.dataSource.getRepository(User).existsBy({ id: user.id })).toBe(true);
    expect(await actionsOf(user.id)).toEqual(['DEACTIVATE']);
    expect(errorOf(await app.gql('{ me { user { id } } }', {}, { token }), 'UNAUTHENTICATED').extensions.reason).toBe('DEACTIVATED');
    expect(errorOf(await app.gql(DELETE, { id: user.id }, admin), 'CONFLICT').extensions.reason).toBe('ALREADY_ARCHIVED');
  });

  it('is for administrators only', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql(DELETE, { id: world.userIds.trainer }, world.pr);
    expect(errorOf(result, 'FORBIDDEN').extensions.reason).toBe('MISSING_ROLE');
  });
});

describe('clients', () => {
  it('are never deleted from the API', async () => {
    const result = await app.gql('mutation { deleteClient(id: "x") { id } }', {}, await makeAdmin(app.dataSource));
    expect(errorOf(result, 'GRAPHQL_VALIDATION_FAILED').message).toMatch(/Cannot query field "deleteClient"/);
  });
});
