import { IsIn, IsOptional, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength } from '../../common/validation';
import { KpiMetric, KpiPeriod } from '../kpis/kpi-metric';
import { REPORT_SECTIONS, ReportStatus, type Report } from './report.entity';

const TEXT_LIMIT = 20000;

@InputType()
export class CreateReportInput {
  @Field(() => ID, { nullable: true, description: 'PR specialists name the representative; a representative always reports for themselves.' })
  representativeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The platform, where the brief sets per-platform targets; none for all platforms together.' })
  platformId?: string | null;

  @Field(() => KpiPeriod, { nullable: true, description: 'MONTH unless said.' })
  period?: KpiPeriod | null;

  @Field(() => Date, { nullable: true, description: 'Any moment of the period reported on; now when not said (the current month).' })
  at?: Date | null;
}

@InputType({ description: "A correction of a prefilled figure (an entered metric the representative knows better)." })
export class ReportFigureInput {
  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'value cannot be negative' })
  value: number | null;
}

/** Only the fields sent are changed. */
@InputType()
export class UpdateReportInput implements Partial<Pick<Report, 'wentWell' | 'problems' | 'proposals'>> {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMIT, maxLength('wentWell', TEXT_LIMIT))
  wentWell?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMIT, maxLength('problems', TEXT_LIMIT))
  problems?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(TEXT_LIMIT, maxLength('proposals', TEXT_LIMIT))
  proposals?: string;

  @Field(() => [ReportFigureInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  figures?: ReportFigureInput[];

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  version: number;
}

const SUBJECTS = [...Object.values(KpiMetric), ...REPORT_SECTIONS];

@InputType({ description: 'A comment on one figure (a KpiMetric) or one section (wentWell, problems, proposals).' })
export class ReportCommentInput {
  @Field()
  @IsIn(SUBJECTS, { message: `subject must be a KpiMetric or one of ${REPORT_SECTIONS.join(', ')}` })
  subject: string;

  @Field()
  @MaxLength(4000, maxLength('comment', 4000))
  comment: string;
}

@InputType()
export class ReportFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ReportStatus, { nullable: true })
  status?: ReportStatus;

  @Field(() => ID, { nullable: true })
  representativeId?: string;

  @Field(() => ID, { nullable: true })
  platformId?: string;

  @Field({ nullable: true, description: "The PR specialist's queue: submitted reports of others, awaiting review." })
  awaitingReview?: boolean;

  @Field({ nullable: true, description: "The caller's own reports." })
  mine?: boolean;
}

@ArgsType()
export class ReportListArgs extends ListArgs {
  @Field(() => ReportFilter, { nullable: true })
  filter?: ReportFilter;
}
