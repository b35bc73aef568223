import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Client } from '../clients/client.entity';
import { Membership } from './membership.entity';
import { Role } from './role';
import { CreateUserInput, GrantRoleInput, UpdateUserInput, UserFilter, UserListArgs } from './user.inputs';
import { User } from './user.entity';
import * as users from './user.service';

@Resolver(() => User)
export class UserResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [User])
  allUsers(@Args() args: UserListArgs, @Ctx() context: RequestContext): Promise<User[]> {
    return users.listUsers(context, args);
  }

  @Authorized(Role.ADMIN)
  @Query(() => ListMetadata)
  _allUsersMeta(@Args() { filter }: UserListArgs, @Ctx() context: RequestContext) {
    return users.countUsers(context, filter);
  }

  @Authorized(Role.ADMIN)
  @Query(() => User)
  User(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<User> {
    return users.getUser(context, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() context: RequestContext): Promise<User> {
    return users.createUser(context, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User)
  updateUser(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateUserInput, @Ctx() context: RequestContext): Promise<User> {
    return users.updateUser(context, id, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description:
      'Deletes as a user expects: a user is never removed (their name stays on what they did), only deactivated (isActive: false): ' +
      'they cannot sign in and their tokens stop working. Returns the user deactivated. The last active administrator: CONFLICT, ' +
      'reason LAST_ADMIN; an inactive user: CONFLICT, reason ALREADY_ARCHIVED. Audited (DEACTIVATE).',
  })
  deleteUser(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<User> {
    return users.deleteUser(context, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Membership, { description: 'Gives a user a role in a client (idempotent).' })
  grantRole(@Arg('input') input: GrantRoleInput, @Ctx() context: RequestContext): Promise<Membership> {
    return users.grantRole(context, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Membership, { description: 'Takes a role away; returns the membership as it was.' })
  revokeRole(@Arg('id', () => ID, { description: 'The membership id.' }) id: string, @Ctx() context: RequestContext): Promise<Membership> {
    return users.revokeRole(context, id);
  }

  @FieldResolver(() => [Membership], { description: 'Roles per client: your own, or anyone\'s for ADMIN.' })
  memberships(@Root() user: User, @Ctx() context: RequestContext) {
    return users.membershipsOf(context, user);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Client)
  async client(@Root() membership: Membership, @Ctx() context: RequestContext): Promise<Client | null> {
    return context.loaders.byId(Client).load(membership.clientId);
  }

  @FieldResolver(() => User, { nullable: true })
  user(@Root() membership: Membership, @Ctx() context: RequestContext): Promise<User | null> {
    return context.loaders.byId(User).load(membership.userId);
  }
}
