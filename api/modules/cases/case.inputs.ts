import { IsNotEmpty, IsOptional, IsUrl, MaxLength } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { Sentiment } from '../mentions/sentiment';
import { CaseStatus } from './case-status';
import type { Case } from './case.entity';

@InputType()
export class CaseFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => CaseStatus, { nullable: true })
  status?: CaseStatus;

  @Field(() => [CaseStatus], { nullable: true, description: 'Any of these statuses.' })
  statuses?: CaseStatus[];

  @Field({ nullable: true, description: 'true: not RESOLVED or CLOSED; false: finished ones.' })
  open?: boolean;

  @Field(() => ConsumerCycleCategory, { nullable: true })
  category?: ConsumerCycleCategory;

  @Field(() => ID, { nullable: true })
  platformId?: string;

  @Field(() => ID, { nullable: true })
  authorId?: string;

  @Field(() => ID, { nullable: true })
  representativeUserId?: string;

  @Field(() => Sentiment, { nullable: true })
  sentiment?: Sentiment;

  @Field({ nullable: true, description: 'true: the overdue queue (no answer yet and the deadline has passed); false: the rest.' })
  overdue?: boolean;

  @Field({ nullable: true, description: "Finds in the post's text and the author's handle or name." })
  q?: string;
}

@ArgsType()
export class CaseListArgs extends ListArgs {
  @Field(() => CaseFilter, { nullable: true })
  filter?: CaseFilter;
}

@InputType()
export class MoveCaseInput {
  @Field(() => CaseStatus, { description: 'IN_PROGRESS, MOVED_TO_PRIVATE or CLOSED; ANSWERED comes with logReaction, RESOLVED with recordCaseResult.' })
  status: CaseStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, maxLength('note', 2000))
  note?: string | null;

  @Field(() => Int)
  version: number;
}

@InputType()
export class LogReactionInput {
  @Field({ description: 'The text actually posted.' })
  @IsNotEmpty(notBlank('text'))
  @MaxLength(20_000, maxLength('text', 20_000))
  text: string;

  @Field(() => ID, { nullable: true, description: 'The approved reply used; its situation becomes the case\'s and the post a confirmed example of it.' })
  replyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The official account posted from; by default your own account on the case\'s platform.' })
  officialAccountId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was posted; now by default.' })
  postedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'postUrl must be a web address starting with http:// or https://' })
  postUrl?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the text goes out although checkReply finds a phrase or topic the brief forbids, or personal data asked in public (else BREAKS_BRIEF); recorded with the post.',
  })
  overrideReason?: string | null;

  @Field(() => Int, { description: 'The version of the case you read.' })
  version: number;
}

@InputType()
export class CaseResultInput implements Partial<Case> {
  @Field({ description: "Whether the person's problem was solved: RESOLVED if so, CLOSED if not." })
  resolved: boolean;

  @Field({ defaultValue: false })
  positiveFeedback: boolean;

  @Field({ defaultValue: false })
  siteVisit: boolean;

  @Field({ defaultValue: false })
  promoUsed: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, maxLength('note', 2000))
  note?: string | null;

  @Field(() => Int)
  version: number;
}

@InputType()
export class ClassifyCaseInput {
  @Field(() => ConsumerCycleCategory, { nullable: true, description: "Defaults to the situation's category when a situation is given." })
  category?: ConsumerCycleCategory | null;

  @Field(() => ID, { nullable: true, description: 'The right situation: the post becomes a confirmed example of it.' })
  situationId?: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: 'Whether the brief lets the brand post on a platform now.' })
export class PostingAllowance {
  @Field(() => ID)
  platformId: string;

  @Field()
  allowed: boolean;

  @Field(() => String, { nullable: true, description: 'Why not, when not allowed.' })
  reason: string | null;

  @Field(() => String, { nullable: true, description: 'The posting rule of the brief that applies (null: no limit).' })
  ruleKey: string | null;

  @Field(() => Int, { nullable: true })
  maxPostsPerDay: number | null;

  @Field(() => Int, { nullable: true })
  maxPostsPerWeek: number | null;

  @Field(() => Int, { description: 'Posts logged on the platform in the last 24 hours.' })
  postsLastDay: number;

  @Field(() => Int, { description: 'Posts logged on the platform in the last 7 days.' })
  postsLastWeek: number;

  @Field(() => Date, { nullable: true, description: 'When the next post becomes possible, when it is not now.' })
  freesAt: Date | null;
}

@ObjectType({ description: 'The case queue at a glance, computed by the API.' })
export class CaseDashboard {
  @Field(() => Int, { description: 'Cases not RESOLVED or CLOSED.' })
  open: number;

  @Field(() => Int, { description: 'Cases with no answer yet whose deadline has passed.' })
  overdue: number;

  @Field(() => Int, { description: 'Cases still waiting for their first answer.' })
  awaitingAnswer: number;

  @Field(() => Float, { nullable: true, description: 'Average hours from the post to the first answer, over cases first answered in the last 30 days.' })
  averageFirstResponseHours: number | null;

  @Field(() => Int, { description: 'Cases first answered in the last 30 days.' })
  answeredLast30Days: number;

  @Field(() => Int, { description: 'Cases resolved in the last 30 days.' })
  resolvedLast30Days: number;

  @Field(() => Int, { description: 'Escalations waiting for an answer or for archiving.' })
  openEscalations: number;
}
