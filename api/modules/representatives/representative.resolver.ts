import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Platform } from '../platforms/platform.entity';
import { CLIENT_STAFF, Role } from '../users/role';
import { User } from '../users/user.entity';
import { OfficialAccount } from './official-account.entity';
import * as accounts from './official-account.service';
import { Representative } from './representative.entity';
import {
  CreateOfficialAccountInput,
  CreateRepresentativeInput,
  OfficialAccountFilter,
  OfficialAccountListArgs,
  RepresentativeFilter,
  RepresentativeListArgs,
  UpdateOfficialAccountInput,
  UpdateRepresentativeInput,
} from './representative.inputs';
import * as representatives from './representative.service';

/** Everyone working for the client sees who speaks for it, and where. */

@Resolver(() => Representative)
export class RepresentativeResolver {
  @Authorized(CLIENT_STAFF)
  @Query(() => [Representative])
  allRepresentatives(@Args() args: RepresentativeListArgs, @Ctx() context: RequestContext): Promise<Representative[]> {
    return representatives.listRepresentatives(context, args);
  }

  @Authorized(CLIENT_STAFF)
  @Query(() => ListMetadata)
  _allRepresentativesMeta(@Args() { filter }: RepresentativeListArgs, @Ctx() context: RequestContext) {
    return representatives.countRepresentatives(context, filter);
  }

  @Authorized(CLIENT_STAFF)
  @Query(() => Representative)
  Representative(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Representative> {
    return representatives.getRepresentative(context, id);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => [User], { description: 'Users with the REPRESENTATIVE role in this client who are not representatives yet.' })
  representativeCandidates(@Ctx() context: RequestContext): Promise<User[]> {
    return representatives.representativeCandidates(context);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Representative)
  createRepresentative(@Arg('input') input: CreateRepresentativeInput, @Ctx() context: RequestContext): Promise<Representative> {
    return representatives.createRepresentative(context, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Representative)
  updateRepresentative(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateRepresentativeInput, @Ctx() context: RequestContext): Promise<Representative> {
    return representatives.updateRepresentative(context, id, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Representative, {
    description:
      'Deletes as a user expects. A representative who never worked a case nor posted is removed with their official accounts, and returned ' +
      'as they were. One with history is deactivated (isActive: false), kept with their posts, and returned so. An inactive representative: ' +
      'CONFLICT, reason ALREADY_ARCHIVED. The user account itself stays (deleteUser deactivates it). Audited (DELETE or DEACTIVATE).',
  })
  deleteRepresentative(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Representative> {
    return representatives.deleteRepresentative(context, id);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() representative: Representative, @Ctx() context: RequestContext): Promise<User | null> {
    return context.loaders.byId(User).load(representative.userId);
  }

  @FieldResolver(() => String, { description: "The staff member's name." })
  async name(@Root() representative: Representative, @Ctx() context: RequestContext): Promise<string> {
    return (await context.loaders.byId(User).load(representative.userId))?.name ?? '';
  }

  @FieldResolver(() => [OfficialAccount])
  accounts(@Root() representative: Representative, @Ctx() context: RequestContext): Promise<OfficialAccount[]> {
    return context.loaders.manyBy(OfficialAccount, 'representativeId', { order: { createdAt: 'ASC' } }).load(representative.id);
  }
}

@Resolver(() => OfficialAccount)
export class OfficialAccountResolver {
  @Authorized(CLIENT_STAFF)
  @Query(() => [OfficialAccount])
  allOfficialAccounts(@Args() args: OfficialAccountListArgs, @Ctx() context: RequestContext): Promise<OfficialAccount[]> {
    return accounts.listOfficialAccounts(context, args);
  }

  @Authorized(CLIENT_STAFF)
  @Query(() => ListMetadata)
  _allOfficialAccountsMeta(@Args() { filter }: OfficialAccountListArgs, @Ctx() context: RequestContext) {
    return accounts.countOfficialAccounts(context, filter);
  }

  @Authorized(CLIENT_STAFF)
  @Query(() => OfficialAccount)
  OfficialAccount(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<OfficialAccount> {
    return accounts.getOfficialAccount(context, id);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => OfficialAccount, { description: "Registers the brand's official account on a platform for a representative." })
  createOfficialAccount(@Arg('input') input: CreateOfficialAccountInput, @Ctx() context: RequestContext): Promise<OfficialAccount> {
    return accounts.createOfficialAccount(context, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => OfficialAccount)
  updateOfficialAccount(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateOfficialAccountInput, @Ctx() context: RequestContext): Promise<OfficialAccount> {
    return accounts.updateOfficialAccount(context, id, input);
  }

  @FieldResolver(() => Platform, { nullable: true })
  platform(@Root() account: OfficialAccount, @Ctx() context: RequestContext): Promise<Platform | null> {
    return context.loaders.byId(Platform).load(account.platformId);
  }

  @FieldResolver(() => Representative, { nullable: true })
  representative(@Root() account: OfficialAccount, @Ctx() context: RequestContext): Promise<Representative | null> {
    return context.loaders.byId(Representative).load(account.representativeId);
  }
}
