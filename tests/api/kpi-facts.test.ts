import { TenantScope } from '../../api/auth/tenant-scope';
import { dayRange } from '../../api/modules/kpis/client-days';
import { computeKpiFacts, KpiFactSource, type KpiFact } from '../../api/modules/kpis/kpi-facts';
import { KpiMetric } from '../../api/modules/kpis/kpi-metric';
import { LoggedPostKind } from '../../api/modules/posts/post-kind';
import { makeClient, makePlatform, makeRepresentative } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { makeMetricEntry, makePost, makeWorkedCase } from '../helpers/kpis';

const app = useTestApp();

const MOSCOW = 'Europe/Moscow';
const asMap = (facts: KpiFact[]) => Object.fromEntries(facts.map((fact) => [fact.metric, fact]));

/**
 * One Moscow day, 30 November 2026 (from 29 Nov 21:00 UTC to 30 Nov 21:00 UTC), with cases, posts
 * and entries on both sides of its edges, on two platforms, by two representatives.
 */
async function novemberWorld() {
  const { dataSource } = app;
  const client = await makeClient(dataSource);
  const [forum, reviews] = await Promise.all([makePlatform(dataSource, client), makePlatform(dataSource, client)]);
  const anna = await makeRepresentative(dataSource, client, { platforms: [forum] });
  const boris = await makeRepresentative(dataSource, client, { platforms: [reviews] });
  const annaUser = anna.representative.userId;
  // Answered in 2 h, solved, a positive review and a site visit.
  await makeWorkedCase(dataSource, client, forum, { requestedAt: '2026-11-30T08:00:00Z', firstResponseAt: '2026-11-30T10:00:00Z', finishedAt: '2026-11-30T12:00:00Z' }, { resolved: true, positiveFeedback: true, siteVisit: true, representativeUserId: annaUser });
  // Answered at 23:30 Moscow time (20:30 UTC) in 15.5 h: counts on 30 November; not solved, but the promo was used.
  await makeWorkedCase(dataSource, client, forum, { requestedAt: '2026-11-30T05:00:00Z', firstResponseAt: '2026-11-30T20:30:00Z', finishedAt: '2026-11-30T20:40:00Z' }, { resolved: false, promoUsed: true, representativeUserId: annaUser });
  // Answered at 00:30 Moscow time on 1 December (still 30 November in UTC): not this day.
  await makeWorkedCase(dataSource, client, forum, { requestedAt: '2026-11-30T21:00:00Z', firstResponseAt: '2026-11-30T21:30:00Z' }, { representativeUserId: annaUser });
  // Answered at 23:30 Moscow time the day before.
  await makeWorkedCase(dataSource, client, forum, { requestedAt: '2026-11-29T18:00:00Z', firstResponseAt: '2026-11-29T20:30:00Z' });
  // Boris, on the review site: 4 h, solved.
  await makeWorkedCase(dataSource, client, reviews, { requestedAt: '2026-11-30T09:00:00Z', firstResponseAt: '2026-11-30T13:00:00Z', finishedAt: '2026-11-30T14:00:00Z' }, { resolved: true, representativeUserId: boris.representative.userId });

  await makePost(dataSource, anna.accounts[0], annaUser, LoggedPostKind.NEWS, '2026-11-30T10:00:00Z');
  await makePost(dataSource, anna.accounts[0], annaUser, LoggedPostKind.ANSWER, '2026-11-30T11:00:00Z');
  await makePost(dataSource, anna.accounts[0], annaUser, LoggedPostKind.NEWS, '2026-11-30T21:10:00Z');
  await makePost(dataSource, boris.accounts[0], boris.representative.userId, LoggedPostKind.OFFER, '2026-11-30T20:45:00Z');

  await makeMetricEntry(dataSource, client, forum, KpiMetric.VIEWS, '2026-11-30', 1000);
  await makeMetricEntry(dataSource, client, reviews, KpiMetric.VIEWS, '2026-11-30', 227);
  await makeMetricEntry(dataSource, client, forum, KpiMetric.VIEWS, '2026-11-29', 5);
  await makeMetricEntry(dataSource, client, forum, KpiMetric.SITE_VISITS, '2026-11-30', 40);

  // Another client's busy day must not show.
  const other = await makeClient(dataSource);
  const otherForum = await makePlatform(dataSource, other);
  await makeWorkedCase(dataSource, other, otherForum, { requestedAt: '2026-11-30T08:00:00Z', firstResponseAt: '2026-11-30T09:00:00Z', finishedAt: '2026-11-30T09:30:00Z' }, { resolved: true, positiveFeedback: true });
  await makeMetricEntry(dataSource, other, otherForum, KpiMetric.VIEWS, '2026-11-30', 99999);

  const tenant = new TenantScope(client, dataSource.manager);
  return { client, forum, reviews, anna, boris, tenant };
}

describe('KPI facts computed from the CRM and metric entries', () => {
  it("counts one Moscow day of the client's cases, posts and entries, each figure as computed by hand", async () => {
    const { tenant } = await novemberWorld();
    const facts = asMap(await computeKpiFacts(tenant, dayRange(MOSCOW, '2026-11-30', '2026-11-30')));
    expect(Object.keys(facts).sort()).toEqual(Object.values(KpiMetric).sort());
    expect(facts.QUESTIONS_ANSWERED).toEqual({ metric: 'QUESTIONS_ANSWERED', value: 3, outOf: null, source: KpiFactSource.CRM });
    // (2 + 15.5 + 4) / 3
    expect(facts.AVERAGE_FIRST_RESPONSE_HOURS.value).toBe(7.17);
    expect(facts.PROBLEMS_SOLVED).toMatchObject({ value: 2, outOf: 3, source: 'CRM' });
    expect(facts.POSITIVE_REVIEWS.value).toBe(1);
    expect(facts.PROMO_USES.value).toBe(1);
    // NEWS on the forum and the OFFER at 23:45 Moscow time; not the ANSWER, not the news after midnight.
    expect(facts.NEWS_POSTED).toMatchObject({ value: 2, source: 'CRM' });
    expect(facts.VIEWS).toMatchObject({ value: 1227, source: 'METRIC_ENTRIES' });
    // Web analytics' 40 visits include the one a case result recorded.
    expect(facts.SITE_VISITS).toMatchObject({ value: 40, source: 'METRIC_ENTRIES' });
    expect(facts.THREAD_MESSAGES).toEqual({ metric: 'THREAD_MESSAGES', value: null, outOf: null, source: 'METRIC_ENTRIES' });
  });

  it('a case answered at 00:30 Moscow time counts on that Moscow day, not on the UTC day before', async () => {
    const { tenant } = await novemberWorld();
    const facts = asMap(await computeKpiFacts(tenant, dayRange(MOSCOW, '2026-12-01', '2026-12-01')));
    expect(facts.QUESTIONS_ANSWERED.value).toBe(1);
    expect(facts.AVERAGE_FIRST_RESPONSE_HOURS.value).toBe(0.5);
    expect(facts.NEWS_POSTED.value).toBe(1);
    expect(facts.VIEWS.value).toBeNull();
    expect(facts.SITE_VISITS).toMatchObject({ value: 0, source: 'CRM' });
  });

  it('one platform: its cases, posts and entries only; site visits fall back to case results without entries', async () => {
    const { tenant, reviews } = await novemberWorld();
    const facts = asMap(await computeKpiFacts(tenant, { ...dayRange(MOSCOW, '2026-11-30', '2026-11-30'), platformId: reviews.id }));
    expect(facts.QUESTIONS_ANSWERED.value).toBe(1);
    expect(facts.AVERAGE_FIRST_RESPONSE_HOURS.value).toBe(4);
    expect(facts.PROBLEMS_SOLVED).toMatchObject({ value: 1, outOf: 1 });
    expect(facts.NEWS_POSTED.value).toBe(1);
    expect(facts.VIEWS.value).toBe(227);
    expect(facts.SITE_VISITS).toMatchObject({ value: 0, source: 'CRM' });
  });

  it("one representative: their cases and posts, and the entries of the platforms they hold an account on", async () => {
    const { tenant, anna } = await novemberWorld();
    const facts = asMap(await computeKpiFacts(tenant, { ...dayRange(MOSCOW, '2026-11-30', '2026-11-30'), representativeId: anna.representative.id }));
    expect(facts.QUESTIONS_ANSWERED.value).toBe(2);
    expect(facts.AVERAGE_FIRST_RESPONSE_HOURS.value).toBe(8.75);
    expect(facts.PROBLEMS_SOLVED).toMatchObject({ value: 1, outOf: 2 });
    expect(facts.POSITIVE_REVIEWS.value).toBe(1);
    expect(facts.NEWS_POSTED.value).toBe(1);
    expect(facts.VIEWS.value).toBe(1000);
  });

  it('two days sum their entries; a UTC-day range would take the 00:30 case instead', async () => {
    const { tenant } = await novemberWorld();
    const twoDays = asMap(await computeKpiFacts(tenant, dayRange(MOSCOW, '2026-11-29', '2026-11-30')));
    expect(twoDays.VIEWS.value).toBe(1232);
    expect(twoDays.QUESTIONS_ANSWERED.value).toBe(4);
    const utc = asMap(await computeKpiFacts(tenant, dayRange('UTC', '2026-11-30', '2026-11-30')));
    // In UTC the 00:30 Moscow case is on 30 November and the 23:30-Moscow one of the 29th is not.
    expect(utc.QUESTIONS_ANSWERED.value).toBe(4);
  });

  it('a client with no activity has zeros from the CRM and nulls where nothing is known', async () => {
    const client = await makeClient(app.dataSource);
    const facts = asMap(await computeKpiFacts(new TenantScope(client, app.dataSource.manager), dayRange(MOSCOW, '2026-11-01', '2026-11-30')));
    expect(facts.QUESTIONS_ANSWERED.value).toBe(0);
    expect(facts.PROBLEMS_SOLVED).toMatchObject({ value: 0, outOf: 0 });
    expect(facts.AVERAGE_FIRST_RESPONSE_HOURS.value).toBeNull();
    expect(facts.VIEWS.value).toBeNull();
  });
});
