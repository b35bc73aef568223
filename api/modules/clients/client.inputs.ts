import { IsInt, IsNotEmpty, IsOptional, IsTimeZone, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank, SLUG_MESSAGE, SLUG_PATTERN } from '../../common/validation';
import type { Client } from './client.entity';

@InputType()
export class CreateClientInput implements Partial<Client> {
  @Field()
  @IsNotEmpty(notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name: string;

  @Field({ description: 'Lower-case Latin letters, digits and hyphens; cannot be changed later.' })
  @Matches(SLUG_PATTERN, { message: `slug: ${SLUG_MESSAGE}` })
  @MaxLength(60, maxLength('slug', 60))
  slug: string;

  @Field()
  @IsNotEmpty(notBlank('brandName'))
  @MaxLength(200, maxLength('brandName', 200))
  brandName: string;
}

@InputType()
export class UpdateClientInput implements Partial<Client> {
  @Field({ nullable: true })
  @IsNotEmpty(notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name?: string;

  @Field({ nullable: true })
  @IsNotEmpty(notBlank('brandName'))
  @MaxLength(200, maxLength('brandName', 200))
  brandName?: string;

  @Field({ nullable: true, description: 'An IANA time zone, for example Europe/Moscow or Asia/Yekaterinburg.' })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone: is not a known time zone; use an IANA name such as Europe/Moscow' })
  timeZone?: string;

  @Field(() => Int, { nullable: true, description: "The call centre's average answer time in minutes; null when unknown." })
  @IsOptional()
  @IsInt({ message: 'callCentreAnswerMinutes: must be a whole number of minutes' })
  @Min(0, { message: 'callCentreAnswerMinutes: cannot be negative' })
  @Max(100000, { message: 'callCentreAnswerMinutes: at most 100,000 minutes' })
  callCentreAnswerMinutes?: number | null;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  version: number;
}

@InputType()
export class ClientFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Finds by name, slug or brand name.' })
  q?: string;
}

@ArgsType()
export class ClientListArgs extends ListArgs {
  @Field(() => ClientFilter, { nullable: true })
  filter?: ClientFilter;
}
