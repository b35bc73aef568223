import { Client } from '../../api/modules/clients/client.entity';
import { Role } from '../../api/modules/users/role';
import { makeAnalyticsCase, makeClient, makePlatform, makeUser } from '../../seeds/factories';
import { at, makeAnalyticsWorld } from '../helpers/analytics';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const ANALYTICS = `query($from: String!, $to: String!, $groupBy: AnalyticsGroupBy, $filter: CaseAnalyticsFilter) {
  caseAnalytics(from: $from, to: $to, groupBy: $groupBy, filter: $filter) {
    from to previousFrom previousTo timeZone
    summary {
      mentionsIn { current previous change changePercent } answered { current previous } resolved { current previous }
      problemsSolved { current } positiveFeedback { current }
      firstResponseAverageMinutes { current previous } firstResponseMedianMinutes { current } firstResponseP90Minutes { current }
      resolutionAverageMinutes { current } resolutionMedianMinutes { current } resolutionP90Minutes { current }
      withDeadline { current } answeredWithinDeadline { current } shareAnsweredWithinDeadline { current }
    }
    series { start end mentionsIn answered resolved firstResponse { averageMinutes } }
    firstResponseDistribution { band cases { current previous } share }
    categories { category cases { current previous } positive neutral negative }
    sentiments { sentiment cases { current previous } }
    situations { key title cases { current previous change changePercent } }
  }
}`;

const WEEK = { from: '2026-11-10', to: '2026-11-16' };

describe('caseAnalytics', () => {
  it('gives the figures of a period worked out by hand, each against the previous period of equal length', async () => {
    const world = await makeAnalyticsWorld(app);
    const result = await app.gql(ANALYTICS, WEEK, world.pr);
    expect(result.errors).toBeUndefined();
    const analytics = result.data!.caseAnalytics;
    expect(analytics).toMatchObject({ from: '2026-11-10', to: '2026-11-16', previousFrom: '2026-11-03', previousTo: '2026-11-09', timeZone: 'Europe/Moscow' });
    const summary = analytics.summary;
    expect(summary.mentionsIn).toEqual({ current: 4, previous: 2, change: 2, changePercent: 100 });
    expect(summary.answered).toEqual({ current: 3, previous: 1 });
    expect(summary.resolved).toEqual({ current: 2, previous: 0 });
    expect(summary.problemsSolved.current).toBe(2);
    expect(summary.positiveFeedback.current).toBe(1);
    // (30 + 120 + 600) / 3 exactly; the median and p90 interpolate inside the buckets (90, 120] and (480, 720].
    expect(summary.firstResponseAverageMinutes).toEqual({ current: 250, previous: 60 });
    expect(summary.firstResponseMedianMinutes.current).toBeCloseTo(105, 6);
    expect(summary.firstResponseP90Minutes.current).toBeCloseTo(648, 6);
    // (240 + 1440) / 2; median at the edge of (180, 240] is exact; p90 inside (1080, 1440].
    expect(summary.resolutionAverageMinutes.current).toBe(840);
    expect(summary.resolutionMedianMinutes.current).toBeCloseTo(240, 6);
    expect(summary.resolutionP90Minutes.current).toBeCloseTo(1368, 6);
    expect(summary.withDeadline.current).toBe(3);
    expect(summary.answeredWithinDeadline.current).toBe(1);
    expect(summary.shareAnsweredWithinDeadline.current).toBeCloseTo(1 / 3, 6);

    expect(analytics.series.map((point: { start: string; mentionsIn: number }) => [point.start, point.mentionsIn])).toEqual([
      ['2026-11-10', 1],
      ['2026-11-11', 1],
      ['2026-11-12', 1],
      ['2026-11-13', 0],
      ['2026-11-14', 0],
      ['2026-11-15', 0],
      ['2026-11-16', 1],
    ]);
    expect(analytics.series[1]).toMatchObject({ answered: 1, resolved: 1, firstResponse: { averageMinutes: 120 } });
    expect(analytics.series[3].firstResponse.averageMinutes).toBeNull();

    expect(analytics.firstResponseDistribution).toEqual([
      { band: 'UP_TO_1_HOUR', cases: { current: 1, previous: 1 }, share: 1 / 3 },
      { band: 'FROM_1_TO_4_HOURS', cases: { current: 1, previous: 0 }, share: 1 / 3 },
      { band: 'FROM_4_TO_8_HOURS', cases: { current: 0, previous: 0 }, share: 0 },
      { band: 'FROM_8_TO_24_HOURS', cases: { current: 1, previous: 0 }, share: 1 / 3 },
      { band: 'OVER_24_HOURS', cases: { current: 0, previous: 0 }, share: 0 },
    ]);
    expect(analytics.categories).toEqual([
      { category: 'NEGATIVE', cases: { current: 2, previous: 1 }, positive: 0, neutral: 1, negative: 1 },
      { category: null, cases: { current: 1, previous: 0 }, positive: 0, neutral: 1, negative: 0 },
      { category: 'SUPPORT', cases: { current: 1, previous: 1 }, positive: 1, neutral: 0, negative: 0 },
    ]);
    expect(analytics.sentiments).toEqual([
      { sentiment: 'POSITIVE', cases: { current: 1, previous: 0 } },
      { sentiment: 'NEUTRAL', cases: { current: 2, previous: 2 } },
      { sentiment: 'NEGATIVE', cases: { current: 1, previous: 0 } },
    ]);
    expect(analytics.situations).toEqual([
      { key: expect.any(String), title: world.titles.s1, cases: { current: 2, previous: 1, change: 1, changePercent: 100 } },
      { key: expect.any(String), title: world.titles.s2, cases: { current: 1, previous: 0, change: 1, changePercent: null } },
    ]);
  });

  it('groups by week from Monday and by month, cutting the points to the period', async () => {
    const world = await makeAnalyticsWorld(app);
    const weeks = await app.gql(ANALYTICS, { ...WEEK, groupBy: 'WEEK' }, world.pr);
    expect(weeks.data!.caseAnalytics.series.map((point: Record<string, unknown>) => [point.start, point.end, point.mentionsIn])).toEqual([
      ['2026-11-10', '2026-11-15', 3],
      ['2026-11-16', '2026-11-16', 1],
    ]);
    const months = await app.gql(ANALYTICS, { from: '2026-10-20', to: '2026-11-30', groupBy: 'MONTH' }, world.pr);
    expect(months.data!.caseAnalytics.series.map((point: Record<string, unknown>) => [point.start, point.end, point.mentionsIn])).toEqual([
      ['2026-10-20', '2026-10-31', 0],
      ['2026-11-01', '2026-11-30', 7],
    ]);
  });

  it("counts a case on the day of the client's own time zone, and moves it when the zone changes", async () => {
    const { dataSource } = app;
    const client = await makeClient(dataSource, { timeZone: 'Asia/Yekaterinburg' });
    const platform = await makePlatform(dataSource, client);
    // 19:30 UTC on the 10th is 00:30 on the 11th in Yekaterinburg (UTC+5), 22:30 on the 10th in Moscow.
    await makeAnalyticsCase(dataSource, client, { platform, requestedAt: at('2026-11-10T19:30:00Z') });
    const world = await makeClientWorldFor(client);
    const series = async () =>
      (await app.gql(ANALYTICS, { from: '2026-11-10', to: '2026-11-11' }, world)).data!.caseAnalytics.series.map((point: { mentionsIn: number }) => point.mentionsIn);
    expect(await series()).toEqual([0, 1]);
    await dataSource.getRepository(Client).update({ id: client.id }, { timeZone: 'Europe/Moscow' });
    expect(await series()).toEqual([1, 0]);
  });

  it('filters by platform, representative and category', async () => {
    const world = await makeAnalyticsWorld(app);
    const other = await makePlatform(app.dataSource, world.client);
    await makeAnalyticsCase(app.dataSource, world.client, { platform: other, requestedAt: at('2026-11-13T10:00:00Z') });
    const count = async (filter: Record<string, unknown>) => (await app.gql(ANALYTICS, { ...WEEK, filter }, world.pr)).data!.caseAnalytics.summary.mentionsIn.current;
    expect(await count({})).toBe(5);
    expect(await count({ platformId: other.id })).toBe(1);
    expect(await count({ representativeId: world.userIds.representative })).toBe(1);
    expect(await count({ category: 'NEGATIVE' })).toBe(2);
  });

  it("shows a representative their own cases' figures only, and refuses another representative's", async () => {
    const world = await makeAnalyticsWorld(app);
    const own = await app.gql(ANALYTICS, WEEK, world.representative);
    expect(own.data!.caseAnalytics.summary.mentionsIn).toMatchObject({ current: 1, previous: 0 });
    expect(own.data!.caseAnalytics.summary.firstResponseAverageMinutes.current).toBe(120);
    const refused = errorOf(await app.gql(ANALYTICS, { ...WEEK, filter: { representativeId: world.userIds.pr } }, world.representative), 'FORBIDDEN');
    expect(refused.extensions.reason).toBe('OWN_FIGURES_ONLY');
    const responsible = await app.gql(ANALYTICS, WEEK, world.responsible);
    expect(responsible.data!.caseAnalytics.summary.mentionsIn.current).toBe(4);
    expect(errorOf(await app.gql(ANALYTICS, WEEK, world.trainer), 'FORBIDDEN')).toBeTruthy();
    expect(errorOf(await app.gql(ANALYTICS, WEEK, world.key), 'FORBIDDEN')).toBeTruthy();
  });

  it('refuses a malformed or reversed period, naming the field', async () => {
    const world = await makeClientWorld(app.dataSource);
    const reversed = errorOf(await app.gql(ANALYTICS, { from: '2026-11-10', to: '2026-11-01' }, world.pr), 'BAD_USER_INPUT');
    expect(reversed.message).toContain('to: must not be before from');
    expect(errorOf(await app.gql(ANALYTICS, { from: '2026-02-30', to: '2026-03-01' }, world.pr), 'BAD_USER_INPUT').message).toContain('from:');
    expect(errorOf(await app.gql(ANALYTICS, { ...WEEK, filter: { platformId: 'nope' } }, world.pr), 'BAD_USER_INPUT').message).toContain('filter.platformId');
  });

  it('costs the same statements for seven cases as for none', async () => {
    const empty = await makeClientWorld(app.dataSource);
    const world = await makeAnalyticsWorld(app);
    const none = await app.gql(ANALYTICS, WEEK, empty.pr);
    const some = await app.gql(ANALYTICS, WEEK, world.pr);
    expect(some.statements).toBe(none.statements);
  });
});

async function makeClientWorldFor(client: Client) {
  const { token } = await makeUser(app.dataSource, { roles: [[client, Role.PR_SPECIALIST]] });
  return { token, client: client.slug };
}
