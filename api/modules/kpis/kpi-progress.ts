import { In } from 'typeorm';
import type { TenantScope } from '../../auth/tenant-scope';
import type { KpiTargetItem } from '../briefs/brief-content';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { Platform } from '../platforms/platform.entity';
import { periodRange } from './client-days';
import { ceilingFor, isBeyondCeiling, LOWER_IS_BETTER } from './kpi-ceilings';
import { computeKpiFacts, type KpiFact } from './kpi-facts';
import { KpiMetric, KpiPeriod } from './kpi-metric';
import { KpiStatus, type KpiProgress, type KpiProgressRow } from './kpi-progress.types';

/** A forecast within this share of the plan is AT_RISK; further off is OFF_TRACK. */
export const AT_RISK_MARGIN = 0.15;

/** Averages do not grow with time: their forecast is the figure so far. */
const AVERAGES: readonly KpiMetric[] = [KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS];
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/** How the forecast stands against the target: `achieved` is the share of plan the forecast reaches (1 = met). */
export function kpiStatus(achieved: number): KpiStatus {
  if (achieved >= 1) return KpiStatus.ON_TRACK;
  if (achieved >= 1 - AT_RISK_MARGIN) return KpiStatus.AT_RISK;
  return KpiStatus.OFF_TRACK;
}

/** Fact (or forecast) against target as a share of plan, turned round for lower-is-better metrics. */
export function shareOf(metric: KpiMetric, value: number | null, target: number | null): number | null {
  if (value === null || target === null) return null;
  if (LOWER_IS_BETTER.has(metric)) return value === 0 ? (target >= 0 ? 1 : null) : target / value;
  return target === 0 ? null : value / target;
}

export interface KpiProgressQuery {
  period: KpiPeriod;
  platformId?: string | null;
  representativeId?: string | null;
  /** Any moment of the period wanted; now when not said. */
  at?: Date;
  now?: Date;
}

/**
 * Plan vs fact for the client's period holding `at`: one row per target of the brief in force for the
 * period (on the platform asked, or all), then the remaining metrics of the scope asked without a
 * target, so the table shows every fact. Facts cost one statement per platform a target names.
 */
export async function kpiProgress(tenant: TenantScope, query: KpiProgressQuery): Promise<KpiProgress> {
  const now = query.now ?? new Date();
  const range = periodRange(tenant.client.timeZone, query.period, query.at ?? now);
  const until = new Date(Math.min(range.to.getTime(), Math.max(range.from.getTime(), now.getTime())));
  const elapsedShare = (until.getTime() - range.from.getTime()) / (range.to.getTime() - range.from.getTime());

  const brief = await loadBriefInForce(tenant);
  const scope = query.platformId ?? null;
  const targets = (brief?.content.kpiTargets ?? []).filter(
    (target: KpiTargetItem) => target.period === query.period && (scope === null || target.platformId === scope),
  );
  const scopes = [...new Set<string | null>([scope, ...targets.map((target) => target.platformId)])];
  const platformIds = scopes.filter((id): id is string => id !== null);
  const [platforms, ...factLists] = await Promise.all([
    platformIds.length ? tenant.find(Platform, { where: { id: In(platformIds) } }) : Promise.resolve([] as Platform[]),
    ...scopes.map((platformId) =>
      computeKpiFacts(tenant, { from: range.from, to: until, platformId: platformId ?? undefined, representativeId: query.representativeId ?? undefined }),
    ),
  ]);
  if (scope !== null && !platforms.some((platform) => platform.id === scope)) await tenant.get(Platform, scope);
  const platformById = new Map(platforms.map((platform) => [platform.id, platform]));
  const factsByScope = new Map(scopes.map((platformId, index) => [platformId, new Map(factLists[index].map((fact) => [fact.metric, fact]))]));

  const row = (metric: KpiMetric, platformId: string | null, target: KpiTargetItem | null): KpiProgressRow => {
    const fact = factsByScope.get(platformId)!.get(metric) as KpiFact;
    const lowerIsBetter = LOWER_IS_BETTER.has(metric);
    const forecast = fact.value === null ? null : AVERAGES.includes(metric) ? fact.value : elapsedShare > 0 ? round(fact.value / elapsedShare) : null;
    const ceiling = platformId ? ceilingFor(platformById.get(platformId)?.kpiCeilings, metric, query.period) : null;
    const targetValue = target?.target ?? null;
    const shareOfPlan = shareOf(metric, fact.value, targetValue);
    const forecastShare = shareOf(metric, forecast, targetValue);
    return {
      metric,
      platformId,
      platformName: platformId ? (platformById.get(platformId)?.name ?? null) : null,
      targetKey: target?.key ?? null,
      target: targetValue,
      fact: fact.value,
      outOf: fact.outOf,
      factSource: fact.source,
      forecast,
      shareOfPlan: shareOfPlan === null ? null : round(shareOfPlan, 3),
      ceiling,
      aboveCeiling: targetValue !== null && isBeyondCeiling(metric, targetValue, ceiling),
      status: forecastShare === null ? null : kpiStatus(forecastShare),
      lowerIsBetter,
    };
  };
  const targeted = targets.map((target) => row(target.metric, target.platformId, target));
  const covered = new Set(targets.filter((target) => target.platformId === scope).map((target) => target.metric));
  const untargeted = Object.values(KpiMetric)
    .filter((metric) => !covered.has(metric))
    .map((metric) => row(metric, scope, null));
  return {
    period: query.period,
    firstDay: range.firstDay,
    lastDay: range.lastDay,
    from: range.from,
    to: range.to,
    elapsedShare: round(elapsedShare, 4),
    briefVersionNumber: brief?.versionNumber ?? null,
    representativeId: query.representativeId ?? null,
    rows: [...targeted, ...untargeted],
  };
}
