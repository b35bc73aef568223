import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { serveApprovedReply } from './approved-reply.service';
import { ARGUMENT_BASE_READERS } from './readers';
import { CLIENT_STAFF } from '../users/role';
import { checkReply } from './reply-check.service';
import { CheckReplyInput, ReplyCheck } from './reply-check.types';
import { ReplyRevision } from './reply-revision.entity';
import { Reply } from './reply.entity';
import { CreateReplyInput, ReplyFilter, ReplyListArgs, UpdateReplyInput } from './reply.inputs';
import * as replies from './reply.service';
import { RenderedReply } from './rendered-reply';
import { Situation } from './situation.entity';

const userById = (context: RequestContext, id: string | null) => (id ? context.loaders.byId(User).load(id) : null);

@Resolver(() => Reply)
export class ReplyResolver {
  @Authorized(ARGUMENT_BASE_READERS)
  @Query(() => [Reply], { description: 'Replies of the argument base: approved ones only, except for PR specialists and administrators.' })
  allReplies(@Args() args: ReplyListArgs, @Ctx() context: RequestContext): Promise<Reply[]> {
    return replies.listReplies(context, args);
  }

  @Authorized(ARGUMENT_BASE_READERS)
  @Query(() => ListMetadata)
  _allRepliesMeta(@Args() { filter }: ReplyListArgs, @Ctx() context: RequestContext) {
    return replies.countReplies(context, filter);
  }

  @Authorized(ARGUMENT_BASE_READERS)
  @Query(() => Reply)
  Reply(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Reply> {
    return replies.getReply(context, id);
  }

  @Authorized(ARGUMENT_BASE_READERS)
  @Query(() => RenderedReply, {
    nullable: true,
    description:
      'The approved reply for a situation, ready to post: the one made for the platform\'s kind, {brand} and {name} filled, and a wording ' +
      'the author (authorHandle on that platform) was not sent last time. Null when the situation has no approved reply.',
  })
  approvedReply(
    @Arg('situationKey') situationKey: string,
    @Arg('platformId', () => ID, { nullable: true }) platformId: string | null,
    @Arg('authorHandle', () => String, { nullable: true }) authorHandle: string | null,
    @Arg('authorName', () => String, { nullable: true }) authorName: string | null,
    @Ctx() context: RequestContext,
  ): Promise<RenderedReply | null> {
    return serveApprovedReply(context, { situationKey, platformId, authorHandle, authorName });
  }

  @Authorized(ARGUMENT_BASE_READERS)
  @Query(() => ReplyCheck, { description: 'Checks a draft reply against the brief in force and the platform\'s limits.' })
  checkReply(@Arg('input') input: CheckReplyInput, @Ctx() context: RequestContext): Promise<ReplyCheck> {
    return checkReply(context, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Reply, { description: 'Adds a draft reply to a situation (revision 1).' })
  createReply(@Arg('input') input: CreateReplyInput, @Ctx() context: RequestContext): Promise<Reply> {
    return replies.createReply(context, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Reply, { description: 'Changes the fields sent. New wording means a new revision, back in DRAFT until approved again.' })
  updateReply(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateReplyInput, @Ctx() context: RequestContext): Promise<Reply> {
    return replies.updateReply(context, id, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Reply, {
    description:
      'Approves the current revision: from then on it is served to representatives and tools. Words with a phrase or topic the brief forbids, ' +
      'or asking for personal data in public (checkReply), are refused (BREAKS_BRIEF) unless overrideReason says why; under four eyes ' +
      '(Brief.fourEyesApproval) the revision\'s writer cannot approve it (FOUR_EYES_REQUIRED).',
  })
  approveReply(
    @Arg('id', () => ID) id: string,
    @Arg('revision', () => Int, { nullable: true, description: 'The revision you read; if the wording changed since, CONFLICT.' }) revision: number | null,
    @Arg('overrideReason', () => String, { nullable: true, description: 'Why the words are approved although the reply check finds a breach; recorded on the revision.' })
    overrideReason: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Reply> {
    return replies.approveReply(context, id, revision, overrideReason);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Reply, { description: 'Takes the reply out of service; it stays in the base for history.' })
  retireReply(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Reply> {
    return replies.retireReply(context, id);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Reply, {
    description:
      'Deletes as a user expects. A draft never approved, served nor posted is removed with its revisions, and returned as it was. A reply ' +
      'with history (approved once, served to a tool, posted) is retired instead (status RETIRED, kept with its revisions) and returned so. ' +
      'A retired reply: CONFLICT, reason ALREADY_RETIRED. Audited (DELETE or RETIRE).',
  })
  deleteReply(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Reply> {
    return replies.deleteReply(context, id);
  }

  @FieldResolver(() => Situation)
  situation(@Root() reply: Reply, @Ctx() context: RequestContext): Promise<Situation | null> {
    return context.loaders.byId(Situation).load(reply.situationId);
  }

  @Authorized(Role.PR_SPECIALIST)
  @FieldResolver(() => [ReplyRevision], { description: 'Every wording the reply has had, newest first.' })
  revisions(@Root() reply: Reply, @Ctx() context: RequestContext): Promise<ReplyRevision[]> {
    return replies.revisionsOf(context, reply);
  }

  @Authorized(CLIENT_STAFF)
  @FieldResolver(() => User, { nullable: true })
  approvedBy(@Root() reply: Reply, @Ctx() context: RequestContext) {
    return userById(context, reply.approvedById);
  }
}

@Resolver(() => ReplyRevision)
export class ReplyRevisionResolver {
  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() revision: ReplyRevision, @Ctx() context: RequestContext) {
    return userById(context, revision.createdById);
  }

  @FieldResolver(() => User, { nullable: true })
  approvedBy(@Root() revision: ReplyRevision, @Ctx() context: RequestContext) {
    return userById(context, revision.approvedById);
  }
}
