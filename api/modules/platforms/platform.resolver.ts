import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { ApiKeyScope } from '../api-keys/api-key-scope';
import { CLIENT_STAFF, Role } from '../users/role';
import { Platform } from './platform.entity';
import { CreatePlatformInput, PlatformFilter, PlatformListArgs, UpdatePlatformInput } from './platform.inputs';
import * as platforms from './platform.service';

/** Everyone working for the client reads platforms; tools need their ids for matching and ingest. */
const READERS = [...CLIENT_STAFF, ApiKeyScope.REPLIES_READ, ApiKeyScope.MENTIONS_WRITE];

@Resolver(() => Platform)
export class PlatformResolver {
  @Authorized(READERS)
  @Query(() => [Platform], { description: "The request's client's platforms (archived ones only when asked)." })
  allPlatforms(@Args() args: PlatformListArgs, @Ctx() context: RequestContext): Promise<Platform[]> {
    return platforms.listPlatforms(context, args);
  }

  @Authorized(READERS)
  @Query(() => ListMetadata)
  _allPlatformsMeta(@Args() { filter }: PlatformListArgs, @Ctx() context: RequestContext) {
    return platforms.countPlatforms(context, filter);
  }

  @Authorized(READERS)
  @Query(() => Platform)
  Platform(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Platform> {
    return platforms.getPlatform(context, id);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Platform)
  createPlatform(@Arg('input') input: CreatePlatformInput, @Ctx() context: RequestContext): Promise<Platform> {
    return platforms.createPlatform(context, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Platform, { description: 'Changes the fields sent; archive with isArchived: true.' })
  updatePlatform(@Arg('id', () => ID) id: string, @Arg('input') input: UpdatePlatformInput, @Ctx() context: RequestContext): Promise<Platform> {
    return platforms.updatePlatform(context, id, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Platform, {
    description:
      'Deletes as a user expects. A platform without posts, cases, answers or a brief naming it is removed with its official accounts, and ' +
      'returned as it was. One with history is archived (isArchived: true), kept for the record and offered nowhere, and returned archived. ' +
      'An archived platform: CONFLICT, reason ALREADY_ARCHIVED. Audited (DELETE or ARCHIVE).',
  })
  deletePlatform(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Platform> {
    return platforms.deletePlatform(context, id);
  }
}
