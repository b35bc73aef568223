import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { KpiPeriod } from './kpi-metric';
import { KpiProgress } from './kpi-progress.types';
import { kpiProgressFor } from './kpi.service';

@Resolver()
export class KpiResolver {
  @Authorized([Role.PR_SPECIALIST, Role.REPRESENTATIVE])
  @Query(() => KpiProgress, {
    description:
      "Plan vs fact for the client's current month or quarter (or the one holding `at`), in the client's days: per target of the brief in force " +
      '(on the platform given, or all) the fact so far, the forecast to the end of the period, the share of plan, the ceiling and a status. ' +
      "A representative always gets their own facts; a PR specialist the client's, or one representative's.",
  })
  kpiProgress(
    @Arg('period', () => KpiPeriod) period: KpiPeriod,
    @Arg('platformId', () => ID, { nullable: true }) platformId: string | null,
    @Arg('representativeId', () => ID, { nullable: true }) representativeId: string | null,
    @Arg('at', () => Date, { nullable: true }) at: Date | null,
    @Ctx() context: RequestContext,
  ): Promise<KpiProgress> {
    return kpiProgressFor(context, { period, platformId, representativeId, at });
  }
}
