import { dayOf } from '../api/modules/kpis/client-days';
import { KpiMetric } from '../api/modules/kpis/kpi-metric';
import { MetricEntry } from '../api/modules/kpis/metric-entry.entity';
import { LoggedPostKind } from '../api/modules/posts/post-kind';
import { Post } from '../api/modules/posts/post.entity';
import { OfficialAccount } from '../api/modules/representatives/official-account.entity';
import { Representative } from '../api/modules/representatives/representative.entity';
import type { SeedStep } from './demo';

const DAY = 86_400_000;
const DAYS = 30;

/** Thirty days of the sources' report, spread evenly: views 3,227, thread messages 154, site visits 100. */
const MONTHLY: [KpiMetric, number][] = [
  [KpiMetric.VIEWS, 3227],
  [KpiMetric.THREAD_MESSAGES, 154],
  [KpiMetric.SITE_VISITS, 100],
];

const NEWS = [
  'Открылся новый шоурум на Ленинском проспекте: приглашаем на тест-драйв в выходные.',
  'Зимний сервис: проверка аккумулятора и антифриза бесплатно до конца месяца.',
  'Новые модели уже в салоне — расписание тест-драйвов на сайте.',
];

/**
 * Platform figures and news for the KPI page: the last 30 client days on the first platform each
 * client has an official account on (the figures only the platform knows), and twelve news posts.
 */
export const seedKpis: SeedStep = async (manager, clients) => {
  let created = 0;
  for (const client of clients.values()) {
    if (await manager.existsBy(MetricEntry, { clientId: client.id })) continue;
    const account = await manager.findOne(OfficialAccount, { where: { clientId: client.id, isActive: true }, order: { createdAt: 'ASC' } });
    if (!account) continue;
    const representative = await manager.findOneByOrFail(Representative, { id: account.representativeId });
    const now = Date.now();
    const entries = [];
    for (let daysAgo = DAYS; daysAgo >= 1; daysAgo -= 1) {
      const day = dayOf(client.timeZone, new Date(now - daysAgo * DAY));
      const index = DAYS - daysAgo + 1;
      for (const [metric, monthly] of MONTHLY) {
        // Whole numbers that add up to the month's figure: day n gets floor(n·total/30) − floor((n−1)·total/30).
        const value = Math.floor((index * monthly) / DAYS) - Math.floor(((index - 1) * monthly) / DAYS);
        entries.push({ clientId: client.id, metric, platformId: account.platformId, day, value, source: 'демо: статистика площадки', enteredByUserId: null, enteredByApiKeyId: null });
      }
    }
    await manager.insert(MetricEntry, entries);
    created += entries.length;
    const posts = Array.from({ length: 12 }, (_, index) => ({
      clientId: client.id,
      platformId: account.platformId,
      officialAccountId: account.id,
      userId: representative.userId,
      kind: index % 4 === 3 ? LoggedPostKind.OFFER : LoggedPostKind.NEWS,
      text: NEWS[index % NEWS.length],
      url: null,
      postedAt: new Date(now - (index * 2.5 + 0.5) * DAY),
      violations: [],
    }));
    await manager.insert(Post, posts);
    created += posts.length;
  }
  return created;
};
