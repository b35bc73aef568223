import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ErrorReason } from '../../common/error-reasons';
import { conflict } from '../../common/errors';
import { ceilingFor, isBeyondCeiling, type CeilingItem } from '../kpis/kpi-ceilings';
import { KpiMetric, KpiPeriod } from '../kpis/kpi-metric';
import type { KpiRevision } from '../kpis/kpi-revision.entity';
import type { KpiTargetItem } from './brief-content';
import type { BriefVersion } from './brief-version.entity';

/** "The priority KPI should not switch more often than once in 3 months." */
export const PRIORITY_KPI_MONTHS = 3;

@ObjectType({ description: "A KPI target beyond its platform's ceiling: the editor shows it beside the field; approval needs a reason." })
export class KpiCeilingWarning {
  @Field()
  key: string;

  @Field({ description: 'The path of the target field, e.g. kpiTargets.2.target.' })
  field: string;

  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field(() => KpiPeriod)
  period: KpiPeriod;

  @Field(() => ID)
  platformId: string;

  @Field(() => Float)
  target: number;

  @Field(() => Float, { description: "The platform's ceiling for the metric, expressed for the target's period." })
  ceiling: number;
}

/** Targets on a platform beyond that platform's ceiling; targets for all platforms together have none. */
export function ceilingWarnings(targets: readonly KpiTargetItem[], ceilingsOf: (platformId: string) => readonly CeilingItem[] | undefined): KpiCeilingWarning[] {
  return targets.flatMap((target, index) => {
    if (!target.platformId) return [];
    const ceiling = ceilingFor(ceilingsOf(target.platformId), target.metric, target.period);
    if (ceiling === null || !isBeyondCeiling(target.metric, target.target, ceiling)) return [];
    return [{ key: target.key, field: `kpiTargets.${index}.target`, metric: target.metric, period: target.period, platformId: target.platformId, target: target.target, ceiling }];
  });
}

export function refuseAboveCeiling(version: BriefVersion, warnings: KpiCeilingWarning[]): never {
  const list = warnings.map((warning) => `${warning.metric} ${warning.target} > ${warning.ceiling} (${warning.field})`).join('; ');
  throw conflict(`Version ${version.number} sets KPI targets beyond their platforms' ceilings: ${list}. Lower them, or approve with a reason saying why.`, {
    reason: ErrorReason.KPI_ABOVE_CEILING,
    warnings,
  });
}

/** Which KPI is the priority: its metric and platform (the target's value may move freely). */
export function priorityOf(targets: readonly KpiTargetItem[]): string | null {
  const priority = targets.find((target) => target.isPriority);
  return priority ? `${priority.metric}|${priority.platformId ?? ''}` : null;
}

/** Calendar months later, on the same day or the month's last (PostgreSQL's `+ interval '3 months'`). */
export function addMonths(date: Date, months: number): Date {
  const result = new Date(date);
  const day = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
  result.setUTCDate(Math.min(day, lastDay));
  return result;
}

/**
 * When the approved version's priority KPI dates from: carried over while it stays the same, now when
 * it switches. A switch within 3 months of the last one is refused unless a reason is given; setting
 * the first priority is no switch.
 */
export function prioritySinceAtApproval(version: BriefVersion, inForce: BriefVersion | null, targetsInForce: readonly KpiTargetItem[], now: Date, reason: string | null): Date | null {
  const next = priorityOf(version.content.kpiTargets ?? []);
  const current = inForce ? priorityOf(targetsInForce) : null;
  if (next === current) return next ? (inForce!.priorityKpiSince ?? inForce!.approvedAt) : null;
  if (current !== null) {
    const since = inForce!.priorityKpiSince ?? inForce!.approvedAt!;
    const possibleFrom = addMonths(since, PRIORITY_KPI_MONTHS);
    if (now < possibleFrom && !reason) {
      throw conflict(
        `Version ${version.number} switches the priority KPI, which was last switched on ${since.toISOString().slice(0, 10)}; ` +
          `it may switch again from ${possibleFrom.toISOString().slice(0, 10)}. Keep the priority, or approve with a reason saying why now.`,
        { reason: ErrorReason.PRIORITY_KPI_TOO_SOON, since: since.toISOString(), possibleFrom: possibleFrom.toISOString() },
      );
    }
  }
  return next ? now : null;
}

type RevisionRow = Pick<KpiRevision, 'metric' | 'period' | 'platformId' | 'oldTarget' | 'newTarget' | 'isPriority'>;

/** Every target added, removed or moved from the version in force to the approved one. */
export function kpiRevisionsBetween(previous: readonly KpiTargetItem[], next: readonly KpiTargetItem[]): RevisionRow[] {
  const identity = (target: KpiTargetItem) => `${target.metric}|${target.period}|${target.platformId ?? ''}`;
  const before = new Map(previous.map((target) => [identity(target), target]));
  const rows: RevisionRow[] = [];
  for (const target of next) {
    const old = before.get(identity(target));
    before.delete(identity(target));
    if (old && old.target === target.target) continue;
    rows.push({ metric: target.metric, period: target.period, platformId: target.platformId, oldTarget: old?.target ?? null, newTarget: target.target, isPriority: Boolean(target.isPriority) });
  }
  for (const old of before.values()) {
    rows.push({ metric: old.metric, period: old.period, platformId: old.platformId, oldTarget: old.target, newTarget: null, isPriority: false });
  }
  return rows;
}
