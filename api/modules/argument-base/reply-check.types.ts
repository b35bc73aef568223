import { Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { maxLength, notBlank } from '../../common/validation';
import { PersonalDataKind } from './personal-data';
import { HAS_TEXT } from './situation.inputs';

/** What a draft reply can break. Public API: tools branch on these names. */
export enum ReplyCheckRule {
  FORBIDDEN_PHRASE = 'FORBIDDEN_PHRASE',
  FORBIDDEN_TOPIC = 'FORBIDDEN_TOPIC',
  NO_COMMENT_TOPIC = 'NO_COMMENT_TOPIC',
  BRAND_SPELLING = 'BRAND_SPELLING',
  PREFERRED_TERM = 'PREFERRED_TERM',
  PERSONAL_DATA = 'PERSONAL_DATA',
  LENGTH_LIMIT = 'LENGTH_LIMIT',
}
registerEnumType(ReplyCheckRule, {
  name: 'ReplyCheckRule',
  valuesConfig: {
    FORBIDDEN_PHRASE: { description: 'A phrase the brief forbids (any of its word forms).' },
    FORBIDDEN_TOPIC: { description: 'A word revealing a topic the brief forbids raising publicly.' },
    NO_COMMENT_TOPIC: { description: 'A word revealing a topic the brief says not to comment on at all.' },
    BRAND_SPELLING: { description: 'The brand written wrongly; the suggestion is the right spelling.' },
    PREFERRED_TERM: { description: 'A word the brief replaces with another; the suggestion is the preferred term.' },
    PERSONAL_DATA: { description: 'Personal data in a public reply: ask for it and give it in private messages only.' },
    LENGTH_LIMIT: { description: "Longer than the platform accepts; the span is the part past the limit." },
  },
});

/**
 * What stops words from going out (logReaction) or being approved (approveReply) unless a person
 * says why: a phrase or topic the brief forbids, or personal data asked in public. Spelling and
 * preferred terms are advice; the platform's length limit is refused on its own.
 */
export const BREACH_RULES: readonly ReplyCheckRule[] = [
  ReplyCheckRule.FORBIDDEN_PHRASE,
  ReplyCheckRule.FORBIDDEN_TOPIC,
  ReplyCheckRule.NO_COMMENT_TOPIC,
  ReplyCheckRule.PERSONAL_DATA,
];

@InputType()
export class CheckReplyInput {
  @Field({ description: 'The reply as it would be posted.' })
  @Matches(HAS_TEXT, notBlank('text'))
  @MaxLength(20000, maxLength('text', 20000))
  text: string;

  @Field(() => ID, { nullable: true, description: 'Where it would be posted: adds the platform\'s length limit.' })
  platformId?: string | null;
}

@ObjectType({ description: 'One problem of a draft reply, located in the text.' })
export class ReplyViolation {
  @Field(() => ReplyCheckRule)
  rule: ReplyCheckRule;

  @Field({ description: 'What is wrong and what to do, for a person (in Russian).' })
  message: string;

  @Field(() => Int, { description: 'Where the fragment starts: an index into the text in UTF-16 code units, as JavaScript counts.' })
  start: number;

  @Field(() => Int, { description: 'Where the fragment ends (exclusive).' })
  end: number;

  @Field({ description: 'The text between start and end.' })
  fragment: string;

  @Field({ description: 'True when this stops a post (logReaction) or an approval (approveReply) unless a reason is given (overrideReason); false for advice.' })
  breach: boolean;

  @Field(() => String, { nullable: true, description: 'What to write instead of the fragment, when there is a fix.' })
  suggestion: string | null;

  @Field(() => String, { nullable: true, description: 'The key of the brief item (topic or content rule) broken.' })
  ruleKey: string | null;

  @Field(() => PersonalDataKind, { nullable: true })
  personalDataKind: PersonalDataKind | null;
}

@ObjectType({ description: 'A draft reply checked against the brief in force and the platform.' })
export class ReplyCheck {
  @Field({ description: 'True when nothing is wrong.' })
  ok: boolean;

  @Field(() => [ReplyViolation], { description: 'In the order they occur in the text.' })
  violations: ReplyViolation[];

  @Field(() => Int, { nullable: true, description: 'The brief version checked against; null when no brief is in force.' })
  briefVersionNumber: number | null;

  @Field(() => Int, { description: 'The length of the text in characters.' })
  length: number;

  @Field(() => Int, { nullable: true, description: "The platform's reply length limit, when a platform was named and has one." })
  lengthLimit: number | null;
}
