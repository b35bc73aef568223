import { Arg, Args, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import { intInRange } from '../../common/validation';
import type { RequestContext } from '../../context';
import { RenderedReply, pickReplyFor, renderReply, wordingsOf } from '../argument-base/rendered-reply';
import { Reply } from '../argument-base/reply.entity';
import { Situation } from '../argument-base/situation.entity';
import { Author } from '../authors/author.entity';
import { MAX_MATCHES, SituationMatches } from '../matching/matching.types';
import { Mention } from '../mentions/mention.entity';
import { Platform } from '../platforms/platform.entity';
import { OfficialAccount } from '../representatives/official-account.entity';
import { actOnBehalf, ON_BEHALF_OF_DESCRIPTION } from '../representatives/on-behalf';
import { ApiKeyScope } from '../api-keys/api-key-scope';
import { CLIENT_STAFF, Role } from '../users/role';
import { User } from '../users/user.entity';
import { CaseDashboard, CaseFilter, CaseListArgs, CaseResultInput, ClassifyCaseInput, LogReactionInput, MoveCaseInput, PostingAllowance } from './case.inputs';
import { CASE_TRANSITIONS, CaseStatus } from './case-status';
import { CaseTransition } from './case-transition.entity';
import { Case } from './case.entity';
import * as cases from './case.service';
import * as bulk from './case-bulk';
import { caseSuggestion, caseWording } from './case-suggestion';
import { Reaction } from './reaction.entity';
import * as reactions from './reaction.service';
import { LoggedPostKind } from '../posts/post-kind';

/** Everyone of the client follows the cases; representatives and PR specialists work them. */
export const CASE_WORKERS = [Role.PR_SPECIALIST, Role.REPRESENTATIVE];
/** Case readers among staff, and tools with cases:read. */
const CASE_READERS = [...CLIENT_STAFF, ApiKeyScope.CASES_READ];
/** Case workers, and tools with cases:write acting on behalf of a named representative. */
const CASE_WRITERS = [...CASE_WORKERS, ApiKeyScope.CASES_WRITE];

const HOUR = 60 * 60 * 1000;
const hoursBetween = (from: Date, to: Date | null) => (to ? Math.round(((to.getTime() - from.getTime()) / HOUR) * 10) / 10 : null);

@Resolver(() => Case)
export class CaseResolver {
  @Authorized(CASE_READERS)
  @Query(() => [Case], { description: 'The case queue; filter { overdue: true } is the overdue queue.' })
  allCases(@Args() args: CaseListArgs, @Ctx() context: RequestContext): Promise<Case[]> {
    return cases.listCases(context, args);
  }

  @Authorized(CASE_READERS)
  @Query(() => ListMetadata)
  _allCasesMeta(@Args() { filter }: CaseListArgs, @Ctx() context: RequestContext) {
    return cases.countCases(context, filter);
  }

  @Authorized(CASE_READERS)
  @Query(() => Case)
  Case(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Case> {
    return cases.getCase(context, id);
  }

  @Authorized(CLIENT_STAFF)
  @Query(() => CaseDashboard, { description: 'Open and overdue cases and the average first-response time.' })
  caseDashboard(@Ctx() context: RequestContext): Promise<CaseDashboard> {
    return cases.caseDashboard(context);
  }

  @Authorized(CASE_WORKERS)
  @Query(() => PostingAllowance, {
    description: "Whether the brief's posting rule for the platform allows another post of the kind now: the kind must be one the rule allows, and the per-day/per-week limit counts every kind together.",
  })
  canPost(
    @Arg('platformId', () => ID) platformId: string,
    @Ctx() context: RequestContext,
    @Arg('kind', () => LoggedPostKind, { nullable: true, description: 'The kind of post meant (ANSWER when not said).' }) kind?: LoggedPostKind | null,
  ): Promise<PostingAllowance> {
    return reactions.canPost(context, platformId, kind ?? LoggedPostKind.ANSWER);
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => Case, { description: 'Moves a case to IN_PROGRESS, MOVED_TO_PRIVATE or CLOSED; illegal moves are refused, naming what is allowed.' })
  async moveCase(@Arg('id', () => ID) id: string, @Arg('input') input: MoveCaseInput, @Arg('onBehalfOf', () => ID, { nullable: true, description: ON_BEHALF_OF_DESCRIPTION }) onBehalfOf: string | null, @Ctx() context: RequestContext): Promise<Case> {
    await actOnBehalf(context, onBehalfOf);
    return cases.moveCase(context, id, input);
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => Case, { description: 'Logs the post made in answer (the reaction); refused beyond the posting limit, saying when it frees up.' })
  async logReaction(@Arg('caseId', () => ID) caseId: string, @Arg('input') input: LogReactionInput, @Arg('onBehalfOf', () => ID, { nullable: true, description: ON_BEHALF_OF_DESCRIPTION }) onBehalfOf: string | null, @Ctx() context: RequestContext): Promise<Case> {
    await actOnBehalf(context, onBehalfOf);
    return reactions.logReaction(context, caseId, input);
  }

  @Authorized(CASE_WRITERS)
  @Mutation(() => Case, { description: 'Records the result (resolved or not, feedback, site visit, promo use): RESOLVED or CLOSED.' })
  async recordCaseResult(@Arg('id', () => ID) id: string, @Arg('input') input: CaseResultInput, @Arg('onBehalfOf', () => ID, { nullable: true, description: ON_BEHALF_OF_DESCRIPTION }) onBehalfOf: string | null, @Ctx() context: RequestContext): Promise<Case> {
    await actOnBehalf(context, onBehalfOf);
    return cases.recordCaseResult(context, id, input);
  }

  @Authorized(CASE_WORKERS)
  @Mutation(() => Case, { description: 'Sets or corrects the category and situation; the deadline follows the category.' })
  classifyCase(@Arg('id', () => ID) id: string, @Arg('input') input: ClassifyCaseInput, @Ctx() context: RequestContext): Promise<Case> {
    return cases.classifyCase(context, id, input);
  }

  @Authorized(CASE_WORKERS)
  @Mutation(() => [Case], { description: 'Moves the selected cases (at most 200) as moveCase moves one, all or nothing: one illegal move refuses them all (extensions.caseId).' })
  moveCases(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('status', () => CaseStatus) status: CaseStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() context: RequestContext,
  ): Promise<Case[]> {
    return bulk.moveCases(context, ids, status, note ?? null);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => [Case], { description: 'Gives the selected cases (at most 200) to a representative of the client (their user id).' })
  assignCases(@Arg('ids', () => [ID]) ids: string[], @Arg('representativeUserId', () => ID) representativeUserId: string, @Ctx() context: RequestContext): Promise<Case[]> {
    return bulk.assignCases(context, ids, representativeUserId);
  }

  @FieldResolver(() => Mention, { nullable: true, description: 'The request: the post as monitoring caught it.' })
  mention(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<Mention | null> {
    return context.loaders.byId(Mention).load(caseRow.mentionId);
  }

  @FieldResolver(() => Platform, { nullable: true })
  platform(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<Platform | null> {
    return context.loaders.byId(Platform).load(caseRow.platformId);
  }

  @FieldResolver(() => Author, { nullable: true })
  author(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<Author | null> {
    return context.loaders.byId(Author).load(caseRow.authorId);
  }

  @FieldResolver(() => Situation, { nullable: true })
  situation(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<Situation | null> | null {
    return caseRow.situationId ? context.loaders.byId(Situation).load(caseRow.situationId) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The representative working the case.' })
  representative(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<User | null> | null {
    return caseRow.representativeUserId ? context.loaders.byId(User).load(caseRow.representativeUserId) : null;
  }

  @FieldResolver(() => [Reaction], { description: 'The posts made in answer, oldest first.' })
  reactions(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<Reaction[]> {
    return context.loaders.manyBy(Reaction, 'caseId', { order: { postedAt: 'ASC' } }).load(caseRow.id);
  }

  @FieldResolver(() => [CaseTransition], { description: 'Every move of the case, oldest first.' })
  transitions(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<CaseTransition[]> {
    return context.loaders.manyBy(CaseTransition, 'caseId', { order: { createdAt: 'ASC' } }).load(caseRow.id);
  }

  @FieldResolver(() => [CaseStatus], { description: 'Where the case may move from its status (the transition table).' })
  allowedMoves(@Root() caseRow: Case): readonly CaseStatus[] {
    return CASE_TRANSITIONS[caseRow.status];
  }

  @FieldResolver(() => Boolean, { description: 'No answer yet and the deadline has passed.' })
  isOverdue(@Root() caseRow: Case): boolean {
    return cases.isOverdue(caseRow);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Hours from the post to the first answer.' })
  firstResponseHours(@Root() caseRow: Case): number | null {
    return hoursBetween(caseRow.requestedAt, caseRow.firstResponseAt);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Hours from the post to RESOLVED or CLOSED.' })
  resolutionHours(@Root() caseRow: Case): number | null {
    return hoursBetween(caseRow.requestedAt, caseRow.finishedAt);
  }

  @FieldResolver(() => SituationMatches, {
    description:
      "What the matcher suggests for the case's post, computed now: the situations it is (best first, each with its approved reply " +
      "rendered for the case's platform and greeting the author by name), the brief's guidance (its deadline counted from the post), " +
      'and the author. A representative accepts a situation, or picks another, with classifyCase.',
  })
  async suggestion(
    @Root() caseRow: Case,
    @Ctx() context: RequestContext,
    @Arg('limit', () => Int, { defaultValue: 3, description: `How many matches at most (1..${MAX_MATCHES}).` }) limit: number,
  ): Promise<SituationMatches> {
    intInRange('limit', limit, 1, MAX_MATCHES);
    const suggestion = await caseSuggestion(context, caseRow);
    return { ...suggestion, matches: suggestion.matches.slice(0, limit) };
  }

  @FieldResolver(() => RenderedReply, { nullable: true, description: "The approved reply for the case's situation on this platform, greeting the author by name." })
  async suggestedReply(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<RenderedReply | null> {
    if (!caseRow.situationId) return null;
    const [replies, platform, mention] = await Promise.all([
      context.loaders.manyBy(Reply, 'situationId').load(caseRow.situationId),
      context.loaders.byId(Platform).load(caseRow.platformId),
      context.loaders.byId(Mention).load(caseRow.mentionId),
    ]);
    const reply = pickReplyFor(replies, platform?.kind ?? null);
    if (!reply || !mention || mention instanceof Error) return null;
    return caseWording(context, { reply, caseRow, authorHandle: mention.authorHandle, name: mention.authorName });
  }
}

@Resolver(() => Reaction)
export class ReactionResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The representative who posted.' })
  user(@Root() reaction: Reaction, @Ctx() context: RequestContext): Promise<User | null> {
    return context.loaders.byId(User).load(reaction.userId);
  }

  @FieldResolver(() => OfficialAccount, { nullable: true })
  officialAccount(@Root() reaction: Reaction, @Ctx() context: RequestContext): Promise<OfficialAccount | null> {
    return context.loaders.byId(OfficialAccount).load(reaction.officialAccountId);
  }

  @FieldResolver(() => Reply, { nullable: true, description: 'The approved reply used (its current revision; replyRevision says which was posted).' })
  reply(@Root() reaction: Reaction, @Ctx() context: RequestContext): Promise<Reply | null> | null {
    return reaction.replyId ? context.loaders.byId(Reply).load(reaction.replyId) : null;
  }
}
