import { IsOptional, IsUrl, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { HAS_TEXT } from '../argument-base/situation.inputs';
import { LoggedPostKind } from './post-kind';

@InputType()
export class LogPostInput {
  @Field(() => ID)
  platformId: string;

  @Field(() => LoggedPostKind)
  kind: LoggedPostKind;

  @Field({ description: 'The text as posted.' })
  @Matches(HAS_TEXT, notBlank('text'))
  @MaxLength(20000, maxLength('text', 20000))
  text: string;

  @Field(() => String, { nullable: true, description: 'The address of the post on the platform.' })
  @IsOptional()
  @IsUrl({ require_protocol: true }, { message: 'url must be a web address starting with http:// or https://' })
  url?: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was posted; now when not said.' })
  postedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: "The official account posted from; the caller's own account on the platform when not said (a PR specialist logging for a representative names it)." })
  officialAccountId?: string | null;
}

@InputType()
export class PostFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  platformId?: string;

  @Field(() => LoggedPostKind, { nullable: true })
  kind?: LoggedPostKind;

  @Field(() => ID, { nullable: true, description: 'The representative (user) who posted.' })
  userId?: string;

  @Field(() => Date, { nullable: true })
  postedFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  postedTo?: Date;

  @Field({ nullable: true, description: 'Only posts the brief check flagged (true) or did not (false).' })
  hasViolations?: boolean;

  @Field({ nullable: true, description: 'Part of the text.' })
  q?: string;
}

@ArgsType()
export class PostListArgs extends ListArgs {
  @Field(() => PostFilter, { nullable: true })
  filter?: PostFilter;
}
