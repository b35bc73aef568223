import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank, SLUG_MESSAGE, SLUG_PATTERN } from '../../common/validation';
import { ConsumerCycleCategory } from './consumer-cycle-category';
import type { Situation } from './situation.entity';

/** Whitespace alone is as empty as nothing. */
export const HAS_TEXT = /\S/;
export const MAX_EXAMPLES = 200;
const examplesRules = {
  size: { message: `examples can hold at most ${MAX_EXAMPLES} phrasings` },
  blank: { each: true, message: 'examples cannot hold an empty phrasing' },
  length: { each: true, message: 'each of the examples can be at most 2000 characters' },
};
const keyRule = { message: `key: ${SLUG_MESSAGE}` };
const topicRule = { message: `topic: use the topic's key from the brief (${SLUG_MESSAGE})` };

@InputType()
export class CreateSituationInput implements Partial<Situation> {
  @Field({ description: 'Stable slug, unique per client: lower-case Latin letters, digits and hyphens.' })
  @Matches(SLUG_PATTERN, keyRule)
  @MaxLength(120, maxLength('key', 120))
  key: string;

  @Field()
  @Matches(HAS_TEXT, notBlank('title'))
  @MaxLength(300, maxLength('title', 300))
  title: string;

  @Field(() => ConsumerCycleCategory)
  category: ConsumerCycleCategory;

  @Field(() => String, { nullable: true, description: 'The key of a topic of the brief in force ("credit", "warranty"...); another is refused with UNKNOWN_TOPIC.' })
  @IsOptional()
  @Matches(SLUG_PATTERN, topicRule)
  @MaxLength(100, maxLength('topic', 100))
  topic?: string | null;

  @Field(() => [String], { nullable: true, description: 'How people phrase it; kept as curated examples.' })
  @IsOptional()
  @ArrayMaxSize(MAX_EXAMPLES, examplesRules.size)
  @Matches(HAS_TEXT, examplesRules.blank)
  @MaxLength(2000, examplesRules.length)
  examples?: string[];
}

/** Only the fields sent are changed; `null` clears the topic. */
@InputType()
export class UpdateSituationInput implements Partial<Situation> {
  @Field({ nullable: true, description: 'Changing a key breaks tools that ask for the old one: do it rarely.' })
  @IsOptional()
  @Matches(SLUG_PATTERN, keyRule)
  @MaxLength(120, maxLength('key', 120))
  key?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(HAS_TEXT, notBlank('title'))
  @MaxLength(300, maxLength('title', 300))
  title?: string;

  @Field(() => ConsumerCycleCategory, { nullable: true })
  category?: ConsumerCycleCategory;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(SLUG_PATTERN, topicRule)
  @MaxLength(100, maxLength('topic', 100))
  topic?: string | null;

  @Field({ nullable: true, description: 'Archived situations are never matched nor served.' })
  isArchived?: boolean;

  @Field(() => [String], {
    nullable: true,
    description: 'The curated example phrasings, as a whole: those left out are removed. Confirmed examples (from real cases) are kept.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_EXAMPLES, examplesRules.size)
  @Matches(HAS_TEXT, examplesRules.blank)
  @MaxLength(2000, examplesRules.length)
  examples?: string[];

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  version: number;
}

@InputType()
export class SituationFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Words in the title, the key or an example phrasing.' })
  q?: string;

  @Field(() => ConsumerCycleCategory, { nullable: true })
  category?: ConsumerCycleCategory;

  @Field({ nullable: true })
  topic?: string;

  @Field({ nullable: true, description: 'Archived situations are left out unless this is true.' })
  isArchived?: boolean;
}

@ArgsType()
export class SituationListArgs extends ListArgs {
  @Field(() => SituationFilter, { nullable: true })
  filter?: SituationFilter;
}
