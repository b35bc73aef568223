import { IsNotEmpty, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { CaseStoryStatus, type CaseStory } from './case-story.entity';

@InputType()
export class UpdateCaseStoryInput implements Partial<CaseStory> {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty(notBlank('title'))
  @MaxLength(300, maxLength('title', 300))
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty(notBlank('text'))
  @MaxLength(10_000, maxLength('text', 10_000))
  text?: string;

  @Field(() => Int)
  version: number;
}

@InputType()
export class CaseStoryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => CaseStoryStatus, { nullable: true })
  status?: CaseStoryStatus;

  @Field(() => ID, { nullable: true })
  caseId?: string;
}

@ArgsType()
export class CaseStoryListArgs extends ListArgs {
  @Field(() => CaseStoryFilter, { nullable: true })
  filter?: CaseStoryFilter;
}
