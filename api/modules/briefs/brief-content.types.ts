import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
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

/** The GraphQL face of the section items of brief-content.ts; `implements` keeps the two in step. */

const KEY = 'Stable within its section; kept when a new draft is copied. Diffs pair items by it.';

@ObjectType({ description: 'How often one may post on a platform, or on every platform of a kind, and what.' })
export class PostingRule implements PostingRuleItem {
  @Field({ description: KEY })
  key: string;

  @Field(() => ID, { nullable: true, description: 'One platform; null with platformKind null means every platform.' })
  platformId: string | null;

  @Field(() => PlatformKind, { nullable: true, description: 'Every platform of this kind (when platformId is null).' })
  platformKind: PlatformKind | null;

  @Field(() => Int, { nullable: true, description: 'Null: no daily limit.' })
  maxPostsPerDay: number | null;

  @Field(() => Int, { nullable: true, description: 'Null: no weekly limit.' })
  maxPostsPerWeek: number | null;

  @Field(() => [PostKind])
  allowedPostKinds: PostKind[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'A certifying quiz: logging an answer here needs a valid certificate of it (refused with CERTIFICATION_REQUIRED otherwise). Null: no certificate needed.' })
  requiredQuizId?: string | null;
}

@ObjectType({ description: 'A topic the representative may discuss, must avoid, or must not comment on.' })
export class Topic implements TopicItem {
  @Field({ description: `${KEY} Matches Situation.topic of the argument base.` })
  key: string;

  @Field()
  name: string;

  @Field(() => TopicPolicy)
  policy: TopicPolicy;

  @Field(() => [String], { description: 'Words and phrases that reveal the topic in a post.' })
  keywords: string[];

  @Field(() => String, { nullable: true, description: 'How to behave.' })
  note: string | null;
}

@ObjectType({ description: 'A requirement on wording: brand spelling, preferred term, forbidden phrase or style.' })
export class ContentRule implements ContentRuleItem {
  @Field({ description: KEY })
  key: string;

  @Field(() => ContentRuleKind)
  kind: ContentRuleKind;

  @Field()
  text: string;

  @Field(() => [String])
  variants: string[];

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: 'Answer within `hours`, for a platform kind and/or a consumer-cycle category (null: any).' })
export class ResponseDeadline implements ResponseDeadlineItem {
  @Field({ description: KEY })
  key: string;

  @Field(() => PlatformKind, { nullable: true })
  platformKind: PlatformKind | null;

  @Field(() => ConsumerCycleCategory, { nullable: true })
  category: ConsumerCycleCategory | null;

  @Field(() => Float)
  hours: number;
}

@ObjectType({ description: 'A standard situation and the behaviour prescribed for it.' })
export class StandardSituation implements StandardSituationItem {
  @Field({ description: KEY })
  key: string;

  @Field()
  name: string;

  @Field(() => [String], { description: 'Words that reveal the situation in a post.' })
  triggers: string[];

  @Field()
  behaviour: string;

  @Field({ description: 'The conversation moves to private messages.' })
  moveToPrivate: boolean;
}

@ObjectType({ description: 'Who decides a kind of question; the representative asks them directly.' })
export class ResponsiblePerson implements ResponsiblePersonItem {
  @Field({ description: KEY })
  key: string;

  @Field()
  name: string;

  @Field()
  position: string;

  @Field(() => [String], { description: 'Keys of the topics they answer for.' })
  topicKeys: string[];

  @Field()
  contact: string;

  @Field(() => Float)
  answerWithinHours: number;

  @Field(() => ID, { nullable: true, description: 'Their staff account (RESPONSIBLE role), which receives escalations.' })
  userId: string | null;
}

@ObjectType({ description: 'A KPI the brief sets: a metric of the catalogue, its target per period, optionally on one platform.' })
export class BriefKpiTarget implements KpiTargetItem {
  @Field({ description: KEY })
  key: string;

  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field(() => Float, { description: 'For AVERAGE_FIRST_RESPONSE_HOURS the most hours allowed; otherwise the least to reach.' })
  target: number;

  @Field(() => KpiPeriod)
  period: KpiPeriod;

  @Field(() => ID, { nullable: true })
  platformId: string | null;

  @Field({ description: 'The priority KPI: one per brief; switching it within 3 months of the last switch needs a reason at approval.' })
  isPriority: boolean;
}
