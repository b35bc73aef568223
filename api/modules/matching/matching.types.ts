import { IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { maxLength, notBlank } from '../../common/validation';
import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { PersonalDataKind } from '../argument-base/personal-data';
import { RenderedReply } from '../argument-base/rendered-reply';
import { AuthorProfileView } from '../authors/author-profile';
import { Situation } from '../argument-base/situation.entity';
import { PostKind, TopicPolicy } from '../briefs/brief-content';
import { PlatformKind } from '../platforms/platform-kind';

/** Public API (matchSituations): external tools are written against these names. */

export const MAX_POST_LENGTH = 20_000;
export const MAX_MATCHES = 10;

@InputType()
export class MatchSituationsInput {
  @Field({ description: 'The post as its author wrote it.' })
  @IsNotEmpty(notBlank('text'))
  @MaxLength(MAX_POST_LENGTH, maxLength('text', MAX_POST_LENGTH))
  text: string;

  @Field(() => ID, { nullable: true, description: 'Where the post was written: picks the reply for its kind, the deadline and the posting limit.' })
  platformId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The author's handle on the platform: the answer then says who they are and what they wrote before (author).",
  })
  @IsOptional()
  @MaxLength(200, maxLength('authorHandle', 200))
  authorHandle?: string | null;

  @Field(() => String, { nullable: true, description: "The author's name for {name}; by default the name recorded for authorHandle." })
  @IsOptional()
  @MaxLength(200, { message: 'authorName can be at most 200 characters' })
  authorName?: string | null;

  @Field(() => Int, { nullable: true, description: `How many matches at most (default 3, at most ${MAX_MATCHES}).` })
  @IsOptional()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_MATCHES, { message: `limit can be at most ${MAX_MATCHES}` })
  limit?: number | null;
}

@ObjectType()
export class SituationMatch {
  @Field(() => Float, { description: '0..1: how much of what the post says this situation explains.' })
  score: number;

  @Field(() => Situation)
  situation: Situation;

  @Field(() => RenderedReply, {
    nullable: true,
    description:
      "The approved reply for the platform's kind, the brand filled in; null when none is approved. Given authorHandle, the wording that author " +
      'was not sent last time, {name} filled, and the delivery recorded as approvedReply does; without it, the main wording and no name.',
  })
  reply: RenderedReply | null;
}

@ObjectType({ description: 'A restricted topic of the brief that the post touches, and the words of the post that showed it.' })
export class TouchedTopic {
  @Field()
  key: string;

  @Field()
  name: string;

  @Field(() => TopicPolicy)
  policy: TopicPolicy;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => [String])
  words: string[];
}

@ObjectType({ description: 'Personal data in the post: present (a value) or asked about (named without a value).' })
export class PersonalDataFinding {
  @Field(() => PersonalDataKind)
  kind: PersonalDataKind;

  @Field({ description: 'True when the post holds the value itself, false when it only names it.' })
  present: boolean;

  @Field(() => Int, { description: 'Offset of the first character in the post (UTF-16 units, as JavaScript counts).' })
  start: number;

  @Field(() => Int)
  end: number;
}

@ObjectType()
export class TriggeredStandardSituation {
  @Field()
  key: string;

  @Field()
  name: string;

  @Field()
  behaviour: string;

  @Field()
  moveToPrivate: boolean;

  @Field(() => [String], { description: 'The words of the post that triggered it.' })
  words: string[];
}

@ObjectType()
export class ResponsibleContact {
  @Field()
  key: string;

  @Field()
  name: string;

  @Field()
  position: string;

  @Field()
  contact: string;

  @Field(() => Int)
  answerWithinHours: number;

  @Field(() => ID, { nullable: true })
  userId: string | null;

  @Field({ description: 'The topic they answer for here.' })
  topicKey: string;
}

@ObjectType({ description: 'The response deadline of the regulations that fits best (platform kind and category over one of them over neither).' })
export class GuidanceDeadline {
  @Field()
  key: string;

  @Field(() => Int)
  hours: number;

  @Field({ description: 'Now plus the hours: when the answer is due.' })
  answerBy: Date;

  @Field(() => PlatformKind, { nullable: true })
  platformKind: PlatformKind | null;

  @Field(() => ConsumerCycleCategory, { nullable: true })
  category: ConsumerCycleCategory | null;
}

@ObjectType({ description: "The posting rule of the brief for this platform (else for its kind, else for every platform)." })
export class PostingLimit {
  @Field()
  key: string;

  @Field(() => Int, { nullable: true })
  maxPostsPerDay: number | null;

  @Field(() => Int, { nullable: true })
  maxPostsPerWeek: number | null;

  @Field(() => [PostKind])
  allowedPostKinds: PostKind[];

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true })
  platformId: string | null;

  @Field(() => PlatformKind, { nullable: true })
  platformKind: PlatformKind | null;
}

@ObjectType({ description: 'What the brief in force says about answering this post on this platform.' })
export class ReplyGuidance {
  @Field({ description: 'False when the client has no approved brief: then no rule of a brief is applied.' })
  briefInForce: boolean;

  @Field(() => Int, { nullable: true })
  briefVersion: number | null;

  @Field(() => [TouchedTopic], { description: 'FORBIDDEN and NO_COMMENT topics the post touches.' })
  restrictedTopics: TouchedTopic[];

  @Field(() => [PersonalDataFinding])
  personalData: PersonalDataFinding[];

  @Field(() => [TriggeredStandardSituation])
  standardSituations: TriggeredStandardSituation[];

  @Field({ description: 'Answer in private messages: personal data is involved, or a triggered standard situation says so.' })
  moveToPrivate: boolean;

  @Field(() => [String], { description: "The post's topics: the best match's, else those found by the brief's keywords." })
  topicKeys: string[];

  @Field(() => [ResponsibleContact])
  responsiblePeople: ResponsibleContact[];

  @Field(() => GuidanceDeadline, { nullable: true })
  deadline: GuidanceDeadline | null;

  @Field(() => PostingLimit, { nullable: true })
  postingLimit: PostingLimit | null;
}

@ObjectType()
export class SituationMatches {
  @Field(() => ConsumerCycleCategory, { description: 'Where the post itself stands on the consumer cycle.' })
  category: ConsumerCycleCategory;

  @Field({ description: 'True when no situation explains the post well enough (confidence under the calibrated threshold): matches is then empty (escalate).' })
  noMatch: boolean;

  @Field(() => Float, {
    description: "0..1: how likely the client's base holds the post's situation, calibrated on labelled posts (cross-validated); noMatch is chosen from it.",
  })
  confidence: number;

  @Field(() => [SituationMatch], { description: 'Best first.' })
  matches: SituationMatch[];

  @Field(() => ReplyGuidance)
  guidance: ReplyGuidance;

  @Field(() => AuthorProfileView, { nullable: true, description: 'Who wrote the post, when authorHandle is given: did they write before, about what, were their problems solved.' })
  author: AuthorProfileView | null;
}
