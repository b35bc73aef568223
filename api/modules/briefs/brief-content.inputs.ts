import { ArrayMaxSize, ArrayUnique, IsOptional, IsPositive, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { maxLength, notBlank, SLUG_PATTERN } from '../../common/validation';
import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { KpiMetric, KpiPeriod } from '../kpis/kpi-metric';
import { PlatformKind } from '../platforms/platform-kind';
import {
  ContentRuleKind,
  PostKind,
  TopicPolicy,
  type ContentRuleItem,
  type KpiTargetItem,
  type PostingRuleItem,
  type ResponseDeadlineItem,
  type ResponsiblePersonItem,
  type StandardSituationItem,
  type TopicItem,
} from './brief-content';
import { MAX_KEY_LENGTH } from './brief-keys';

/**
 * Section items as sent by editors. Shape rules live here (class-validator, messages naming the
 * field); rules that need the whole brief or the database (unique keys, topic references, known
 * platforms and accounts) live in brief-content-rules.ts.
 */

const NOT_BLANK = /\S/;
const MAX_HOURS = 24 * 366;

const keyRule = { message: `key must use lower-case Latin letters, digits and single hyphens (e.g. "trade-in"), at most ${MAX_KEY_LENGTH} characters` };
const wordsRule = (what: string) => ({ each: true, message: `${what} cannot hold an empty entry` });
const hoursRule = (what: string) => ({ message: `${what} must be more than 0` });
const hoursCap = (what: string) => ({ message: `${what} can be at most ${MAX_HOURS} hours` });
const notNegative = (what: string) => ({ message: `${what} cannot be negative` });

/** What every item input has: its key, made from the name when left out. */
@InputType()
abstract class BriefItemInput {
  @Field({ nullable: true, description: 'Leave out for a new item. For topics, use the argument base\'s topic (e.g. "credit") so situations and the brief meet.' })
  @IsOptional()
  @Matches(SLUG_PATTERN, keyRule)
  @MaxLength(MAX_KEY_LENGTH, keyRule)
  key?: string;
}

@InputType()
export class PostingRuleInput extends BriefItemInput implements Partial<PostingRuleItem> {
  @Field(() => ID, { nullable: true })
  platformId?: string | null;

  @Field(() => PlatformKind, { nullable: true })
  platformKind?: PlatformKind | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, notNegative('maxPostsPerDay'))
  maxPostsPerDay?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, notNegative('maxPostsPerWeek'))
  maxPostsPerWeek?: number | null;

  @Field(() => [PostKind])
  @ArrayUnique({ message: 'allowedPostKinds lists a kind twice' })
  allowedPostKinds: PostKind[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, maxLength('note', 2000))
  note?: string | null;

  @Field(() => ID, { nullable: true, description: 'A certifying quiz whose valid certificate is needed to post here.' })
  requiredQuizId?: string | null;
}

@InputType()
export class TopicInput extends BriefItemInput implements Partial<TopicItem> {
  @Field()
  @Matches(NOT_BLANK, notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name: string;

  @Field(() => TopicPolicy)
  policy: TopicPolicy;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100, { message: 'keywords can hold at most 100 entries' })
  @Matches(NOT_BLANK, wordsRule('keywords'))
  @MaxLength(100, { each: true, message: 'each keyword can be at most 100 characters' })
  keywords: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, maxLength('note', 2000))
  note?: string | null;
}

@InputType()
export class ContentRuleInput extends BriefItemInput implements Partial<ContentRuleItem> {
  @Field(() => ContentRuleKind)
  kind: ContentRuleKind;

  @Field()
  @Matches(NOT_BLANK, notBlank('text'))
  @MaxLength(2000, maxLength('text', 2000))
  text: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'variants can hold at most 50 entries' })
  @Matches(NOT_BLANK, wordsRule('variants'))
  @MaxLength(300, { each: true, message: 'each variant can be at most 300 characters' })
  variants: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, maxLength('note', 2000))
  note?: string | null;
}

@InputType()
export class ResponseDeadlineInput extends BriefItemInput implements Partial<ResponseDeadlineItem> {
  @Field(() => PlatformKind, { nullable: true, description: 'Null: every kind of platform.' })
  platformKind?: PlatformKind | null;

  @Field(() => ConsumerCycleCategory, { nullable: true, description: 'Null: every category.' })
  category?: ConsumerCycleCategory | null;

  @Field(() => Float)
  @IsPositive(hoursRule('hours'))
  @Max(MAX_HOURS, hoursCap('hours'))
  hours: number;
}

@InputType()
export class StandardSituationInput extends BriefItemInput implements Partial<StandardSituationItem> {
  @Field()
  @Matches(NOT_BLANK, notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(100, { message: 'triggers can hold at most 100 entries' })
  @Matches(NOT_BLANK, wordsRule('triggers'))
  @MaxLength(100, { each: true, message: 'each trigger can be at most 100 characters' })
  triggers: string[];

  @Field()
  @Matches(NOT_BLANK, notBlank('behaviour'))
  @MaxLength(4000, maxLength('behaviour', 4000))
  behaviour: string;

  @Field({ defaultValue: false })
  moveToPrivate: boolean;
}

@InputType()
export class ResponsiblePersonInput extends BriefItemInput implements Partial<ResponsiblePersonItem> {
  @Field()
  @Matches(NOT_BLANK, notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name: string;

  @Field()
  @Matches(NOT_BLANK, notBlank('position'))
  @MaxLength(200, maxLength('position', 200))
  position: string;

  @Field(() => [String], { defaultValue: [], description: 'Keys of topics of this brief.' })
  @ArrayUnique({ message: 'topicKeys lists a topic twice' })
  topicKeys: string[];

  @Field()
  @Matches(NOT_BLANK, notBlank('contact'))
  @MaxLength(300, maxLength('contact', 300))
  contact: string;

  @Field(() => Float)
  @IsPositive(hoursRule('answerWithinHours'))
  @Max(MAX_HOURS, hoursCap('answerWithinHours'))
  answerWithinHours: number;

  @Field(() => ID, { nullable: true, description: 'A staff account holding RESPONSIBLE in this client.' })
  userId?: string | null;
}

@InputType()
export class BriefKpiTargetInput extends BriefItemInput implements Partial<KpiTargetItem> {
  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field(() => Float)
  @Min(0, notNegative('target'))
  target: number;

  @Field(() => KpiPeriod)
  period: KpiPeriod;

  @Field(() => ID, { nullable: true })
  platformId?: string | null;

  @Field({ nullable: true, description: 'Marks the priority KPI; at most one target of a brief.' })
  isPriority?: boolean;
}
