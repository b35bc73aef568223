import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { ANSWER_READERS, Question } from './question.entity';
import { QuestionCategory } from './question-category.entity';
import {
  CreateQuestionCategoryInput,
  CreateQuestionInput,
  QuestionCategoryListArgs,
  QuestionListArgs,
  UpdateQuestionCategoryInput,
  UpdateQuestionInput,
} from './question-bank.inputs';
import * as bank from './question-bank.service';

/** Trainers own the bank; PR specialists read it (questions show where the brief is hard to learn). */
@Resolver()
export class QuestionBankResolver {
  @Authorized(ANSWER_READERS)
  @Query(() => [QuestionCategory])
  allQuestionCategories(@Args() args: QuestionCategoryListArgs, @Ctx() context: RequestContext) {
    return bank.listCategories(context, args);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => ListMetadata)
  _allQuestionCategoriesMeta(@Args() { filter }: QuestionCategoryListArgs, @Ctx() context: RequestContext) {
    return bank.countCategories(context, filter);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => QuestionCategory)
  QuestionCategory(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return context.tenant.get(QuestionCategory, id);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => QuestionCategory)
  createQuestionCategory(@Arg('input') input: CreateQuestionCategoryInput, @Ctx() context: RequestContext) {
    return bank.createCategory(context, input);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => QuestionCategory)
  updateQuestionCategory(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateQuestionCategoryInput, @Ctx() context: RequestContext) {
    return bank.updateCategory(context, id, input);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => QuestionCategory, { description: 'Deletes an empty category; one holding questions or sub-categories: CONFLICT, reason CATEGORY_IN_USE.' })
  deleteQuestionCategory(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return bank.deleteCategory(context, id);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => [Question])
  allQuestions(@Args() args: QuestionListArgs, @Ctx() context: RequestContext) {
    return bank.listQuestions(context, args);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => ListMetadata)
  _allQuestionsMeta(@Args() { filter }: QuestionListArgs, @Ctx() context: RequestContext) {
    return bank.countQuestions(context, filter);
  }

  @Authorized(ANSWER_READERS)
  @Query(() => Question)
  Question(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return context.tenant.get(Question, id);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => Question, { description: 'A new question, DRAFT unless status says APPROVED. Choices that do not fit the type: BAD_USER_INPUT, reason INVALID_QUESTION.' })
  createQuestion(@Arg('input') input: CreateQuestionInput, @Ctx() context: RequestContext) {
    return bank.createQuestion(context, input);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => Question)
  updateQuestion(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateQuestionInput, @Ctx() context: RequestContext) {
    return bank.updateQuestion(context, id, input);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => Question, { description: 'Marks a reviewed question APPROVED: only approved questions are drawn into attempts.' })
  approveQuestion(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: RequestContext) {
    return bank.approveQuestion(context, id, version);
  }

  @Authorized(Role.TRAINER)
  @Mutation(() => Question, { description: 'Deletes a question; attempts keep their own copy of it.' })
  deleteQuestion(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext) {
    return bank.deleteQuestion(context, id);
  }
}
