import { ArrayMaxSize, IsNotEmpty, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank, SLUG_MESSAGE, SLUG_PATTERN } from '../../common/validation';
import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { PlatformKind } from '../platforms/platform-kind';
import { EscalationStatus } from './escalation.entity';

@InputType()
export class EscalateCaseInput {
  @Field({ description: 'What the representative needs to know, in their words.' })
  @IsNotEmpty(notBlank('question'))
  @MaxLength(5000, maxLength('question', 5000))
  question: string;

  @Field(() => String, { nullable: true, description: "A topic key of the brief in force (else UNKNOWN_TOPIC, listing the valid ones); without it, the situation's topic or the post's." })
  @IsOptional()
  @MaxLength(100, maxLength('topic', 100))
  topic?: string | null;

  @Field(() => String, { nullable: true, description: 'A responsible person of the brief in force (their key) to ask directly, instead of whoever answers for the topic (else UNKNOWN_RESPONSIBLE_PERSON).' })
  @IsOptional()
  @MaxLength(100, maxLength('responsiblePersonKey', 100))
  responsiblePersonKey?: string | null;
}

@InputType()
export class HandOverEscalationInput {
  @Field(() => String, { nullable: true, description: 'The responsible person of the brief in force to hand the question on to; null hands it back to the PR specialists.' })
  @IsOptional()
  @MaxLength(100, maxLength('responsiblePersonKey', 100))
  responsiblePersonKey?: string | null;

  @Field({ description: 'Why it goes on, for the one who gets it.' })
  @IsNotEmpty(notBlank('comment'))
  @MaxLength(2000, maxLength('comment', 2000))
  comment: string;

  @Field(() => Int)
  version: number;
}

@InputType()
export class AnswerEscalationInput {
  @Field({ description: 'The answer, as the responsible person gives it.' })
  @IsNotEmpty(notBlank('answer'))
  @MaxLength(10_000, maxLength('answer', 10_000))
  answer: string;

  @Field(() => Int)
  version: number;
}

/** What becomes of an answer in the argument base; escalationArchiveDraft gives it prefilled. */
@InputType()
export class ArchiveEscalationInput {
  @Field({ description: 'The new situation\'s key, unique in the client.' })
  @Matches(SLUG_PATTERN, { message: `key: ${SLUG_MESSAGE}` })
  @MaxLength(100, maxLength('key', 100))
  key: string;

  @Field()
  @IsNotEmpty(notBlank('title'))
  @MaxLength(300, maxLength('title', 300))
  title: string;

  @Field(() => ConsumerCycleCategory)
  category: ConsumerCycleCategory;

  @Field(() => String, { nullable: true, description: 'A topic key of the brief in force (else UNKNOWN_TOPIC).' })
  @IsOptional()
  @MaxLength(100, maxLength('topic', 100))
  topic?: string | null;

  @Field({ description: 'The approved reply, with {name} and {brand} placeholders if wanted.' })
  @IsNotEmpty(notBlank('replyText'))
  @MaxLength(10_000, maxLength('replyText', 10_000))
  replyText: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'theses can hold at most 20 points' })
  theses: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20, { message: 'variants can hold at most 20 wordings' })
  variants: string[];

  @Field(() => [PlatformKind], { defaultValue: [], description: 'Platform kinds the reply suits; empty: all.' })
  platformKinds: PlatformKind[];

  @Field(() => Int, { description: 'The version of the escalation you read.' })
  version: number;
}

@ObjectType({ description: 'The archive form, prefilled from the escalation, its answer and its case.' })
export class EscalationArchiveDraft {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => ConsumerCycleCategory, { nullable: true, description: "The case's category, when known." })
  category: ConsumerCycleCategory | null;

  @Field(() => String, { nullable: true })
  topic: string | null;

  @Field()
  replyText: string;

  @Field(() => [String])
  theses: string[];

  @Field({ description: "The case's post: it becomes a confirmed example of the new situation." })
  exampleText: string;
}

@InputType()
export class EscalationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => EscalationStatus, { nullable: true })
  status?: EscalationStatus;

  @Field(() => ID, { nullable: true })
  caseId?: string;

  @Field(() => ID, { nullable: true })
  assigneeUserId?: string;

  @Field({ nullable: true, description: 'true: questions waiting for an answer past their due time.' })
  overdue?: boolean;
}

@ArgsType()
export class EscalationListArgs extends ListArgs {
  @Field(() => EscalationFilter, { nullable: true })
  filter?: EscalationFilter;
}

@ObjectType({ description: 'Who a case\'s question would go to, and by when, if it were sent now (escalationRoute).' })
export class EscalationRoute {
  @Field(() => String, { nullable: true, description: 'The topic key the question would carry.' })
  topic: string | null;

  @Field(() => String, { nullable: true, description: "The topic's name in the brief in force." })
  topicName: string | null;

  @Field({ description: 'The responsible person, or "PR-специалист" when nobody of the brief answers for the topic.' })
  assigneeName: string;

  @Field(() => String, { nullable: true })
  assigneePosition: string | null;

  @Field(() => Number, { nullable: true, description: "The brief's answer deadline for this person, in hours." })
  answerWithinHours: number | null;

  @Field(() => Date, { nullable: true, description: 'When the answer would be due if sent now.' })
  dueAt: Date | null;

  @Field({ description: 'True when the question would go to the PR specialists.' })
  toPrSpecialists: boolean;
}
