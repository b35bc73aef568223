import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { makeReply, makeSituation } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeAdmin, makeClientWorld } from '../helpers/world';

const app = useTestApp();

const REPLY_FIELDS = 'id status revision text variants theses platformKinds approvedAt approvedBy { id } version';
const CREATE = `mutation($input: CreateReplyInput!) { createReply(input: $input) { ${REPLY_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateReplyInput!) { updateReply(id: $id, input: $input) { ${REPLY_FIELDS} } }`;
const APPROVE = `mutation($id: ID!, $revision: Int) { approveReply(id: $id, revision: $revision) { ${REPLY_FIELDS} } }`;
const RETIRE = `mutation($id: ID!) { retireReply(id: $id) { ${REPLY_FIELDS} } }`;
const REVISIONS = `query($id: ID!) { Reply(id: $id) { revision revisions { revision text variants theses createdBy { id } approvedBy { id } approvedAt } } }`;

describe('replies of the argument base', () => {
  it('a PR specialist writes a draft reply with theses, placeholders, variants and platform kinds', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const result = await app.gql(
      CREATE,
      {
        input: {
          situationId: situation.id,
          theses: [' Проверим операцию ', 'Карту можно разблокировать в приложении'],
          text: '{name}, здравствуйте! {brand} проверит операцию.',
          variants: ['Здравствуйте, {name}! Проверим, почему карта заблокирована.'],
          platformKinds: ['REVIEW_SITE', 'REVIEW_SITE'],
        },
      },
      world.pr,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createReply).toMatchObject({
      status: 'DRAFT',
      revision: 1,
      theses: ['Проверим операцию', 'Карту можно разблокировать в приложении'],
      platformKinds: ['REVIEW_SITE'],
      approvedAt: null,
      approvedBy: null,
    });
    const kept = await app.gql(REVISIONS, { id: result.data!.createReply.id }, world.pr);
    expect(kept.data!.Reply.revisions).toEqual([
      expect.objectContaining({ revision: 1, text: '{name}, здравствуйте! {brand} проверит операцию.', createdBy: { id: world.userIds.pr }, approvedAt: null }),
    ]);
  });

  it('refuses placeholders that would reach the author unfilled, naming the field', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const error = errorOf(
      await app.gql(CREATE, { input: { situationId: situation.id, text: '{имя}, здравствуйте!', variants: ['Здравствуйте, {name}!', 'Привет от {Brand}'] } }, world.pr),
      'BAD_USER_INPUT',
    );
    expect(error.extensions.fields).toEqual([
      { field: 'text', message: 'only {name} (the author) and {brand} (the client) are filled in; {имя} would be sent as it is' },
      { field: 'variants.1', message: 'only {name} (the author) and {brand} (the client) are filled in; {Brand} would be sent as it is' },
    ]);
  });

  it('approval records who approved and when, on the reply and on its kept revision', async () => {
    const world = await makeClientWorld(app.dataSource);
    const reply = await makeReply(app.dataSource, await makeSituation(app.dataSource, world.client));
    const before = Date.now();
    const approved = await app.gql(APPROVE, { id: reply.id, revision: 1 }, world.pr);
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveReply).toMatchObject({ status: 'APPROVED', revision: 1, approvedBy: { id: world.userIds.pr } });
    expect(new Date(approved.data!.approveReply.approvedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    const kept = await app.gql(REVISIONS, { id: reply.id }, world.pr);
    expect(kept.data!.Reply.revisions[0]).toMatchObject({ revision: 1, approvedBy: { id: world.userIds.pr } });
    const events = await app.dataSource.getRepository(AuditEvent).findBy({ entityId: reply.id, action: 'APPROVE' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: world.userIds.pr, before: expect.objectContaining({ status: 'DRAFT' }), after: expect.objectContaining({ status: 'APPROVED' }) });
    errorOf(await app.gql(APPROVE, { id: reply.id }, world.pr), 'CONFLICT');
  });

  it("rewording an approved reply puts it back to DRAFT, raises its revision and keeps every revision's words", async () => {
    const world = await makeClientWorld(app.dataSource);
    const reply = await makeReply(app.dataSource, await makeSituation(app.dataSource, world.client), {
      status: ReplyStatus.APPROVED,
      approvedById: world.userIds.pr,
      text: 'Первая редакция',
      variants: ['Первый вариант'],
    });
    const reworded = await app.gql(UPDATE, { id: reply.id, input: { text: 'Вторая редакция', version: reply.version } }, world.pr);
    expect(reworded.errors).toBeUndefined();
    expect(reworded.data!.updateReply).toMatchObject({ status: 'DRAFT', revision: 2, text: 'Вторая редакция', variants: ['Первый вариант'], approvedAt: null, approvedBy: null });

    const third = await app.gql(UPDATE, { id: reply.id, input: { variants: ['Новый вариант'], version: reworded.data!.updateReply.version } }, world.pr);
    expect(third.data!.updateReply).toMatchObject({ revision: 3, status: 'DRAFT' });

    const kept = await app.gql(REVISIONS, { id: reply.id }, world.pr);
    expect(kept.data!.Reply.revisions.map((revision: { revision: number; text: string; variants: string[] }) => [revision.revision, revision.text, revision.variants])).toEqual([
      [3, 'Вторая редакция', ['Новый вариант']],
      [2, 'Вторая редакция', ['Первый вариант']],
      [1, 'Первая редакция', ['Первый вариант']],
    ]);
    expect(kept.data!.Reply.revisions[2].approvedBy).toEqual({ id: world.userIds.pr });

    // Approving what one read: revision 2 is no longer the current wording.
    const stale = errorOf(await app.gql(APPROVE, { id: reply.id, revision: 2 }, world.pr), 'CONFLICT');
    expect(stale.extensions).toMatchObject({ reason: 'STALE_REVISION', currentRevision: 3 });
    expect((await app.gql(APPROVE, { id: reply.id, revision: 3 }, world.pr)).data!.approveReply).toMatchObject({ status: 'APPROVED', revision: 3 });
  });

  it('changing only where a reply is used keeps it approved and its revision', async () => {
    const world = await makeClientWorld(app.dataSource);
    const reply = await makeReply(app.dataSource, await makeSituation(app.dataSource, world.client), { status: ReplyStatus.APPROVED });
    const result = await app.gql(UPDATE, { id: reply.id, input: { platformKinds: ['FORUM'], text: reply.text, version: reply.version } }, world.pr);
    expect(result.data!.updateReply).toMatchObject({ status: 'APPROVED', revision: 1, platformKinds: ['FORUM'], version: reply.version + 1 });
  });

  it('a stale edit of a reply is a CONFLICT', async () => {
    const world = await makeClientWorld(app.dataSource);
    const reply = await makeReply(app.dataSource, await makeSituation(app.dataSource, world.client));
    await app.gql(UPDATE, { id: reply.id, input: { text: 'Правка коллеги', version: reply.version } }, world.pr);
    const stale = errorOf(await app.gql(UPDATE, { id: reply.id, input: { text: 'Моя правка', version: reply.version } }, world.pr), 'CONFLICT');
    expect(stale.message).toContain('text');
    expect(stale.extensions).toMatchObject({ reason: 'STALE_VERSION' });
  });

  it('a retired reply is no longer served, and can be approved again', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const reply = await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED });
    expect((await app.gql(RETIRE, { id: reply.id }, world.pr)).data!.retireReply.status).toBe('RETIRED');
    const served = await app.gql('query($key: String!) { approvedReply(situationKey: $key) { text } }', { key: situation.key }, world.key);
    expect(served.data!.approvedReply).toBeNull();
    errorOf(await app.gql(RETIRE, { id: reply.id }, world.pr), 'CONFLICT');
    expect((await app.gql(APPROVE, { id: reply.id }, world.pr)).data!.approveReply.status).toBe('APPROVED');
  });

  it('only PR specialists and administrators write, approve and retire replies', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const reply = await makeReply(app.dataSource, situation);
    for (const as of [world.representative, world.responsible, world.trainer, world.key]) {
      errorOf(await app.gql(APPROVE, { id: reply.id }, as), 'FORBIDDEN');
      errorOf(await app.gql(RETIRE, { id: reply.id }, as), 'FORBIDDEN');
      errorOf(await app.gql(UPDATE, { id: reply.id, input: { text: 'X', version: 1 } }, as), 'FORBIDDEN');
      errorOf(await app.gql(CREATE, { input: { situationId: situation.id, text: 'X' } }, as), 'FORBIDDEN');
    }
    const admin = await makeAdmin(app.dataSource);
    const approved = await app.gql(APPROVE, { id: reply.id }, { ...admin, client: world.client.slug });
    expect(approved.data!.approveReply).toMatchObject({ status: 'APPROVED', approvedBy: { id: admin.userId } });
  });

  it('representatives and tools read approved replies only: a draft is NOT_FOUND for them', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const draft = await makeReply(app.dataSource, situation);
    const approved = await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED });
    const list = 'query($situationId: ID!) { allReplies(filter: { situationId: $situationId }) { id } _allRepliesMeta(filter: { situationId: $situationId }) { count } }';
    for (const as of [world.representative, world.key]) {
      errorOf(await app.gql('query($id: ID!) { Reply(id: $id) { id } }', { id: draft.id }, as), 'NOT_FOUND');
      const listed = await app.gql(list, { situationId: situation.id }, as);
      expect(listed.data).toEqual({ allReplies: [{ id: approved.id }], _allRepliesMeta: { count: 1 } });
    }
    errorOf(await app.gql(REVISIONS, { id: approved.id }, world.representative), 'FORBIDDEN');
    const listed = await app.gql(list, { situationId: situation.id }, world.pr);
    expect(listed.data!._allRepliesMeta.count).toBe(2);
  });
});
