import { IsInt, IsOptional, Matches, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength } from '../../common/validation';
import { KpiMetric } from './kpi-metric';
import type { MetricEntry } from './metric-entry.entity';

const DAY_RULE = { message: 'day must be a date written YYYY-MM-DD, e.g. 2026-11-30' };
const VALUE_RULE = { message: 'value must be a whole number of at least 0' };
const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class CreateMetricEntryInput implements Partial<Omit<MetricEntry, 'source'>> {
  @Field(() => KpiMetric, { description: 'VIEWS, THREAD_MESSAGES or SITE_VISITS: the others are computed from the CRM.' })
  metric: KpiMetric;

  @Field(() => ID)
  platformId: string;

  @Field({ description: "The client's day, YYYY-MM-DD." })
  @Matches(DAY, DAY_RULE)
  day: string;

  @Field(() => Int)
  @IsInt(VALUE_RULE)
  @Min(0, VALUE_RULE)
  value: number;

  @Field(() => String, { nullable: true, description: 'Where the figure comes from; "manual" when not said.' })
  @IsOptional()
  @MaxLength(200, maxLength('source', 200))
  source?: string | null;
}

/** Corrects the figure (and where it comes from); metric, platform and day are what the entry is, so they stay. */
@InputType()
export class UpdateMetricEntryInput implements Partial<Omit<MetricEntry, 'source'>> {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(VALUE_RULE)
  @Min(0, VALUE_RULE)
  value?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, maxLength('source', 200))
  source?: string | null;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  version: number;
}

@InputType()
export class MetricEntryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => KpiMetric, { nullable: true })
  metric?: KpiMetric;

  @Field(() => ID, { nullable: true })
  platformId?: string;

  @Field({ nullable: true, description: 'From this day on (YYYY-MM-DD).' })
  dayFrom?: string;

  @Field({ nullable: true, description: 'Up to this day, included (YYYY-MM-DD).' })
  dayTo?: string;

  @Field({ nullable: true, description: 'Part of the source.' })
  q?: string;
}

@ArgsType()
export class MetricEntryListArgs extends ListArgs {
  @Field(() => MetricEntryFilter, { nullable: true })
  filter?: MetricEntryFilter;
}

@InputType()
export class PushedMetricValue {
  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field(() => ID)
  platformId: string;

  @Field(() => Int)
  @IsInt(VALUE_RULE)
  @Min(0, VALUE_RULE)
  value: number;
}

@InputType({ description: "One day's figures from an analytics tool: each (metric, platform) is created or corrected." })
export class PushMetricEntriesInput {
  @Field({ description: "The client's day, YYYY-MM-DD." })
  @Matches(DAY, DAY_RULE)
  day: string;

  @Field(() => [PushedMetricValue])
  @ValidateNested({ each: true })
  values: PushedMetricValue[];

  @Field(() => String, { nullable: true, description: "Where the figures come from; the API key's name when not said." })
  @IsOptional()
  @MaxLength(200, maxLength('source', 200))
  source?: string | null;
}

@ObjectType({ description: 'What an import or a push did: entries created and entries corrected (same metric, platform and day).' })
export class MetricEntriesWritten {
  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int, { description: 'Entries whose figure and source were already as sent.' })
  unchanged: number;
}
