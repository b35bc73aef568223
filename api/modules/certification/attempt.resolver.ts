import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { attemptQuestionResults, countAttempts, listAttempts, myQuizzes, nameOfRepresentative } from './attempt-reads.service';
import { AttemptListArgs } from './attempt.inputs';
import * as attempts from './attempt.service';
import { LearnerAttempt, LearnerQuiz } from './learner-views';
import { ANSWER_READERS } from './question.entity';
import { QuizAttempt } from './quiz-attempt.entity';
import { Quiz } from './quiz.entity';
import { AttemptQuestionResult } from './results.views';

/** The learner's road (REPRESENTATIVE: myQuizzes, start, answer, submit) and the trainer's results. */
@Resolver(() => QuizAttempt)
export class AttemptResolver {
  @Authorized(Role.REPRESENTATIVE)
  @Query(() => [LearnerQuiz], { description: "The caller's quizzes: attempts, grade, whether and when a new attempt may start." })
  myQuizzes(@Ctx() context: RequestContext) {
    return myQuizzes(context);
  }

  @Authorized(Role.REPRESENTATIVE)
  @Mutation(() => LearnerAttempt, {
    description:
      'Starts an attempt, or returns the one in progress (a reload never draws again). Refused with CONFLICT: QUIZ_NOT_OPEN, NO_ATTEMPTS_LEFT, ' +
      'ATTEMPT_TOO_SOON (extensions.availableAt), NOT_ENOUGH_QUESTIONS.',
  })
  async startQuizAttempt(@Arg('quizId', () => ID) quizId: string, @Ctx() context: RequestContext) {
    return attempts.readAttempt(context, await attempts.startAttempt(context, quizId));
  }

  @Authorized(Role.REPRESENTATIVE)
  @Query(() => LearnerAttempt, { description: "The caller's own attempt (right answers only after submission, as the quiz allows). One past its deadline is submitted first." })
  myQuizAttempt(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return attempts.readAttempt(context, id);
  }

  @Authorized(Role.REPRESENTATIVE)
  @Mutation(() => LearnerAttempt, {
    description:
      'Saves one answer: choiceIds for choice questions, text for SHORT_ANSWER. After the deadline and a short grace: CONFLICT, ATTEMPT_TIME_OVER ' +
      '(the attempt is then submitted as it stood); a submitted attempt: CONFLICT, ATTEMPT_FINISHED.',
  })
  answerQuizQuestion(
    @Arg('attemptId', () => ID) attemptId: string,
    @Arg('questionId', () => ID, { description: 'The LearnerQuestion id.' }) questionId: string,
    @Arg('choiceIds', () => [String], { nullable: true }) choiceIds: string[] | undefined,
    @Arg('text', () => String, { nullable: true }) text: string | undefined,
    @Ctx() context: RequestContext,
  ) {
    return attempts.saveAnswer(context, attemptId, questionId, choiceIds ?? undefined, text ?? undefined);
  }

  @Authorized(Role.REPRESENTATIVE)
  @Mutation(() => LearnerAttempt, { description: 'Submits the attempt: scored on the server; a certifying quiz passed grants a certificate.' })
  submitQuizAttempt(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return attempts.submitOwnAttempt(context, id);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => [QuizAttempt], { description: 'Results: attempts by quiz or by person (overdue ones are submitted first).' })
  allQuizAttempts(@Args() args: AttemptListArgs, @Ctx() context: RequestContext) {
    return listAttempts(context, args);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => ListMetadata)
  _allQuizAttemptsMeta(@Args() { filter }: AttemptListArgs, @Ctx() context: RequestContext) {
    return countAttempts(context, filter);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => QuizAttempt)
  QuizAttempt(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return context.tenant.get(QuizAttempt, id);
  }

  @FieldResolver(() => String)
  async quizTitle(@Root() attempt: QuizAttempt, @Ctx() context: RequestContext): Promise<string> {
    return (await context.loaders.byId(Quiz).load(attempt.quizId))?.title ?? '';
  }

  @FieldResolver(() => String)
  async representativeName(@Root() attempt: QuizAttempt, @Ctx() context: RequestContext): Promise<string> {
    return nameOfRepresentative(context, attempt.representativeId);
  }

  @Authorized(ANSWER_READERS)
  @FieldResolver(() => [AttemptQuestionResult], { description: 'The drawn questions with right answers, answers given and marks: trainers and PR specialists only.' })
  questions(@Root() attempt: QuizAttempt, @Ctx() context: RequestContext) {
    return attemptQuestionResults(context, attempt.id);
  }
}
