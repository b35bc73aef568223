import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength } from '../../common/validation';
import type { Author } from './author.entity';

@InputType()
export class UpdateAuthorInput implements Partial<Author> {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200, maxLength('name', 200))
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000, maxLength('notes', 5000))
  notes?: string | null;

  @Field(() => Int)
  version: number;
}

@InputType()
export class AuthorFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  platformId?: string;

  @Field({ nullable: true, description: 'Finds by handle or name.' })
  q?: string;
}

@ArgsType()
export class AuthorListArgs extends ListArgs {
  @Field(() => AuthorFilter, { nullable: true })
  filter?: AuthorFilter;
}
