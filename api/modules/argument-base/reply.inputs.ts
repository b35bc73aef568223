import { ArrayMaxSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { PlatformKind } from '../platforms/platform-kind';
import { ReplyStatus, type Reply } from './reply.entity';
import { HAS_TEXT } from './situation.inputs';

const TEXT_LIMIT = 10000;
const rules = {
  theses: { size: { message: 'theses can hold at most 30 points' }, blank: { each: true, message: 'theses cannot hold an empty point' } },
  thesisLength: { each: true, message: 'each of the theses can be at most 1000 characters' },
  variants: { size: { message: 'variants can hold at most 20 wordings' }, blank: { each: true, message: 'variants cannot hold an empty wording' } },
  variantLength: { each: true, message: `each of the variants can be at most ${TEXT_LIMIT} characters` },
};

@InputType()
export class CreateReplyInput implements Partial<Reply> {
  @Field(() => ID)
  situationId: string;

  @Field(() => [String], { nullable: true, description: 'The approved points the reply makes.' })
  @IsOptional()
  @ArrayMaxSize(30, rules.theses.size)
  @Matches(HAS_TEXT, rules.theses.blank)
  @MaxLength(1000, rules.thesisLength)
  theses?: string[];

  @Field({ description: 'The reply; {name} is the author, {brand} the client.' })
  @Matches(HAS_TEXT, notBlank('text'))
  @MaxLength(TEXT_LIMIT, maxLength('text', TEXT_LIMIT))
  text: string;

  @Field(() => [String], { nullable: true, description: 'Other wordings of the same reply.' })
  @IsOptional()
  @ArrayMaxSize(20, rules.variants.size)
  @Matches(HAS_TEXT, rules.variants.blank)
  @MaxLength(TEXT_LIMIT, rules.variantLength)
  variants?: string[];

  @Field(() => [PlatformKind], { nullable: true, description: 'Platform kinds it suits; none means every kind.' })
  platformKinds?: PlatformKind[];
}

/**
 * Only the fields sent are changed. A change of the wording (text, variants or theses) makes a new
 * revision and puts an approved reply back to DRAFT.
 */
@InputType()
export class UpdateReplyInput implements Partial<Reply> {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30, rules.theses.size)
  @Matches(HAS_TEXT, rules.theses.blank)
  @MaxLength(1000, rules.thesisLength)
  theses?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Matches(HAS_TEXT, notBlank('text'))
  @MaxLength(TEXT_LIMIT, maxLength('text', TEXT_LIMIT))
  text?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, rules.variants.size)
  @Matches(HAS_TEXT, rules.variants.blank)
  @MaxLength(TEXT_LIMIT, rules.variantLength)
  variants?: string[];

  @Field(() => [PlatformKind], { nullable: true })
  platformKinds?: PlatformKind[];

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  version: number;
}

@InputType()
export class ReplyFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  situationId?: string;

  @Field(() => ReplyStatus, { nullable: true })
  status?: ReplyStatus;

  @Field({ nullable: true, description: 'Words in the text, a variant or a thesis.' })
  q?: string;
}

@ArgsType()
export class ReplyListArgs extends ListArgs {
  @Field(() => ReplyFilter, { nullable: true })
  filter?: ReplyFilter;
}
