import { IsNotEmpty, IsOptional, IsUrl, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import type { OfficialAccount } from './official-account.entity';
import type { Representative } from './representative.entity';

@InputType()
export class CreateRepresentativeInput implements Partial<Representative> {
  @Field(() => ID, { description: 'A user holding the REPRESENTATIVE role in this client (see representativeCandidates).' })
  userId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, maxLength('note', 2000))
  note?: string | null;
}

@InputType()
export class UpdateRepresentativeInput implements Partial<Representative> {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, maxLength('note', 2000))
  note?: string | null;

  @Field({ nullable: true })
  isActive?: boolean;

  @Field(() => Int, { description: 'The version you read; a newer one on the server means CONFLICT.' })
  version: number;
}

@InputType()
export class RepresentativeFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: "Finds by the user's name or e-mail." })
  q?: string;

  @Field({ nullable: true })
  isActive?: boolean;

  @Field(() => ID, { nullable: true })
  userId?: string;
}

@ArgsType()
export class RepresentativeListArgs extends ListArgs {
  @Field(() => RepresentativeFilter, { nullable: true })
  filter?: RepresentativeFilter;
}

const profileUrlRule = { message: 'profileUrl must be the public profile address, starting with http:// or https://' };

@InputType()
export class CreateOfficialAccountInput implements Partial<OfficialAccount> {
  @Field(() => ID)
  representativeId: string;

  @Field(() => ID)
  platformId: string;

  @Field()
  @IsNotEmpty(notBlank('handle'))
  @MaxLength(200, maxLength('handle', 200))
  handle: string;

  @Field({ description: 'Must name the brand: official accounts are always disclosed as the brand.' })
  @IsNotEmpty(notBlank('displayName'))
  @MaxLength(200, maxLength('displayName', 200))
  displayName: string;

  @Field()
  @IsUrl({ require_protocol: true }, profileUrlRule)
  profileUrl: string;
}

@InputType()
export class UpdateOfficialAccountInput implements Partial<OfficialAccount> {
  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty(notBlank('handle'))
  @MaxLength(200, maxLength('handle', 200))
  handle?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsNotEmpty(notBlank('displayName'))
  @MaxLength(200, maxLength('displayName', 200))
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true }, profileUrlRule)
  profileUrl?: string;

  @Field({ nullable: true })
  isActive?: boolean;

  @Field(() => Int)
  version: number;
}

@InputType()
export class OfficialAccountFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  representativeId?: string;

  @Field(() => ID, { nullable: true })
  platformId?: string;

  @Field({ nullable: true })
  isActive?: boolean;

  @Field({ nullable: true, description: 'Finds by handle or public name.' })
  q?: string;
}

@ArgsType()
export class OfficialAccountListArgs extends ListArgs {
  @Field(() => OfficialAccountFilter, { nullable: true })
  filter?: OfficialAccountFilter;
}
