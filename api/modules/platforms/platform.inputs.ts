import { IsInt, IsNotEmpty, IsOptional, IsUrl, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { KpiMetric, KpiPeriod } from '../kpis/kpi-metric';
import { PlatformKind } from './platform-kind';
import { AgreementStatus, type KpiCeiling, type Platform } from './platform.entity';

@InputType()
export class KpiCeilingInput implements KpiCeiling {
  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field()
  @Min(0, { message: 'value cannot be negative' })
  value: number;

  @Field(() => KpiPeriod)
  period: KpiPeriod;
}

const urlRule = { message: 'url must be a web address starting with http:// or https://' };
const lengthRule = { message: 'replyLengthLimit must be a whole number of characters, at least 1' };

/** The descriptive fields that creating and updating share; each optional, `null` clears it. */
@InputType()
abstract class PlatformDetailsInput implements Partial<Platform> {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, urlRule)
  url?: string | null;

  @Field(() => String, { nullable: true })
  audience?: string | null;

  @Field(() => String, { nullable: true })
  geography?: string | null;

  @Field(() => AgreementStatus, { nullable: true })
  agreementStatus?: AgreementStatus;

  @Field(() => String, { nullable: true })
  agreementContact?: string | null;

  @Field(() => Date, { nullable: true })
  agreementDate?: Date | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(lengthRule)
  @Min(1, lengthRule)
  replyLengthLimit?: number | null;

  @Field(() => [KpiCeilingInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  kpiCeilings?: KpiCeilingInput[];
}

@InputType()
export class CreatePlatformInput extends PlatformDetailsInput {
  @Field(() => PlatformKind)
  kind: PlatformKind;

  @Field()
  @IsNotEmpty(notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name: string;
}

/** Only the fields sent are changed. */
@InputType()
export class UpdatePlatformInput extends PlatformDetailsInput {
  @Field(() => PlatformKind, { nullable: true })
  kind?: PlatformKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty(notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name?: string;

  @Field({ nullable: true })
  isArchived?: boolean;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  version: number;
}

@InputType()
export class PlatformFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  q?: string;

  @Field(() => PlatformKind, { nullable: true })
  kind?: PlatformKind;

  @Field({ nullable: true, description: 'Archived platforms are left out unless this is true.' })
  isArchived?: boolean;
}

@ArgsType()
export class PlatformListArgs extends ListArgs {
  @Field(() => PlatformFilter, { nullable: true })
  filter?: PlatformFilter;
}
