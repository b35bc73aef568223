import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { certificationWeakSpots, quizStatistics } from './quiz-statistics.service';
import { CertificationWeakSpot, QuestionStatistics, QuizStatistics } from './quiz-statistics.types';
import { Question } from './question.entity';

@Resolver(() => QuestionStatistics)
export class QuizStatisticsResolver {
  @Authorized(Role.TRAINER)
  @Query(() => QuizStatistics, { description: "A quiz's figures over its submitted attempts: mean, median, pass rate, and per question (from 5 attempts) facility and discrimination indexes, as Moodle defines them." })
  quizStatistics(@Arg('quizId', () => ID) quizId: string, @Ctx() context: RequestContext): Promise<QuizStatistics> {
    return quizStatistics(context, quizId);
  }

  @Authorized(Role.TRAINER, Role.PR_SPECIALIST)
  @Query(() => [CertificationWeakSpot], { description: 'Questions most people fail (facility under 0.5 over 5 or more attempts), weakest first, with the brief item or situation they were made from: possible weak spots of the brief or the base.' })
  certificationWeakSpots(@Ctx() context: RequestContext): Promise<CertificationWeakSpot[]> {
    return certificationWeakSpots(context);
  }

  @Authorized(Role.TRAINER)
  @FieldResolver(() => Question, { nullable: true })
  question(@Root() figures: QuestionStatistics, @Ctx() context: RequestContext): Promise<Question | null> {
    return context.loaders.byId(Question).load(figures.questionId);
  }
}
