import { IsNotEmpty, IsOptional, IsUrl, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { maxLength, notBlank } from '../../common/validation';
import type { Mention } from './mention.entity';

export const MAX_MENTIONS_PER_CALL = 1000;
export const MAX_MENTION_TEXT = 20_000;

/** One post from a monitoring tool. Checked by the ingest service, which names the mention's index in every problem. */
@InputType({ description: 'A post caught by monitoring. Give externalId, url or both: they make sending it again harmless.' })
export class MentionInput implements Partial<Mention> {
  @Field(() => ID)
  platformId: string;

  @Field(() => String, { nullable: true, description: "The post's id in the monitoring tool or on the platform." })
  @IsOptional()
  @IsNotEmpty(notBlank('externalId'))
  @MaxLength(200, maxLength('externalId', 200))
  externalId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'url must be a web address starting with http:// or https://' })
  @MaxLength(2000, maxLength('url', 2000))
  url?: string | null;

  @Field()
  @IsNotEmpty(notBlank('authorHandle'))
  @MaxLength(200, maxLength('authorHandle', 200))
  authorHandle: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, maxLength('authorName', 200))
  authorName?: string | null;

  @Field()
  @IsNotEmpty(notBlank('text'))
  @MaxLength(MAX_MENTION_TEXT, maxLength('text', MAX_MENTION_TEXT))
  text: string;

  @Field()
  postedAt: Date;
}

@ObjectType({ description: 'What became of one mention of the batch, in the order sent.' })
export class IngestedMention {
  @Field(() => Int, { description: 'Its position in the input, from 0.' })
  index: number;

  @Field({ description: 'True when it was new; false when the same post was already known (or repeated earlier in the batch).' })
  created: boolean;

  @Field(() => ID)
  mentionId: string;

  @Field(() => ID, { description: 'The case the mention opened (or had opened before).' })
  caseId: string;

  @Field(() => ID, { nullable: true, description: 'The escalation ingest opened for the new case because the base has no approved reply for it; null otherwise.' })
  escalationId?: string | null;
}

@ObjectType()
export class IngestResult {
  @Field(() => Int)
  created: number;

  @Field(() => Int, { description: 'Mentions already known: sent before, or repeated in this batch.' })
  known: number;

  @Field(() => Int, { description: 'New cases escalated to a responsible person at once: the base had no approved reply for them.' })
  escalated: number;

  @Field(() => [IngestedMention])
  mentions: IngestedMention[];
}
