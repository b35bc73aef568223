import { BriefVersion } from '../../api/modules/briefs/brief-version.entity';
import { makePlatform } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { briefOperations, CREATE_DRAFT, SUBMIT, UPDATE_DRAFT } from '../helpers/briefs';
import { makeClientWorld, type ClientWorld } from '../helpers/world';

const app = useTestApp();
const briefs = briefOperations(app);

const APPROVE = 'mutation($id: ID!, $reason: String) { approveBriefVersion(id: $id, reason: $reason) { id status approvalReason priorityKpiSince } }';
const WARNINGS = 'query($id: ID!) { BriefVersion(id: $id) { kpiCeilingWarnings { key field metric period platformId target ceiling } } }';
const REVISIONS = `query($filter: KpiRevisionFilter) {
  allKpiRevisions(filter: $filter, sortField: "metric", sortOrder: ASC) { metric period platformId oldTarget newTarget isPriority reason changedBy { id } briefVersionId previousVersionId }
  _allKpiRevisionsMeta(filter: $filter) { count }
}`;

/** A version under review holding these KPI targets, copied from the version in force when there is one. */
async function underReview(world: ClientWorld, kpiTargets: unknown[], copyFromVersionId?: string) {
  const draft = (await app.gql(CREATE_DRAFT, { input: copyFromVersionId ? { copyFromVersionId } : {} }, world.pr)).data!.createBriefDraft;
  const saved = await app.gql(UPDATE_DRAFT, { id: draft.id, input: { kpiTargets, version: draft.version } }, world.pr);
  expect(saved.errors).toBeUndefined();
  expect((await app.gql(SUBMIT, { id: draft.id }, world.pr)).errors).toBeUndefined();
  return draft.id as string;
}

async function approved(world: ClientWorld, kpiTargets: unknown[], copyFromVersionId?: string, reason?: string) {
  const id = await underReview(world, kpiTargets, copyFromVersionId);
  const result = await app.gql(APPROVE, { id, reason }, world.pr);
  expect(result.errors).toBeUndefined();
  return id;
}

/** Moves the last switch of the priority KPI of the version in force into the past. */
async function prioritySwitchedAt(versionId: string, interval: string) {
  await app.dataSource.query(`UPDATE brief_version SET priority_kpi_since = now() - CAST($2 AS interval) WHERE id = $1`, [versionId, interval]);
}

describe('KPI ceilings on the brief', () => {
  it("flags a target above its platform's ceiling on the draft, refuses approval without a reason and records the reason given", async () => {
    const world = await makeClientWorld(app.dataSource);
    const forum = await makePlatform(app.dataSource, world.client, { kpiCeilings: [{ metric: 'VIEWS' as never, value: 3500, period: 'MONTH' as never }] });
    const id = await underReview(world, [
      { metric: 'VIEWS', target: 3000, period: 'MONTH', platformId: forum.id },
      { metric: 'VIEWS', target: 12000, period: 'QUARTER', platformId: forum.id },
      { metric: 'SITE_VISITS', target: 100000, period: 'MONTH', platformId: forum.id },
    ]);
    const warnings = (await app.gql(WARNINGS, { id }, world.pr)).data!.BriefVersion.kpiCeilingWarnings;
    expect(warnings).toEqual([{ key: expect.any(String), field: 'kpiTargets.1.target', metric: 'VIEWS', period: 'QUARTER', platformId: forum.id, target: 12000, ceiling: 10500 }]);

    const refusal = errorOf(await app.gql(APPROVE, { id }, world.pr), 'CONFLICT');
    expect(refusal.extensions.reason).toBe('KPI_ABOVE_CEILING');
    expect(refusal.message).toContain('kpiTargets.1.target');
    expect(errorOf(await app.gql(APPROVE, { id, reason: '   ' }, world.pr), 'CONFLICT').extensions.reason).toBe('KPI_ABOVE_CEILING');

    const result = await app.gql(APPROVE, { id, reason: 'Площадка растёт: новый раздел форума' }, world.pr);
    expect(result.errors).toBeUndefined();
    expect(result.data!.approveBriefVersion).toMatchObject({ status: 'APPROVED', approvalReason: 'Площадка растёт: новый раздел форума' });
  });

  it('approves targets within the ceilings without a reason (existing callers keep working)', async () => {
    const world = await makeClientWorld(app.dataSource);
    const forum = await makePlatform(app.dataSource, world.client, { kpiCeilings: [{ metric: 'AVERAGE_FIRST_RESPONSE_HOURS' as never, value: 2, period: 'MONTH' as never }] });
    const id = await underReview(world, [{ metric: 'AVERAGE_FIRST_RESPONSE_HOURS', target: 4, period: 'MONTH', platformId: forum.id }]);
    expect((await app.gql(WARNINGS, { id }, world.pr)).data!.BriefVersion.kpiCeilingWarnings).toEqual([]);
    await briefs.approve(world.pr, id);
  });
});

describe('the priority KPI', () => {
  const views = { metric: 'VIEWS', target: 3000, period: 'MONTH' };
  const questions = { metric: 'QUESTIONS_ANSWERED', target: 20, period: 'MONTH' };

  it('a brief has one priority KPI', async () => {
    const world = await makeClientWorld(app.dataSource);
    const draft = (await app.gql(CREATE_DRAFT, { input: {} }, world.pr)).data!.createBriefDraft;
    const result = await app.gql(UPDATE_DRAFT, { id: draft.id, input: { kpiTargets: [{ ...views, isPriority: true }, { ...questions, isPriority: true }], version: draft.version } }, world.pr);
    expect(errorOf(result, 'BAD_USER_INPUT').extensions.fields).toEqual([{ field: 'kpiTargets.1.isPriority', message: 'kpiTargets.0 is already the priority KPI: a brief has one' }]);
  });

  it('switching it one hour before 3 months have passed is refused with the date it becomes possible; a reason overrides', async () => {
    const world = await makeClientWorld(app.dataSource);
    const first = await approved(world, [{ ...views, isPriority: true }, questions]);
    await prioritySwitchedAt(first, "3 months - 1 hour");
    const id = await underReview(world, [views, { ...questions, isPriority: true }], first);

    const refusal = errorOf(await app.gql(APPROVE, { id }, world.pr), 'CONFLICT');
    expect(refusal.extensions.reason).toBe('PRIORITY_KPI_TOO_SOON');
    const [{ since }] = await app.dataSource.query(`SELECT priority_kpi_since + interval '3 months' AS since FROM brief_version WHERE id = $1`, [first]);
    expect(refusal.extensions.possibleFrom).toBe(new Date(since).toISOString());
    expect(refusal.message).toContain(`from ${new Date(since).toISOString().slice(0, 10)}`);

    const result = await app.gql(APPROVE, { id, reason: 'Смена стратегии: вопросы важнее просмотров' }, world.pr);
    expect(result.errors).toBeUndefined();
    const { briefMarkdown } = (await app.gql('{ briefMarkdown }', {}, world.representative)).data!;
    expect(briefMarkdown).toContain('| Отвечено вопросов (приоритетный KPI) | не меньше 20 | в месяц | все площадки |');
    expect(result.data!.approveBriefVersion.approvalReason).toBe('Смена стратегии: вопросы важнее просмотров');
    expect(new Date(result.data!.approveBriefVersion.priorityKpiSince).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('switching it one hour after 3 months needs no reason; keeping it keeps the date of the last switch', async () => {
    const world = await makeClientWorld(app.dataSource);
    const first = await approved(world, [{ ...views, isPriority: true }, questions]);
    await prioritySwitchedAt(first, '3 months + 1 hour');
    const second = await approved(world, [{ ...views, target: 3300, isPriority: true }, questions], first);
    const [carried] = await app.dataSource.getRepository(BriefVersion).findBy({ id: second });
    const [original] = await app.dataSource.getRepository(BriefVersion).findBy({ id: first });
    expect(carried.priorityKpiSince).toEqual(original.priorityKpiSince);
    const third = await approved(world, [views, { ...questions, isPriority: true }], second);
    const [switched] = await app.dataSource.getRepository(BriefVersion).findBy({ id: third });
    expect(switched.approvalReason).toBeNull();
  });
});

describe('KPI revisions', () => {
  it('every target added, moved or removed between versions in force is recorded with who, when and the reason', async () => {
    const world = await makeClientWorld(app.dataSource);
    const forum = await makePlatform(app.dataSource, world.client);
    const first = await approved(world, [
      { metric: 'VIEWS', target: 3000, period: 'MONTH', platformId: forum.id },
      { metric: 'NEWS_POSTED', target: 10, period: 'MONTH' },
    ]);
    const initial = await app.gql(REVISIONS, { filter: { briefVersionId: first } }, world.pr);
    expect(initial.data!._allKpiRevisionsMeta.count).toBe(2);

    const second = await approved(
      world,
      [
        { metric: 'VIEWS', target: 3500, period: 'MONTH', platformId: forum.id },
        { metric: 'QUESTIONS_ANSWERED', target: 20, period: 'MONTH', isPriority: true },
      ],
      first,
      'Цели второго месяца',
    );
    const { data } = await app.gql(REVISIONS, { filter: { briefVersionId: second } }, world.pr);
    const common = { reason: 'Цели второго месяца', changedBy: { id: world.userIds.pr }, briefVersionId: second, previousVersionId: first, period: 'MONTH' };
    expect(data!.allKpiRevisions).toEqual([
      { ...common, metric: 'NEWS_POSTED', platformId: null, oldTarget: 10, newTarget: null, isPriority: false },
      { ...common, metric: 'QUESTIONS_ANSWERED', platformId: null, oldTarget: null, newTarget: 20, isPriority: true },
      { ...common, metric: 'VIEWS', platformId: forum.id, oldTarget: 3000, newTarget: 3500, isPriority: false },
    ]);
    const unchanged = await approved(world, [{ metric: 'VIEWS', target: 3500, period: 'MONTH', platformId: forum.id }, { metric: 'QUESTIONS_ANSWERED', target: 20, period: 'MONTH', isPriority: true }], second);
    expect((await app.gql(REVISIONS, { filter: { briefVersionId: unchanged } }, world.pr)).data!._allKpiRevisionsMeta.count).toBe(0);
  });

  it('only PR specialists read KPI revisions', async () => {
    const world = await makeClientWorld(app.dataSource);
    for (const caller of [world.representative, world.responsible, world.trainer]) {
      expect(errorOf(await app.gql(REVISIONS, {}, caller), 'FORBIDDEN').extensions.reason).toBe('MISSING_ROLE');
    }
  });
});
