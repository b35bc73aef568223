import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Reply } from '../argument-base/reply.entity';
import { Situation } from '../argument-base/situation.entity';
import { Case } from '../cases/case.entity';
import { ApiKeyScope } from '../api-keys/api-key-scope';
import { CLIENT_STAFF, Role } from '../users/role';
import { User } from '../users/user.entity';
import { archiveEscalationAnswer, escalationArchiveDraft } from './escalation-archive';
import { Escalation, EscalationStatus } from './escalation.entity';
import { AnswerEscalationInput, ArchiveEscalationInput, EscalateCaseInput, EscalationArchiveDraft, EscalationFilter, EscalationListArgs, EscalationRoute, HandOverEscalationInput } from './escalation.inputs';
import { EscalationHandover } from './escalation-handover.entity';
import * as escalations from './escalation.service';
import { actOnBehalf, ON_BEHALF_OF_DESCRIPTION } from '../representatives/on-behalf';


@Resolver(() => Escalation)
export class EscalationResolver {
  @Authorized([...CLIENT_STAFF, ApiKeyScope.CASES_READ])
  @Query(() => [Escalation], { description: "The PR specialist's escalation queue." })
  allEscalations(@Args() args: EscalationListArgs, @Ctx() context: RequestContext): Promise<Escalation[]> {
    return escalations.listEscalations(context, args);
  }

  @Authorized([...CLIENT_STAFF, ApiKeyScope.CASES_READ])
  @Query(() => ListMetadata)
  _allEscalationsMeta(@Args() { filter }: EscalationListArgs, @Ctx() context: RequestContext) {
    return escalations.countEscalations(context, filter);
  }

  @Authorized([...CLIENT_STAFF, ApiKeyScope.CASES_READ])
  @Query(() => Escalation)
  Escalation(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Escalation> {
    return escalations.getEscalation(context, id);
  }

  @Authorized([Role.RESPONSIBLE, Role.PR_SPECIALIST])
  @Query(() => [Escalation], { description: '"My questions": what waits for your answer (OPEN and ANSWERED unless a status or statuses are named), soonest due first.' })
  myQuestions(
    @Arg('status', () => EscalationStatus, { nullable: true }) status: EscalationStatus | null,
    @Arg('statuses', () => [EscalationStatus], { nullable: true, description: 'Several statuses at once: [ANSWERED, ARCHIVED] is everything already answered.' }) statuses: EscalationStatus[] | null,
    @Ctx() context: RequestContext,
  ): Promise<Escalation[]> {
    return escalations.myQuestions(context, statuses?.length ? statuses : status ? [status] : null);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => EscalationArchiveDraft, { description: 'The archive form for an answered escalation, prefilled.' })
  escalationArchiveDraft(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<EscalationArchiveDraft> {
    return escalationArchiveDraft(context, id);
  }

  @Authorized([Role.REPRESENTATIVE, Role.PR_SPECIALIST])
  @Query(() => EscalationRoute, {
    description:
      "Who would answer the case's question with this topic (a key of the brief in force) or this responsible person (their key), and by when; shown before escalateCase sends it.",
  })
  escalationRoute(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('topic', () => String, { nullable: true }) topic: string | null,
    @Arg('responsiblePersonKey', () => String, { nullable: true }) responsiblePersonKey: string | null,
    @Ctx() context: RequestContext,
  ): Promise<EscalationRoute> {
    return escalations.escalationRoute(context, caseId, topic ?? null, responsiblePersonKey ?? null);
  }

  @Authorized([Role.REPRESENTATIVE, Role.PR_SPECIALIST, ApiKeyScope.CASES_WRITE])
  @Mutation(() => Escalation, { description: 'Sends a question the argument base cannot answer to the responsible person whose topics fit.' })
  async escalateCase(@Arg('caseId', () => ID) caseId: string, @Arg('input') input: EscalateCaseInput, @Arg('onBehalfOf', () => ID, { nullable: true, description: ON_BEHALF_OF_DESCRIPTION }) onBehalfOf: string | null, @Ctx() context: RequestContext): Promise<Escalation> {
    await actOnBehalf(context, onBehalfOf);
    return escalations.escalateCase(context, caseId, input);
  }

  @Authorized([Role.RESPONSIBLE, Role.PR_SPECIALIST])
  @Mutation(() => Escalation)
  answerEscalation(@Arg('id', () => ID) id: string, @Arg('input') input: AnswerEscalationInput, @Ctx() context: RequestContext): Promise<Escalation> {
    return escalations.answerEscalation(context, id, input);
  }

  @Authorized([Role.RESPONSIBLE, Role.PR_SPECIALIST])
  @Mutation(() => Escalation, {
    description:
      'Hands an open question on, with a comment: to another responsible person of the brief in force, or (responsiblePersonKey null) back to ' +
      'the PR specialists. Whoever it is with, or a PR specialist, may; the new assignee is notified and the due time restarts.',
  })
  handOverEscalation(@Arg('id', () => ID) id: string, @Arg('input') input: HandOverEscalationInput, @Ctx() context: RequestContext): Promise<Escalation> {
    return escalations.handOverEscalation(context, id, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => Escalation, { description: 'Archives the answer into the base: a new situation with an approved reply, linked to the case.' })
  archiveEscalationAnswer(@Arg('id', () => ID) id: string, @Arg('input') input: ArchiveEscalationInput, @Ctx() context: RequestContext): Promise<Escalation> {
    return archiveEscalationAnswer(context, id, input);
  }

  @FieldResolver(() => [EscalationHandover], { description: 'Every hand-over of the question, oldest first.' })
  async handovers(@Root() escalation: Escalation, @Ctx() context: RequestContext): Promise<EscalationHandover[]> {
    const handovers = await context.loaders.manyBy(EscalationHandover, 'escalationId').load(escalation.id);
    return [...handovers].sort((left, right) => left.createdAt.getTime() - right.createdAt.getTime());
  }

  @FieldResolver(() => Case, { nullable: true })
  case(@Root() escalation: Escalation, @Ctx() context: RequestContext): Promise<Case | null> {
    return context.loaders.byId(Case).load(escalation.caseId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Null when ingest opened the escalation by itself.' })
  requestedBy(@Root() escalation: Escalation, @Ctx() context: RequestContext): Promise<User | null> | null {
    return escalation.requestedById ? context.loaders.byId(User).load(escalation.requestedById) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who gave the answer (the responsible person or a PR specialist).' })
  answeredBy(@Root() escalation: Escalation, @Ctx() context: RequestContext): Promise<User | null> | null {
    return escalation.answeredById ? context.loaders.byId(User).load(escalation.answeredById) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Still unanswered past its due time.' })
  isOverdue(@Root() escalation: Escalation): boolean {
    return escalation.status === EscalationStatus.OPEN && escalation.dueAt !== null && escalation.dueAt < new Date();
  }

  @FieldResolver(() => Situation, { nullable: true })
  situation(@Root() escalation: Escalation, @Ctx() context: RequestContext): Promise<Situation | null> | null {
    return escalation.situationId ? context.loaders.byId(Situation).load(escalation.situationId) : null;
  }

  @FieldResolver(() => Reply, { nullable: true })
  reply(@Root() escalation: Escalation, @Ctx() context: RequestContext): Promise<Reply | null> | null {
    return escalation.replyId ? context.loaders.byId(Reply).load(escalation.replyId) : null;
  }
}

/** The case page shows the case's escalations. */
@Resolver(() => Case)
export class CaseEscalationsResolver {
  @FieldResolver(() => [Escalation], { description: 'Questions sent to responsible people about this case, newest first.' })
  escalations(@Root() caseRow: Case, @Ctx() context: RequestContext): Promise<Escalation[]> {
    return context.loaders.manyBy(Escalation, 'caseId', { order: { createdAt: 'DESC' } }).load(caseRow.id);
  }
}
