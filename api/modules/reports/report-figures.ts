import { Field, Float, ObjectType } from 'type-graphql';
import type { TenantScope } from '../../auth/tenant-scope';
import type { KpiTargetItem } from '../briefs/brief-content';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { dayRange } from '../kpis/client-days';
import { computeKpiFacts } from '../kpis/kpi-facts';
import { KpiMetric } from '../kpis/kpi-metric';
import type { Report, ReportFigure } from './report.entity';

type Scope = Pick<Report, 'representativeId' | 'platformId' | 'period' | 'firstDay' | 'lastDay'>;

@ObjectType({ description: 'A figure as reported beside the live fact now: where the facts moved since submission.' })
export class ReportFigureChange {
  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field(() => Float, { nullable: true })
  reported: number | null;

  @Field(() => Float, { nullable: true })
  live: number | null;

  @Field(() => Float, { nullable: true, description: 'live − reported; null when either is unknown.' })
  delta: number | null;

  @Field({ description: 'True when the live fact differs from the reported figure.' })
  moved: boolean;
}

/** The facts of the report's representative, platform and period, in the client's days: one statement. */
function factsOf(tenant: TenantScope, scope: Scope) {
  const range = dayRange(tenant.client.timeZone, scope.firstDay, scope.lastDay);
  return computeKpiFacts(tenant, { ...range, platformId: scope.platformId ?? undefined, representativeId: scope.representativeId });
}

/** The brief's targets for the report's period and platform (targets for all platforms when it names none). */
async function targetsOf(tenant: TenantScope, scope: Scope): Promise<Map<KpiMetric, KpiTargetItem>> {
  const brief = await loadBriefInForce(tenant);
  const targets = (brief?.content.kpiTargets ?? []).filter((target) => target.period === scope.period && (target.platformId ?? null) === (scope.platformId ?? null));
  return new Map(targets.map((target) => [target.metric, target]));
}

/**
 * Every metric of the catalogue, in the order of the sources' report, from the facts, beside its
 * target. Figures the representative corrected keep their value.
 */
export async function figuresFromFacts(tenant: TenantScope, scope: Scope, kept: readonly ReportFigure[] = []): Promise<ReportFigure[]> {
  const facts = await factsOf(tenant, scope);
  const targets = await targetsOf(tenant, scope);
  return facts.map((fact) => {
    const corrected = kept.find((figure) => figure.metric === fact.metric && figure.corrected);
    return {
      metric: fact.metric,
      value: corrected ? corrected.value : fact.value,
      outOf: fact.outOf,
      target: targets.get(fact.metric)?.target ?? null,
      source: fact.source,
      corrected: Boolean(corrected),
    };
  });
}

/** The frozen figures against the live facts now. */
export async function figureChanges(tenant: TenantScope, report: Report): Promise<ReportFigureChange[]> {
  const live = new Map((await factsOf(tenant, report)).map((fact) => [fact.metric, fact.value]));
  return report.figures.map((figure) => {
    const now = live.get(figure.metric) ?? null;
    const delta = now === null || figure.value === null ? null : Math.round((now - figure.value) * 100) / 100;
    return { metric: figure.metric, reported: figure.value, live: now, delta, moved: now !== figure.value };
  });
}
