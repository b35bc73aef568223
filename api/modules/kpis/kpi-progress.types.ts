import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { KpiFactSource } from './kpi-facts';
import { KpiMetric, KpiPeriod } from './kpi-metric';

/** Public API. How the forecast stands against the plan; README "KPIs: facts and progress" says how it is chosen. */
export enum KpiStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}

registerEnumType(KpiStatus, {
  name: 'KpiStatus',
  valuesConfig: {
    ON_TRACK: { description: 'The forecast reaches the target.' },
    AT_RISK: { description: 'The forecast falls short by less than 15% (or, for response time, exceeds the target by less than 15%).' },
    OFF_TRACK: { description: 'The forecast misses the target by 15% or more.' },
  },
});

@ObjectType({ description: 'One metric on one platform (or all of them): plan, fact so far, forecast and status.' })
export class KpiProgressRow {
  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field(() => ID, { nullable: true, description: 'Null: the whole client, every platform.' })
  platformId: string | null;

  @Field(() => String, { nullable: true })
  platformName: string | null;

  @Field(() => String, { nullable: true, description: "The key of the brief's KPI target; null for a metric without a target." })
  targetKey: string | null;

  @Field(() => Float, { nullable: true, description: 'From the brief in force; null when it sets none for this metric here.' })
  target: number | null;

  @Field(() => Float, { nullable: true, description: 'The fact from the start of the period to now; null when unknown.' })
  fact: number | null;

  @Field(() => Int, { nullable: true, description: 'For PROBLEMS_SOLVED: of how many problems.' })
  outOf: number | null;

  @Field(() => KpiFactSource)
  factSource: KpiFactSource;

  @Field(() => Float, { nullable: true, description: 'The fact extended linearly to the end of the period (an average, such as response time, stays as it is).' })
  forecast: number | null;

  @Field(() => Float, { nullable: true, description: 'Fact against target, 1 = the plan is met; for lower-is-better metrics target ÷ fact.' })
  shareOfPlan: number | null;

  @Field(() => Float, { nullable: true, description: "The platform's KPI ceiling for the metric over this period; null when the platform sets none or the row is client-wide." })
  ceiling: number | null;

  @Field({ description: 'The target is above the ceiling: the plan asks more than the platform can give.' })
  aboveCeiling: boolean;

  @Field(() => KpiStatus, { nullable: true, description: 'Null without a target or without a fact.' })
  status: KpiStatus | null;

  @Field({ description: 'AVERAGE_FIRST_RESPONSE_HOURS: a smaller figure is better.' })
  lowerIsBetter: boolean;
}

@ObjectType()
export class KpiProgress {
  @Field(() => KpiPeriod)
  period: KpiPeriod;

  @Field({ description: "The period's first client day (YYYY-MM-DD)." })
  firstDay: string;

  @Field({ description: "The period's last client day (YYYY-MM-DD)." })
  lastDay: string;

  @Field({ description: 'When the period began.' })
  from: Date;

  @Field({ description: 'When it ends (excluded).' })
  to: Date;

  @Field(() => Float, { description: 'The share of the period elapsed, 0 to 1: the forecast divides the fact by it.' })
  elapsedShare: number;

  @Field(() => Int, { nullable: true, description: 'The brief version the targets come from; null when no brief is in force.' })
  briefVersionNumber: number | null;

  @Field(() => ID, { nullable: true, description: "The representative whose own facts these are; null for the client's." })
  representativeId: string | null;

  @Field(() => [KpiProgressRow])
  rows: KpiProgressRow[];
}
