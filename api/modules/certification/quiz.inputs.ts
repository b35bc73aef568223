import { IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { QuizGrading, QuizReview } from './certification-enums';
import type { Quiz } from './quiz.entity';
import type { QuizOverride } from './quiz-override.entity';

const atLeast = (field: string, min: number) => ({ message: `${field} must be a whole number, at least ${min}` });
const passRule = { message: 'passMark is a percentage from 0 to 100' };

/** What creating and updating share; each optional on update. */
@InputType()
abstract class QuizSettingsInput implements Partial<Quiz> {
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => [ID], { nullable: true })
  categoryIds?: string[];

  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Field({ nullable: true })
  shuffleQuestions?: boolean;

  @Field({ nullable: true })
  shuffleChoices?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(atLeast('timeLimitMinutes', 1))
  @Min(1, atLeast('timeLimitMinutes', 1))
  timeLimitMinutes?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(atLeast('attemptsAllowed', 1))
  @Min(1, atLeast('attemptsAllowed', 1))
  attemptsAllowed?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(atLeast('delayBetweenAttemptsMinutes', 0))
  @Min(0, atLeast('delayBetweenAttemptsMinutes', 0))
  delayBetweenAttemptsMinutes?: number;

  @Field(() => QuizGrading, { nullable: true })
  grading?: QuizGrading;

  @Field(() => QuizReview, { nullable: true })
  review?: QuizReview;

  @Field(() => Date, { nullable: true })
  opensAt?: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;

  @Field({ nullable: true })
  certifying?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(atLeast('certificateValidityDays', 1))
  @Min(1, atLeast('certificateValidityDays', 1))
  certificateValidityDays?: number | null;
}

@InputType()
export class CreateQuizInput extends QuizSettingsInput {
  @Field()
  @IsNotEmpty(notBlank('title'))
  @MaxLength(200, maxLength('title', 200))
  title: string;

  @Field(() => Int)
  @IsInt(atLeast('questionCount', 1))
  @Min(1, atLeast('questionCount', 1))
  @Max(200, { message: 'questionCount can be at most 200' })
  questionCount: number;

  @Field(() => Float)
  @Min(0, passRule)
  @Max(100, passRule)
  passMark: number;
}

@InputType()
export class UpdateQuizInput extends QuizSettingsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty(notBlank('title'))
  @MaxLength(200, maxLength('title', 200))
  title?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(atLeast('questionCount', 1))
  @Min(1, atLeast('questionCount', 1))
  @Max(200, { message: 'questionCount can be at most 200' })
  questionCount?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0, passRule)
  @Max(100, passRule)
  passMark?: number;

  @Field({ nullable: true })
  isArchived?: boolean;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  version: number;
}

@InputType()
export class QuizFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  q?: string;

  @Field({ nullable: true })
  certifying?: boolean;

  @Field({ nullable: true, description: 'Archived quizzes are left out unless this is true.' })
  isArchived?: boolean;
}

@ArgsType()
export class QuizListArgs extends ListArgs {
  @Field(() => QuizFilter, { nullable: true })
  filter?: QuizFilter;
}

@InputType({ description: 'Sets (or with zeros, clears) one representative\'s extra time and attempts on a quiz.' })
export class QuizOverrideInput implements Partial<QuizOverride> {
  @Field(() => ID)
  quizId: string;

  @Field(() => ID)
  representativeId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(atLeast('extraMinutes', 0))
  @Min(0, atLeast('extraMinutes', 0))
  extraMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(atLeast('extraAttempts', 0))
  @Min(0, atLeast('extraAttempts', 0))
  extraAttempts?: number;
}
