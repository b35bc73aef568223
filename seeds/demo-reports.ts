import { BriefStatus, BriefVersion } from '../api/modules/briefs/brief-version.entity';
import type { BriefContent } from '../api/modules/briefs/brief-content';
import { periodRange } from '../api/modules/kpis/client-days';
import { KpiFactSource } from '../api/modules/kpis/kpi-facts';
import { KpiMetric, KpiPeriod } from '../api/modules/kpis/kpi-metric';
import { KpiRevision } from '../api/modules/kpis/kpi-revision.entity';
import { Report, ReportStatus } from '../api/modules/reports/report.entity';
import { OfficialAccount } from '../api/modules/representatives/official-account.entity';
import type { SeedStep } from './demo';

/** The sources' real report (car dealer, end of the second month), and the 30 hours of response at the start. */
const SOURCES_REPORT: [KpiMetric, number, number | null][] = [
  [KpiMetric.VIEWS, 3227, null],
  [KpiMetric.SITE_VISITS, 100, null],
  [KpiMetric.NEWS_POSTED, 12, null],
  [KpiMetric.QUESTIONS_ANSWERED, 20, null],
  [KpiMetric.PROBLEMS_SOLVED, 2, 2],
  [KpiMetric.POSITIVE_REVIEWS, 2, null],
  [KpiMetric.THREAD_MESSAGES, 154, null],
  [KpiMetric.PROMO_USES, 0, null],
  [KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS, 30, null],
];
const ENTERED = [KpiMetric.VIEWS, KpiMetric.THREAD_MESSAGES, KpiMetric.SITE_VISITS];

/**
 * Per client: the brief in force's targets as the first KPI revisions, and last month's report of the
 * first representative with an account, submitted with the sources' figures, awaiting review.
 */
export const seedReports: SeedStep = async (manager, clients) => {
  let created = 0;
  for (const client of clients.values()) {
    if (await manager.existsBy(Report, { clientId: client.id })) continue;
    const inForce = await manager.findOne(BriefVersion, { where: { clientId: client.id, status: BriefStatus.APPROVED } });
    const targets = (inForce?.content as Partial<BriefContent> | undefined)?.kpiTargets ?? [];
    if (inForce && !(await manager.existsBy(KpiRevision, { clientId: client.id }))) {
      const revisions = targets.map((target) => ({
        clientId: client.id,
        briefVersionId: inForce.id,
        previousVersionId: null,
        metric: target.metric,
        period: target.period,
        platformId: target.platformId,
        oldTarget: null,
        newTarget: target.target,
        isPriority: Boolean(target.isPriority),
        reason: 'Первая версия ТЗ',
        changedById: inForce.approvedById,
        changedAt: inForce.approvedAt ?? new Date(),
      }));
      if (revisions.length) await manager.insert(KpiRevision, revisions);
      created += revisions.length;
    }
    const account = await manager.findOne(OfficialAccount, { where: { clientId: client.id, isActive: true }, order: { createdAt: 'ASC' } });
    if (!account) continue;
    const thisMonth = periodRange(client.timeZone, KpiPeriod.MONTH, new Date());
    const { firstDay, lastDay } = periodRange(client.timeZone, KpiPeriod.MONTH, new Date(thisMonth.from.getTime() - 1));
    const targetOf = (metric: KpiMetric) => targets.find((target) => target.metric === metric && target.period === KpiPeriod.MONTH && target.platformId === account.platformId)?.target ?? null;
    await manager.insert(Report, {
      clientId: client.id,
      representativeId: account.representativeId,
      platformId: account.platformId,
      period: KpiPeriod.MONTH,
      firstDay,
      lastDay,
      status: ReportStatus.SUBMITTED,
      figures: SOURCES_REPORT.map(([metric, value, outOf]) => ({
        metric,
        value,
        outOf,
        target: targetOf(metric),
        source: ENTERED.includes(metric) ? KpiFactSource.METRIC_ENTRIES : KpiFactSource.CRM,
        corrected: false,
      })),
      wentWell: 'Ответили на все 20 вопросов; обе проблемы решены, два положительных отзыва.',
      problems: 'В ветке остался старый негатив; первые ответы пока медленные — в среднем 30 часов.',
      proposals: 'Дежурство по выходным, чтобы отвечать быстрее; еженедельный дайджест новостей.',
      comments: [],
      createdById: null,
      submittedAt: thisMonth.from,
    });
    created += 1;
  }
  return created;
};
