import { ArrayMinSize, ArrayUnique, IsInt, IsNotEmpty, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { ApiKeyScope } from './api-key-scope';
import { ApiKey, DEFAULT_REQUESTS_PER_MINUTE } from './api-key.entity';

const MAXIMUM_REQUESTS_PER_MINUTE = 100_000;
const quotaRule = { message: `requestsPerMinute must be a whole number from 1 to ${MAXIMUM_REQUESTS_PER_MINUTE}` };

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

  @Field(() => Int, { nullable: true, description: `Requests per minute; ${DEFAULT_REQUESTS_PER_MINUTE} when left out.` })
  @IsInt(quotaRule)
  @Min(1, quotaRule)
  @Max(MAXIMUM_REQUESTS_PER_MINUTE, quotaRule)
  requestsPerMinute?: number;
}

@InputType()
export class UpdateApiKeyInput implements Partial<ApiKey> {
  @Field({ nullable: true })
  @IsNotEmpty(notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name?: string;

  @Field(() => [ApiKeyScope], { nullable: true })
  @ArrayMinSize(1, { message: 'scopes must name at least one scope' })
  @ArrayUnique({ message: 'scopes must not repeat' })
  scopes?: ApiKeyScope[];

  @Field(() => Int, { nullable: true, description: 'Requests per minute; takes effect with the next request.' })
  @IsInt(quotaRule)
  @Min(1, quotaRule)
  @Max(MAXIMUM_REQUESTS_PER_MINUTE, quotaRule)
  requestsPerMinute?: number;

  @Field(() => Int)
  version: number;
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
