import { ArrayMinSize, ArrayUnique, IsNotEmpty, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { ApiKeyScope } from './api-key-scope';
import { ApiKey } from './api-key.entity';

@InputType()
export class CreateApiKeyInput implements Partial<ApiKey> {
  @Field({ description: 'What the key is for, e.g. "YouScan monitoring".' })
  @IsNotEmpty(notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name: string;

  @Field(() => [ApiKeyScope])
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayUnique({ message: 'scopes must not repeat' })
  scopes: ApiKeyScope[];
}

@ObjectType({ description: 'A new key. The secret is shown this once and is never retrievable again.' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'The full key, to send as "Authorization: Bearer <secret>".' })
  secret: string;
}

@InputType()
export class ApiKeyFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  q?: string;

  @Field({ nullable: true, description: 'true: only revoked keys; false: only working ones.' })
  revoked?: boolean;
}

@ArgsType()
export class ApiKeyListArgs extends ListArgs {
  @Field(() => ApiKeyFilter, { nullable: true })
  filter?: ApiKeyFilter;
}
