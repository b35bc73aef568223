import { BriefStatus, BriefVersion } from '../../api/modules/briefs/brief-version.entity';
import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { makeBriefVersion } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { APPROVE, briefOperations, IN_FORCE, RETURN, SUBMIT, UPDATE_DRAFT, sampleSections } from '../helpers/briefs';
import { makeAdmin, makeClientWorld } from '../helpers/world';

const app = useTestApp();
const briefs = briefOperations(app);

const statusOf = async (id: string) => (await app.dataSource.getRepository(BriefVersion).findOneByOrFail({ id })).status;

describe('the lifecycle of a brief version', () => {
  it('a PR specialist takes an empty draft through review into force, each step audited', async () => {
    const world = await makeClientWorld(app.dataSource);
    const draft = await briefs.createDraft(world.pr, { title: 'ТЗ представителя' });
    expect(draft).toMatchObject({ number: 1, status: 'DRAFT', title: 'ТЗ представителя', topics: [], replacesVersionId: null });
    const saved = await briefs.save(world.pr, draft, sampleSections());
    const submitted = await briefs.submit(world.pr, saved.id);
    expect(submitted).toMatchObject({ status: 'IN_REVIEW', submittedAt: expect.any(String) });
    const approved = await briefs.approve(world.pr, saved.id);
    expect(approved).toMatchObject({ status: 'APPROVED', approvedAt: expect.any(String) });

    const inForce = (await app.gql(IN_FORCE, {}, world.representative)).data!.briefInForce;
    expect(inForce).toMatchObject({ id: draft.id, status: 'APPROVED', topics: [{ key: 'credit' }, { key: 'sudebnye-iski' }] });
    const actions = await app.dataSource.getRepository(AuditEvent).find({ where: { entityId: draft.id }, order: { createdAt: 'ASC' } });
    expect(actions.map((event) => event.action)).toEqual(['CREATE_DRAFT', 'UPDATE', 'SUBMIT', 'APPROVE']);
  });

  it('changing the brief in force takes a new draft copied from it; approving it archives the old version in the same step', async () => {
    const world = await makeClientWorld(app.dataSource);
    const first = await briefs.putInForce(world.pr, sampleSections());
    const copy = await briefs.createDraft(world.pr, { copyFromVersionId: first.id });
    expect(copy).toMatchObject({ number: 2, status: 'DRAFT', basedOnVersionId: first.id, replacesVersionId: first.id, title: first.title });
    expect(copy.topics).toEqual(first.topics);
    expect((await app.gql(IN_FORCE, {}, world.pr)).data!.briefInForce.id).toBe(first.id);

    await briefs.submit(world.pr, copy.id);
    await briefs.approve(world.pr, copy.id);
    const old = await app.dataSource.getRepository(BriefVersion).findOneByOrFail({ id: first.id });
    expect(old).toMatchObject({ status: BriefStatus.ARCHIVED, archivedAt: expect.any(Date) });
    expect((await app.gql(IN_FORCE, {}, world.pr)).data!.briefInForce.id).toBe(copy.id);
  });

  it('a review returns a version to its author with a comment, and a blank comment is refused', async () => {
    const world = await makeClientWorld(app.dataSource);
    const version = await makeBriefVersion(app.dataSource, world.client, { status: BriefStatus.IN_REVIEW });
    const blank = errorOf(await app.gql(RETURN, { id: version.id, comment: '   ' }, world.pr), 'BAD_USER_INPUT');
    expect(blank.extensions.fields).toEqual([{ field: 'comment', message: 'say what to change: the comment cannot be empty' }]);
    const returned = await app.gql(RETURN, { id: version.id, comment: 'Добавьте сроки ответа для сайта отзывов' }, world.pr);
    expect(returned.data!.returnBriefVersion).toMatchObject({ status: 'DRAFT', reviewComment: 'Добавьте сроки ответа для сайта отзывов', submittedAt: null });
  });

  describe.each([
    ['submitBriefVersion', SUBMIT, BriefStatus.IN_REVIEW, 'approveBriefVersion'],
    ['submitBriefVersion', SUBMIT, BriefStatus.APPROVED, 'create a new draft copied from it'],
    ['submitBriefVersion', SUBMIT, BriefStatus.ARCHIVED, 'kept for history'],
    ['approveBriefVersion', APPROVE, BriefStatus.DRAFT, 'submitBriefVersion'],
    ['approveBriefVersion', APPROVE, BriefStatus.APPROVED, 'in force'],
    ['approveBriefVersion', APPROVE, BriefStatus.ARCHIVED, 'kept for history'],
    ['returnBriefVersion', RETURN, BriefStatus.DRAFT, 'updateBriefDraft'],
    ['returnBriefVersion', RETURN, BriefStatus.APPROVED, 'create a new draft copied from it'],
    ['updateBriefDraft', UPDATE_DRAFT, BriefStatus.IN_REVIEW, 'returnBriefVersion'],
    ['updateBriefDraft', UPDATE_DRAFT, BriefStatus.APPROVED, 'create a new draft copied from it'],
    ['updateBriefDraft', UPDATE_DRAFT, BriefStatus.ARCHIVED, 'create a new draft copied from it'],
  ])('%s on a %s version', (operation, query, status, hint) => {
    it('is refused with the state it is in and what that state allows', async () => {
      const world = await makeClientWorld(app.dataSource);
      const version = await makeBriefVersion(app.dataSource, world.client, { status, content: sampleSections() as never });
      const variables = { id: version.id, comment: 'Исправьте', input: { title: 'Новое', version: version.version } };
      const error = errorOf(await app.gql(query, variables, world.pr), 'CONFLICT');
      expect(error.message).toContain(`Version ${version.number} is ${status}, and ${operation} needs`);
      expect(error.message).toContain(hint);
      expect(error.extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', status });
      expect(await statusOf(version.id)).toBe(status);
    });
  });

  it('an empty draft cannot be submitted', async () => {
    const world = await makeClientWorld(app.dataSource);
    const draft = await briefs.createDraft(world.pr);
    const error = errorOf(await app.gql(SUBMIT, { id: draft.id }, world.pr), 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ reason: 'EMPTY_BRIEF', fields: [{ field: 'id', message: expect.stringContaining('is empty') }] });
  });

  it('a version started before another one was approved can be neither submitted nor approved', async () => {
    const world = await makeClientWorld(app.dataSource);
    const first = await briefs.putInForce(world.pr, sampleSections());
    const early = await briefs.createDraft(world.pr, { copyFromVersionId: first.id });
    const late = await briefs.createDraft(world.pr, { copyFromVersionId: first.id });
    const unsubmitted = await briefs.createDraft(world.pr, { copyFromVersionId: first.id });
    await briefs.submit(world.pr, early.id);
    await briefs.submit(world.pr, late.id);
    await briefs.approve(world.pr, late.id);

    const error = errorOf(await app.gql(APPROVE, { id: early.id }, world.pr), 'CONFLICT');
    expect(error.message).toContain(`version ${late.number} has been approved since`);
    expect(error.extensions).toMatchObject({ reason: 'BRIEF_IN_FORCE_CHANGED', inForceVersionId: late.id, inForceVersionNumber: late.number });
    expect(errorOf(await app.gql(SUBMIT, { id: unsubmitted.id }, world.pr), 'CONFLICT').extensions.reason).toBe('BRIEF_IN_FORCE_CHANGED');
    // A copy made now, even of the archived version, replaces what is in force now.
    const rollback = await briefs.createDraft(world.pr, { copyFromVersionId: first.id });
    expect(rollback.replacesVersionId).toBe(late.id);
    await briefs.submit(world.pr, rollback.id);
  });

  it('of two approvals sent at the same moment exactly one wins, and exactly one version is in force', async () => {
    const world = await makeClientWorld(app.dataSource);
    const first = await briefs.putInForce(world.pr, sampleSections());
    for (let round = 0; round < 5; round += 1) {
      const inForce = (await app.gql(IN_FORCE, {}, world.pr)).data!.briefInForce;
      const left = await briefs.createDraft(world.pr, { copyFromVersionId: inForce.id });
      const right = await briefs.createDraft(world.pr, { copyFromVersionId: inForce.id });
      await briefs.submit(world.pr, left.id);
      await briefs.submit(world.pr, right.id);
      const results = await Promise.all([left, right].map((version) => app.gql(APPROVE, { id: version.id }, world.pr)));
      const winners = results.filter((result) => !result.errors);
      expect(winners).toHaveLength(1);
      const loser = results.find((result) => result.errors)!;
      expect(errorOf(loser, 'CONFLICT').extensions.reason).toBe('BRIEF_IN_FORCE_CHANGED');
      const approved = await app.dataSource.getRepository(BriefVersion).findBy({ clientId: world.client.id, status: BriefStatus.APPROVED });
      expect(approved.map((version) => version.id)).toEqual([winners[0].data!.approveBriefVersion.id]);
    }
    expect(await statusOf(first.id)).toBe(BriefStatus.ARCHIVED);
  });

  it('the same version approved twice at once is approved once; the second approval names its new state', async () => {
    const world = await makeClientWorld(app.dataSource);
    const version = await makeBriefVersion(app.dataSource, world.client, { status: BriefStatus.IN_REVIEW, content: sampleSections() as never });
    const results = await Promise.all([1, 2].map(() => app.gql(APPROVE, { id: version.id }, world.pr)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    const refused = errorOf(results.find((result) => result.errors)!, 'CONFLICT');
    expect(refused.extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', status: 'APPROVED' });
    const approvals = await app.dataSource.getRepository(AuditEvent).countBy({ entityId: version.id, action: 'APPROVE' });
    expect(approvals).toBe(1);
  });

  it('the database itself refuses a second version in force', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBriefVersion(app.dataSource, world.client, { status: BriefStatus.APPROVED });
    const other = await makeBriefVersion(app.dataSource, world.client, { status: BriefStatus.IN_REVIEW });
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(app.dataSource.query(`UPDATE brief_version SET status = 'APPROVED' WHERE id = $1`, [other.id])).rejects.toMatchObject({
        code: '23505',
        constraint: 'brief_version_one_in_force',
      });
    } finally {
      logged.mockRestore();
    }
  });

  it('a transition made on a stale read of the version is a CONFLICT', async () => {
    const world = await makeClientWorld(app.dataSource);
    const draft = await briefs.createDraft(world.pr);
    await briefs.save(world.pr, draft, sampleSections());
    const error = errorOf(await app.gql(SUBMIT, { id: draft.id, version: draft.version }, world.pr), 'CONFLICT');
    expect(error.extensions).toMatchObject({ reason: 'STALE_VERSION', expectedVersion: draft.version, currentVersion: draft.version + 1 });
    expect(await statusOf(draft.id)).toBe(BriefStatus.DRAFT);
  });

  it('only PR specialists and administrators write, submit, approve and return versions', async () => {
    const world = await makeClientWorld(app.dataSource);
    const draft = await makeBriefVersion(app.dataSource, world.client, { content: sampleSections() as never });
    const inReview = await makeBriefVersion(app.dataSource, world.client, { status: BriefStatus.IN_REVIEW, content: sampleSections() as never });
    for (const as of [world.representative, world.responsible, world.trainer, world.key]) {
      errorOf(await app.gql('mutation { createBriefDraft { id } }', {}, as), 'FORBIDDEN');
      errorOf(await app.gql(UPDATE_DRAFT, { id: draft.id, input: { title: 'Чужое', version: draft.version } }, as), 'FORBIDDEN');
      errorOf(await app.gql(SUBMIT, { id: draft.id }, as), 'FORBIDDEN');
      errorOf(await app.gql(APPROVE, { id: inReview.id }, as), 'FORBIDDEN');
      errorOf(await app.gql(RETURN, { id: inReview.id, comment: 'Нет' }, as), 'FORBIDDEN');
    }
    expect(await statusOf(inReview.id)).toBe(BriefStatus.IN_REVIEW);
    const admin = await makeAdmin(app.dataSource);
    const approved = await app.gql(APPROVE, { id: inReview.id }, { token: admin.token, client: world.client.slug });
    expect(approved.data!.approveBriefVersion.status).toBe('APPROVED');
  });
});
