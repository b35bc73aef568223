import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { Sentiment } from '../../api/modules/mentions/sentiment';
import { makeAnalyticsCase, makePlatform, makeSituation } from '../../seeds/factories';
import type { TestApp } from './app';
import { makeClientWorld, type ClientWorld } from './world';

export const at = (iso: string, minutes = 0) => new Date(new Date(iso).getTime() + minutes * 60_000);

export interface AnalyticsWorld extends ClientWorld {
  titles: { s1: string; s2: string };
}

/**
 * The week 10–16 November 2026 in Moscow (UTC+3) and the week before it, case by case, so that every
 * figure below can be worked out by hand.
 */
export async function makeAnalyticsWorld(testApp: TestApp): Promise<AnalyticsWorld> {
  const world = await makeClientWorld(testApp.dataSource);
  const { dataSource } = testApp;
  const client = world.client;
  const platform = await makePlatform(dataSource, client);
  const s1 = await makeSituation(dataSource, client, { title: 'Карта заблокирована', category: ConsumerCycleCategory.NEGATIVE });
  const s2 = await makeSituation(dataSource, client, { title: 'Как подключить уведомления', category: ConsumerCycleCategory.SUPPORT });
  const base = { platform };
  // 23:30 Moscow time on 10 November: that Moscow day, though UTC still says the 10th too late in the day.
  await makeAnalyticsCase(dataSource, client, {
    ...base,
    requestedAt: at('2026-11-10T20:30:00Z'),
    firstResponseAt: at('2026-11-10T20:30:00Z', 30),
    deadlineAt: at('2026-11-10T20:30:00Z', 60),
    status: CaseStatus.ANSWERED,
    category: ConsumerCycleCategory.NEGATIVE,
    situationId: s1.id,
    sentiment: Sentiment.NEGATIVE,
  });
  // 00:30 Moscow time on 11 November (21:30 UTC on the 10th): the 11th.
  await makeAnalyticsCase(dataSource, client, {
    ...base,
    requestedAt: at('2026-11-10T21:30:00Z'),
    firstResponseAt: at('2026-11-10T21:30:00Z', 120),
    deadlineAt: at('2026-11-10T21:30:00Z', 60),
    finishedAt: at('2026-11-10T21:30:00Z', 240),
    status: CaseStatus.RESOLVED,
    resolved: true,
    positiveFeedback: true,
    category: ConsumerCycleCategory.NEGATIVE,
    situationId: s1.id,
    representativeUserId: world.userIds.representative,
  });
  await makeAnalyticsCase(dataSource, client, {
    ...base,
    requestedAt: at('2026-11-12T09:00:00Z'),
    firstResponseAt: at('2026-11-12T09:00:00Z', 600),
    finishedAt: at('2026-11-12T09:00:00Z', 1440),
    status: CaseStatus.RESOLVED,
    resolved: true,
    category: ConsumerCycleCategory.SUPPORT,
    situationId: s2.id,
    sentiment: Sentiment.POSITIVE,
  });
  // 23:59 and 00:00 Moscow time at the end of the period: the first is in it, the second is not.
  await makeAnalyticsCase(dataSource, client, { ...base, requestedAt: at('2026-11-16T20:59:00Z'), deadlineAt: at('2026-11-16T20:59:00Z', 120) });
  await makeAnalyticsCase(dataSource, client, { ...base, requestedAt: at('2026-11-16T21:00:00Z') });
  // The previous week (3–9 November).
  await makeAnalyticsCase(dataSource, client, {
    ...base,
    requestedAt: at('2026-11-05T10:00:00Z'),
    firstResponseAt: at('2026-11-05T10:00:00Z', 60),
    status: CaseStatus.ANSWERED,
    category: ConsumerCycleCategory.NEGATIVE,
    situationId: s1.id,
  });
  await makeAnalyticsCase(dataSource, client, { ...base, requestedAt: at('2026-11-09T12:00:00Z'), category: ConsumerCycleCategory.SUPPORT });
  return { ...world, titles: { s1: s1.title, s2: s2.title } };
}

