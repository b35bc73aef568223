import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { approveGeneratedQuestions, generateQuestions, updateGeneratedQuestion } from './generated-questions.service';
import { countQuestionGenerations, listQuestionGenerations } from './question-generation-queue';
import { QuestionGeneration } from './question-generation.entity';
import {
  GeneratedQuestion,
  GeneratedQuestions,
  GenerateQuestionsInput,
  GenerateQuestionsIntoBankInput,
  QuestionGenerationListArgs,
  QuestionReviewPage,
  toGenerated,
  UpdateGeneratedQuestionInput,
} from './question-generation.types';
import { generateQuestionDrafts } from './question-generation.service';
import { Question } from './question.entity';

/** The generation wizard and its review queue: trainers only. */
@Resolver(() => QuestionGeneration)
export class QuestionGenerationResolver {
  @Authorized(Role.TRAINER)
  @Query(() => [GeneratedQuestion], {
    description:
      'Questions the generators would make from the standard in force (brief, argument base, checkReply rules), with their right answers and sources, saving nothing: the first step of the generation wizard. BAD_USER_INPUT NO_BRIEF_IN_FORCE when a brief generator is asked and no version is approved.',
  })
  async questionGenerationPreview(@Arg('input', () => GenerateQuestionsInput, { nullable: true }) input: GenerateQuestionsInput | null, @Ctx() context: RequestContext): Promise<GeneratedQuestion[]> {
    return (await generateQuestionDrafts(context, input ?? {})).map(toGenerated);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => GeneratedQuestions, {
    description: 'Saves what the generators make into a category of the bank as DRAFT questions with their source recorded; drafts identical to ones generated before are skipped. Audited (GENERATE).',
  })
  generateQuestions(@Arg('input') input: GenerateQuestionsIntoBankInput, @Ctx() context: RequestContext): Promise<GeneratedQuestions> {
    return generateQuestions(context, input);
  }

  @Authorized(Role.TRAINER)
  @Query(() => QuestionReviewPage, { description: 'The review queue: generated questions, newest first (filter.status DRAFT: those awaiting review), with the total for paging.' })
  async questionReviewQueue(@Args() args: QuestionGenerationListArgs, @Ctx() context: RequestContext): Promise<QuestionReviewPage> {
    const [items, { count }] = [await listQuestionGenerations(context, args), await countQuestionGenerations(context, args.filter)];
    return { items, total: count };
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => Question, { description: "Edits a generated draft before approval (wording, material, explanation, tags, choices). CONFLICT QUESTION_ALREADY_APPROVED once approved; NOT_GENERATED for a question written by hand." })
  updateGeneratedQuestion(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateGeneratedQuestionInput, @Ctx() context: RequestContext): Promise<Question> {
    return updateGeneratedQuestion(context, id, input);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => [Question], { description: 'Approves reviewed generated drafts (at most 200, all or nothing): quizzes draw them from then on.' })
  approveGeneratedQuestions(@Arg('ids', () => [ID]) ids: string[], @Ctx() context: RequestContext): Promise<Question[]> {
    return approveGeneratedQuestions(context, ids);
  }

  @FieldResolver(() => Question)
  async question(@Root() origin: QuestionGeneration, @Ctx() context: RequestContext): Promise<Question> {
    return (await context.loaders.byId(Question).load(origin.questionId))!;
  }
}
