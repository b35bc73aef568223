import { IsIn, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { BRIEF_SECTIONS } from '../briefs/brief-content';
import { QuestionStatus, QuestionType } from './certification-enums';
import type { Question, QuestionChoice } from './question.entity';
import type { QuestionCategory } from './question-category.entity';

@InputType()
export class CreateQuestionCategoryInput implements Partial<QuestionCategory> {
  @Field()
  @IsNotEmpty(notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType()
export class UpdateQuestionCategoryInput implements Partial<QuestionCategory> {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty(notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name?: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  version: number;
}

@InputType()
export class QuestionCategoryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  q?: string;
}

@ArgsType()
export class QuestionCategoryListArgs extends ListArgs {
  @Field(() => QuestionCategoryFilter, { nullable: true })
  filter?: QuestionCategoryFilter;
}

@InputType()
export class QuestionChoiceInput implements Partial<QuestionChoice> {
  @Field({ nullable: true, description: 'Keep the id of an existing choice; leave out for a new one.' })
  id?: string;

  @Field()
  @IsNotEmpty(notBlank('choice text'))
  text: string;

  @Field()
  isCorrect: boolean;

  @Field(() => String, { nullable: true })
  faultKind?: string | null;

  @Field(() => ID, { nullable: true })
  situationId?: string | null;

  @Field(() => ID, { nullable: true })
  replyRevisionId?: string | null;
}

const sectionRule = { message: `sourceBriefSection must be one of ${BRIEF_SECTIONS.join(', ')}` };

/** What creating and updating share; each optional, null clears it. */
@InputType()
abstract class QuestionDetailsInput implements Partial<Omit<Question, 'choices'>> {
  @Field(() => String, { nullable: true })
  material?: string | null;

  @Field(() => String, { nullable: true })
  explanation?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Field(() => [QuestionChoiceInput], { nullable: true, description: 'Choice types; TRUE_FALSE takes isTrue instead.' })
  @IsOptional()
  @ValidateNested({ each: true })
  choices?: QuestionChoiceInput[];

  @Field(() => Boolean, { nullable: true, description: 'TRUE_FALSE: whether the statement is true.' })
  isTrue?: boolean;

  @Field(() => [String], { nullable: true, description: 'SHORT_ANSWER: answers accepted in any Russian word form.' })
  acceptedAnswers?: string[];

  @Field(() => QuestionStatus, { nullable: true })
  status?: QuestionStatus;

  @Field(() => ID, { nullable: true })
  sourceBriefId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIn([...BRIEF_SECTIONS], sectionRule)
  sourceBriefSection?: string | null;

  @Field(() => String, { nullable: true })
  sourceBriefItemKey?: string | null;

  @Field(() => ID, { nullable: true })
  sourceSituationId?: string | null;

  @Field(() => ID, { nullable: true })
  sourceReplyRevisionId?: string | null;
}

@InputType()
export class CreateQuestionInput extends QuestionDetailsInput {
  @Field(() => ID)
  categoryId: string;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  @IsNotEmpty(notBlank('text'))
  text: string;
}

/** Only the fields sent are changed. */
@InputType()
export class UpdateQuestionInput extends QuestionDetailsInput {
  @Field(() => ID, { nullable: true })
  categoryId?: string;

  @Field(() => QuestionType, { nullable: true })
  type?: QuestionType;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty(notBlank('text'))
  text?: string;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  version: number;
}

@InputType()
export class QuestionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  q?: string;

  @Field(() => ID, { nullable: true })
  categoryId?: string;

  @Field(() => QuestionType, { nullable: true })
  type?: QuestionType;

  @Field(() => QuestionStatus, { nullable: true })
  status?: QuestionStatus;

  @Field({ nullable: true })
  tag?: string;
}

@ArgsType()
export class QuestionListArgs extends ListArgs {
  @Field(() => QuestionFilter, { nullable: true })
  filter?: QuestionFilter;
}
