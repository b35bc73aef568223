import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { ApiKey } from './api-key.entity';
import { ApiKeyFilter, ApiKeyListArgs, CreateApiKeyInput, CreatedApiKey, UpdateApiKeyInput } from './api-key.inputs';
import * as apiKeys from './api-key.service';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized(Role.PR_SPECIALIST)
  @Query(() => [ApiKey], { description: "The request's client's API keys." })
  allApiKeys(@Args() args: ApiKeyListArgs, @Ctx() context: RequestContext): Promise<ApiKey[]> {
    return apiKeys.listApiKeys(context, args);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => ListMetadata)
  _allApiKeysMeta(@Args() { filter }: ApiKeyListArgs, @Ctx() context: RequestContext) {
    return apiKeys.countApiKeys(context, filter);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => ApiKey)
  ApiKey(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ApiKey> {
    return apiKeys.getApiKey(context, id);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => CreatedApiKey, { description: "Creates a key for the request's client. The secret is shown only in this response." })
  createApiKey(@Arg('input') input: CreateApiKeyInput, @Ctx() context: RequestContext): Promise<CreatedApiKey> {
    return apiKeys.createApiKey(context, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => ApiKey, { description: 'Renames a key, changes its scopes or its requests per minute. Send the version you read.' })
  updateApiKey(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateApiKeyInput, @Ctx() context: RequestContext): Promise<ApiKey> {
    return apiKeys.updateApiKey(context, id, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => ApiKey, { description: 'Revokes a key at once; tools using it are refused from then on.' })
  revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<ApiKey> {
    return apiKeys.revokeApiKey(context, id);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() apiKey: ApiKey, @Ctx() context: RequestContext): Promise<User | null> | null {
    return apiKey.createdById ? context.loaders.byId(User).load(apiKey.createdById) : null;
  }
}
