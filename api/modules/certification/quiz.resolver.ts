import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { quizResults } from './attempt-reads.service';
import { ANSWER_READERS } from './question.entity';
import { Quiz } from './quiz.entity';
import { QuizOverride } from './quiz-override.entity';
import { CreateQuizInput, QuizListArgs, QuizOverrideInput, UpdateQuizInput } from './quiz.inputs';
import * as quizzes from './quiz.service';
import { QuizPersonResult } from './results.views';

/** Trainers set quizzes up; PR specialists read them and their results. Learners use myQuizzes. */
@Resolver(() => Quiz)
export class QuizResolver {
  @Authorized(ANSWER_READERS)
  @Query(() => [Quiz])
  allQuizzes(@Args() args: QuizListArgs, @Ctx() context: RequestContext) {
    return quizzes.listQuizzes(context, args);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => ListMetadata)
  _allQuizzesMeta(@Args() { filter }: QuizListArgs, @Ctx() context: RequestContext) {
    return quizzes.countQuizzes(context, filter);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => Quiz)
  Quiz(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return context.tenant.get(Quiz, id);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => Quiz)
  createQuiz(@Arg('input') input: CreateQuizInput, @Ctx() context: RequestContext) {
    return quizzes.createQuiz(context, input);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => Quiz, { description: 'Changes the fields sent; running attempts keep their questions and deadline.' })
  updateQuiz(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateQuizInput, @Ctx() context: RequestContext) {
    return quizzes.updateQuiz(context, id, input);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => Quiz, { description: 'Archives the quiz: its attempts and certificates stay, nobody can start it. Already archived: CONFLICT, ALREADY_ARCHIVED.' })
  deleteQuiz(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return quizzes.archiveQuiz(context, id);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => [QuizOverride], { description: "The quiz's per-person overrides." })
  async quizOverrides(@Arg('quizId', () => ID) quizId: string, @Ctx() context: RequestContext) {
    const quiz = await context.tenant.get(Quiz, quizId);
    return quizzes.listOverrides(context, quiz.id);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => QuizOverride, { nullable: true, description: 'Gives one representative extra minutes and/or attempts on a quiz; zeros remove the override (answer null).' })
  setQuizOverride(@Arg('input') input: QuizOverrideInput, @Ctx() context: RequestContext) {
    return quizzes.setQuizOverride(context, input);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => [QuizPersonResult], { description: 'Results by person: one row per representative who tried the quiz, graded by its method.' })
  quizResults(@Arg('quizId', () => ID) quizId: string, @Ctx() context: RequestContext) {
    return quizResults(context, quizId);
  }
}
