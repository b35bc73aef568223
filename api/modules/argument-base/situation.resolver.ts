import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { asksFor } from '../../common/selection';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { ARGUMENT_BASE_READERS } from './readers';
import { Reply } from './reply.entity';
import { repliesOf } from './reply.service';
import { SituationExample } from './situation-example.entity';
import { Situation } from './situation.entity';
import { CreateSituationInput, SituationFilter, SituationListArgs, UpdateSituationInput } from './situation.inputs';
import * as situations from './situation.service';
import * as bulk from './argument-base-bulk';

@Resolver(() => Situation)
export class SituationResolver {
  @Authorized(ARGUMENT_BASE_READERS)
  @Query(() => [Situation], { description: "The request's client's situations (archived ones only when asked)." })
  allSituations(@Args() args: SituationListArgs, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<Situation[]> {
    return situations.listSituations(context, args, { examples: asksFor(info, 'examples'), replies: asksFor(info, 'replies') });
  }

  @Authorized(ARGUMENT_BASE_READERS)
  @Query(() => ListMetadata)
  _allSituationsMeta(@Args() { filter }: SituationListArgs, @Ctx() context: RequestContext) {
    return situations.countSituations(context, filter);
  }

  @Authorized(ARGUMENT_BASE_READERS)
  @Query(() => Situation)
  Situation(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Situation> {
    return situations.getSituation(context, id);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Situation, { description: 'Creates a situation with its example phrasings; its replies are added with createReply.' })
  createSituation(@Arg('input') input: CreateSituationInput, @Ctx() context: RequestContext): Promise<Situation> {
    return situations.createSituation(context, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Situation, { description: 'Changes the fields sent; archive with isArchived: true.' })
  updateSituation(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateSituationInput, @Ctx() context: RequestContext): Promise<Situation> {
    return situations.updateSituation(context, id, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => [Situation], { description: 'Archives the selected situations (at most 200) in one transaction; archived ones stay as they are.' })
  archiveSituations(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: RequestContext): Promise<Situation[]> {
    return bulk.archiveSituations(context, ids);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => [Reply], { description: 'Approves the draft replies of the selected situations (at most 200) in one transaction; returns the replies approved.' })
  approveSituationReplies(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: RequestContext): Promise<Reply[]> {
    return bulk.approveSituationReplies(context, ids);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Situation, {
    description:
      'Deletes as a user expects. A situation nobody used (no case, post, escalation or reaction; no reply ever approved or served) is removed ' +
      'with its examples and draft replies, and returned as it was. One with history is archived (isArchived: true), kept for the record and ' +
      'never matched again, and returned archived. An archived situation: CONFLICT, reason ALREADY_ARCHIVED. Audited (DELETE or ARCHIVE).',
  })
  deleteSituation(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Situation> {
    return situations.deleteSituation(context, id);
  }

  @FieldResolver(() => [SituationExample], { description: 'How people phrase it, oldest first.' })
  examples(@Root() situation: Situation, @Ctx() context: RequestContext): SituationExample[] | Promise<SituationExample[]> {
    return situations.examplesOf(context, situation);
  }

  @FieldResolver(() => [Reply], { description: 'Its replies: approved ones only, except for PR specialists and administrators.' })
  replies(@Root() situation: Situation, @Ctx() context: RequestContext): Reply[] | Promise<Reply[]> {
    return repliesOf(context, situation);
  }
}
