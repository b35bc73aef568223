import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import type { BriefContent } from './brief-content';
import {
  BriefKpiTargetInput,
  ContentRuleInput,
  PostingRuleInput,
  ResponseDeadlineInput,
  ResponsiblePersonInput,
  StandardSituationInput,
  TopicInput,
} from './brief-content.inputs';
import { BriefStatus } from './brief-version.entity';

const MAX_ITEMS = 300;
const sectionSize = (section: string) => ({ message: `${section} can hold at most ${MAX_ITEMS} items` });

@InputType()
export class CreateBriefDraftInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Copy the content (and item keys) of this version; leave out for an empty draft. To change the brief in force, copy it.',
  })
  copyFromVersionId?: string | null;

  @Field({ nullable: true, description: 'Defaults to the title of the version copied, else of the brief.' })
  @IsOptional()
  @Matches(/\S/, notBlank('title'))
  @MaxLength(300, maxLength('title', 300))
  title?: string;
}

/** The sections sent replace the draft's sections of that name; sections left out stay as they are. */
@InputType()
export class UpdateBriefDraftInput implements Partial<Record<keyof BriefContent, unknown>> {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/\S/, notBlank('title'))
  @MaxLength(300, maxLength('title', 300))
  title?: string;

  @Field(() => [PostingRuleInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS, sectionSize('postingRules'))
  @ValidateNested({ each: true })
  postingRules?: PostingRuleInput[];

  @Field(() => [TopicInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS, sectionSize('topics'))
  @ValidateNested({ each: true })
  topics?: TopicInput[];

  @Field(() => [ContentRuleInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS, sectionSize('contentRules'))
  @ValidateNested({ each: true })
  contentRules?: ContentRuleInput[];

  @Field(() => [ResponseDeadlineInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS, sectionSize('responseDeadlines'))
  @ValidateNested({ each: true })
  responseDeadlines?: ResponseDeadlineInput[];

  @Field(() => [StandardSituationInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS, sectionSize('standardSituations'))
  @ValidateNested({ each: true })
  standardSituations?: StandardSituationInput[];

  @Field(() => [ResponsiblePersonInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS, sectionSize('responsiblePeople'))
  @ValidateNested({ each: true })
  responsiblePeople?: ResponsiblePersonInput[];

  @Field(() => [BriefKpiTargetInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_ITEMS, sectionSize('kpiTargets'))
  @ValidateNested({ each: true })
  kpiTargets?: BriefKpiTargetInput[];

  @Field(() => Int, { description: 'The version of the draft you read; a newer one on the server means CONFLICT, with what changed.' })
  version: number;
}

@InputType()
export class BriefVersionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => BriefStatus, { nullable: true })
  status?: BriefStatus;

  @Field({ nullable: true, description: 'Finds by title.' })
  q?: string;
}

@ArgsType()
export class BriefVersionListArgs extends ListArgs {
  @Field(() => BriefVersionFilter, { nullable: true })
  filter?: BriefVersionFilter;
}
