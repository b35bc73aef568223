import { TenantScope } from '../../api/auth/tenant-scope';
import { KpiMetric, KpiPeriod } from '../../api/modules/kpis/kpi-metric';
import { kpiProgress, kpiStatus, shareOf } from '../../api/modules/kpis/kpi-progress';
import { LoggedPostKind } from '../../api/modules/posts/post-kind';
import { makeBriefInForce, makeClient, makePlatform, makeRepresentative } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeMetricEntry, makePost, makeWorkedCase } from '../helpers/kpis';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const target = (key: string, metric: KpiMetric, value: number, platformId: string | null, period = KpiPeriod.MONTH) => ({ key, metric, target: value, period, platformId, isPriority: false });
const hoursAfter = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/** November 2026 in Moscow, seen at 00:00 on 11 November: a third of the month has gone. */
const NOW = new Date('2026-11-10T21:00:00Z');

async function novemberPlan() {
  const { dataSource } = app;
  const client = await makeClient(dataSource);
  const forum = await makePlatform(dataSource, client, { kpiCeilings: [{ metric: KpiMetric.VIEWS, value: 2500, period: KpiPeriod.MONTH }] });
  const { representative, accounts } = await makeRepresentative(dataSource, client, { platforms: [forum] });
  await makeBriefInForce(dataSource, client, {
    kpiTargets: [
      target('answers', KpiMetric.QUESTIONS_ANSWERED, 30, forum.id),
      target('response', KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS, 4, forum.id),
      target('views', KpiMetric.VIEWS, 3000, forum.id),
      target('news', KpiMetric.NEWS_POSTED, 12, null),
      target('quarter-answers', KpiMetric.QUESTIONS_ANSWERED, 90, forum.id, KpiPeriod.QUARTER),
    ],
  });
  // Ten questions answered in the first ten days: nine in 4 h, one in 13 h (average 4.9 h).
  for (let day = 1; day <= 10; day += 1) {
    const asked = `2026-11-${String(day).padStart(2, '0')}T06:00:00Z`;
    await makeWorkedCase(dataSource, client, forum, { requestedAt: asked, firstResponseAt: hoursAfter(asked, day === 10 ? 13 : 4) });
  }
  // Answered after "now": not a fact yet.
  await makeWorkedCase(dataSource, client, forum, { requestedAt: '2026-11-12T06:00:00Z', firstResponseAt: '2026-11-12T07:00:00Z' });
  for (const day of ['2026-11-02T10:00:00Z', '2026-11-05T10:00:00Z', '2026-11-09T10:00:00Z']) await makePost(dataSource, accounts[0], representative.userId, LoggedPostKind.NEWS, day);
  await makeMetricEntry(dataSource, client, forum, KpiMetric.VIEWS, '2026-11-03', 400);
  await makeMetricEntry(dataSource, client, forum, KpiMetric.VIEWS, '2026-11-10', 500);
  return { client, forum, tenant: new TenantScope(client, dataSource.manager) };
}

describe('kpiProgress: plan, fact, forecast and status', () => {
  it('forecasts linearly in elapsed time and judges each target against its forecast', async () => {
    const { tenant, forum } = await novemberPlan();
    const progress = await kpiProgress(tenant, { period: KpiPeriod.MONTH, now: NOW });
    expect(progress).toMatchObject({ firstDay: '2026-11-01', lastDay: '2026-11-30', elapsedShare: 0.3333, briefVersionNumber: 1 });
    expect(progress.from.toISOString()).toBe('2026-10-31T21:00:00.000Z');
    const rows = Object.fromEntries(progress.rows.filter((row) => row.targetKey).map((row) => [row.targetKey, row]));
    // 10 of 30 in a third of the month: forecast 30, the plan.
    expect(rows.answers).toMatchObject({ platformId: forum.id, target: 30, fact: 10, forecast: 30, shareOfPlan: 0.333, status: 'ON_TRACK' });
    // An average stays as it is: 4.9 h against 4 h is 82% of plan.
    expect(rows.response).toMatchObject({ target: 4, fact: 4.9, forecast: 4.9, shareOfPlan: 0.816, status: 'OFF_TRACK', lowerIsBetter: true });
    // 900 views so far, 2,700 forecast: 90% of 3,000, and the plan is above the forum's ceiling of 2,500.
    expect(rows.views).toMatchObject({ fact: 900, forecast: 2700, status: 'AT_RISK', ceiling: 2500, aboveCeiling: true, factSource: 'METRIC_ENTRIES' });
    // Client-wide: 3 news, forecast 9 of 12.
    expect(rows.news).toMatchObject({ platformId: null, fact: 3, forecast: 9, status: 'OFF_TRACK', ceiling: null, aboveCeiling: false });
    expect(rows['quarter-answers']).toBeUndefined();
    // Metrics without a target are listed for the client as a whole, without a status.
    const untargeted = progress.rows.filter((row) => !row.targetKey);
    expect(untargeted.map((row) => row.metric)).not.toContain(KpiMetric.NEWS_POSTED);
    expect(untargeted.find((row) => row.metric === KpiMetric.QUESTIONS_ANSWERED)).toMatchObject({ platformId: null, fact: 10, target: null, status: null });
  });

  it('a quarter: 41 of the 92 days of the fourth quarter have gone, and a monthly ceiling counts three times', async () => {
    const { tenant, forum } = await novemberPlan();
    const progress = await kpiProgress(tenant, { period: KpiPeriod.QUARTER, platformId: forum.id, now: NOW });
    expect(progress).toMatchObject({ firstDay: '2026-10-01', lastDay: '2026-12-31' });
    const answers = progress.rows.find((row) => row.targetKey === 'quarter-answers')!;
    // 41 of 92 days have gone: 10 / (41 / 92) = 22.44.
    expect(answers).toMatchObject({ target: 90, fact: 10, forecast: 22.44, status: 'OFF_TRACK' });
    expect(progress.rows.find((row) => row.metric === KpiMetric.VIEWS)).toMatchObject({ ceiling: 7500, target: null });
  });

  it('a finished period forecasts its fact', async () => {
    const { tenant } = await novemberPlan();
    const progress = await kpiProgress(tenant, { period: KpiPeriod.MONTH, at: NOW, now: new Date('2027-01-15T00:00:00Z') });
    expect(progress.elapsedShare).toBe(1);
    expect(progress.rows.find((row) => row.targetKey === 'answers')).toMatchObject({ fact: 11, forecast: 11, status: 'OFF_TRACK' });
  });

  it('thresholds: the plan met is on track, within 15% at risk, further off track; lower-is-better turned round', () => {
    expect([1, 0.85, 0.849].map(kpiStatus)).toEqual(['ON_TRACK', 'AT_RISK', 'OFF_TRACK']);
    expect(shareOf(KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS, 2, 4)).toBe(2);
    expect(shareOf(KpiMetric.QUESTIONS_ANSWERED, 2, 4)).toBe(0.5);
  });
});

const PROGRESS = `query($period: KpiPeriod!, $platformId: ID, $representativeId: ID, $at: DateTimeISO) {
  kpiProgress(period: $period, platformId: $platformId, representativeId: $representativeId, at: $at) {
    firstDay elapsedShare representativeId rows { metric platformId targetKey target fact forecast status ceiling }
  }
}`;

describe('kpiProgress over the API', () => {
  async function octoberWorld() {
    const world = await makeClientWorld(app.dataSource);
    const forum = await makePlatform(app.dataSource, world.client);
    const own = await makeRepresentative(app.dataSource, world.client, { userId: world.userIds.representative, platforms: [forum] });
    const other = await makeRepresentative(app.dataSource, world.client, { platforms: [forum] });
    await makeBriefInForce(app.dataSource, world.client, { kpiTargets: [target('answers', KpiMetric.QUESTIONS_ANSWERED, 2, forum.id)] });
    await makeWorkedCase(app.dataSource, world.client, forum, { requestedAt: '2026-10-05T06:00:00Z', firstResponseAt: '2026-10-05T08:00:00Z' }, { representativeUserId: own.representative.userId });
    await makeWorkedCase(app.dataSource, world.client, forum, { requestedAt: '2026-10-06T06:00:00Z', firstResponseAt: '2026-10-06T08:00:00Z' }, { representativeUserId: other.representative.userId });
    return { ...world, forum, own, other };
  }
  const october = { period: 'MONTH', at: '2026-10-15T12:00:00Z' };

  it("a PR specialist sees the client's month, or one representative's", async () => {
    const w = await octoberWorld();
    const client = await app.gql(PROGRESS, october, w.pr);
    expect(client.errors).toBeUndefined();
    expect(client.data!.kpiProgress).toMatchObject({ firstDay: '2026-10-01', elapsedShare: 1, representativeId: null });
    expect(client.data!.kpiProgress.rows[0]).toMatchObject({ targetKey: 'answers', fact: 2, forecast: 2, status: 'ON_TRACK' });
    const one = await app.gql(PROGRESS, { ...october, representativeId: w.other.representative.id }, w.pr);
    expect(one.data!.kpiProgress.rows[0]).toMatchObject({ fact: 1, status: 'OFF_TRACK' });
  });

  it('a representative always sees their own, whoever they name', async () => {
    const w = await octoberWorld();
    const own = await app.gql(PROGRESS, { ...october, representativeId: w.other.representative.id }, w.representative);
    expect(own.data!.kpiProgress).toMatchObject({ representativeId: w.own.representative.id });
    expect(own.data!.kpiProgress.rows[0]).toMatchObject({ fact: 1 });
  });

  it('trainers, responsible people and API keys are refused; an unknown platform is NOT_FOUND', async () => {
    const w = await octoberWorld();
    for (const caller of [w.trainer, w.responsible, w.key]) errorOf(await app.gql(PROGRESS, october, caller), 'FORBIDDEN');
    errorOf(await app.gql(PROGRESS, { ...october, platformId: '00000000-0000-4000-8000-000000000000' }, w.pr), 'NOT_FOUND');
    // Found by the fuzz test: an empty id is refused like any unknown one, not sent to SQL.
    errorOf(await app.gql(PROGRESS, { ...october, platformId: '' }, w.pr), 'NOT_FOUND');
    errorOf(await app.gql(PROGRESS, { ...october, representativeId: '' }, w.pr), 'NOT_FOUND');
  });

  it('costs one more statement per platform a target names, never one per target or metric', async () => {
    const w = await octoberWorld();
    const one = await app.gql(PROGRESS, october, w.pr);
    const wide = await makeClientWorld(app.dataSource);
    const platforms = await Promise.all([1, 2, 3].map(() => makePlatform(app.dataSource, wide.client)));
    await makeBriefInForce(app.dataSource, wide.client, {
      kpiTargets: platforms.flatMap((platform, index) => [target(`views-${index}`, KpiMetric.VIEWS, 1, platform.id), target(`answers-${index}`, KpiMetric.QUESTIONS_ANSWERED, 1, platform.id)]),
    });
    const three = await app.gql(PROGRESS, october, wide.pr);
    expect(three.errors).toBeUndefined();
    expect(three.data!.kpiProgress.rows.filter((row: { targetKey: string | null }) => row.targetKey)).toHaveLength(6);
    expect(three.statements).toBe(one.statements + 2);
  });
});
