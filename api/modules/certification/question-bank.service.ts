import { conflict } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { QuestionStatus, QuestionType } from './certification-enums';
import { assertQuestionShape, type QuestionShape as QuestionShapeFields, trueFalseChoices, withChoiceIds } from './question-rules';
import { Question } from './question.entity';
import { QuestionCategory } from './question-category.entity';
import type {
  CreateQuestionCategoryInput,
  CreateQuestionInput,
  QuestionCategoryFilter,
  QuestionCategoryListArgs,
  QuestionFilter,
  QuestionListArgs,
  UpdateQuestionCategoryInput,
  UpdateQuestionInput,
} from './question-bank.inputs';

function categoriesMatching(context: RequestContext, filter: QuestionCategoryFilter = {}) {
  const query = context.tenant.query(QuestionCategory, 'category');
  if (filter.ids) query.andWhere('category.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.q) query.andWhere('category.name ILIKE :q', { q: containing(filter.q) });
  return query;
}

export function listCategories(context: RequestContext, args: QuestionCategoryListArgs): Promise<QuestionCategory[]> {
  return paginate(categoriesMatching(context, args.filter), args, { name: 'category.name', createdAt: 'category.createdAt' }, { field: 'name', order: SortOrder.ASC }).getMany();
}

export async function countCategories(context: RequestContext, filter?: QuestionCategoryFilter): Promise<ListMetadata> {
  return { count: await categoriesMatching(context, filter).getCount() };
}

async function assertCategoryNameFree(transaction: TransactionScope, name: string, exceptId?: string) {
  const holder = await transaction.tenant.findOne(QuestionCategory, { where: { name } });
  if (holder && holder.id !== exceptId) {
    throw conflict(`The bank already has a category named "${name}".`, { reason: ErrorReason.DUPLICATE_NAME, fields: [{ field: 'name', message: 'is already used by another category' }] });
  }
}

/** The parent must be a category of the client, and not the category itself or one below it. */
async function checkedParent(transaction: TransactionScope, parentId: string | null | undefined, selfId?: string): Promise<string | null> {
  if (!parentId) return null;
  let cursor: QuestionCategory | null = await transaction.tenant.get(QuestionCategory, parentId);
  for (let depth = 0; cursor && depth < 50; depth += 1) {
    if (cursor.id === selfId) throw conflict('A category cannot sit inside itself or one of its own sub-categories.', { reason: ErrorReason.INVALID_INPUT, fields: [{ field: 'parentId', message: 'would make a loop' }] });
    cursor = cursor.parentId ? await transaction.tenant.findOne(QuestionCategory, { where: { id: cursor.parentId } }) : null;
  }
  return parentId;
}

export function createCategory(context: RequestContext, input: CreateQuestionCategoryInput): Promise<QuestionCategory> {
  return context.transaction(async (transaction) => {
    const name = input.name.trim();
    await assertCategoryNameFree(transaction, name);
    const parentId = await checkedParent(transaction, input.parentId);
    return transaction.insert(QuestionCategory, { name, description: input.description ?? null, parentId });
  });
}

export function updateCategory(context: RequestContext, id: string, input: UpdateQuestionCategoryInput): Promise<QuestionCategory> {
  const { version, ...changes } = input;
  return context.transaction(async (transaction) => {
    const category = await transaction.tenant.get(QuestionCategory, id);
    if (changes.name !== undefined) {
      changes.name = changes.name.trim();
      await assertCategoryNameFree(transaction, changes.name, category.id);
    }
    if (changes.parentId !== undefined) changes.parentId = await checkedParent(transaction, changes.parentId, category.id);
    return transaction.update(QuestionCategory, category, changes as Partial<QuestionCategory>, { expectedVersion: version });
  });
}

/** Only an empty category goes: questions and sub-categories must be moved or deleted first (CATEGORY_IN_USE). */
export function deleteCategory(context: RequestContext, id: string): Promise<QuestionCategory> {
  return context.transaction(async (transaction) => {
    const category = await transaction.tenant.get(QuestionCategory, id, 'pessimistic_write');
    const questions = await transaction.tenant.count(Question, { categoryId: category.id });
    const children = await transaction.tenant.count(QuestionCategory, { parentId: category.id });
    if (questions + children > 0) {
      throw conflict(`The category "${category.name}" holds ${questions} question(s) and ${children} sub-categories; move or delete them first.`, { reason: ErrorReason.CATEGORY_IN_USE, questions, children });
    }
    await transaction.remove(QuestionCategory, category);
    return category;
  });
}

function questionsMatching(context: RequestContext, filter: QuestionFilter = {}) {
  const query = context.tenant.query(Question, 'question');
  if (filter.ids) query.andWhere('question.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.q) query.andWhere('(question.text ILIKE :q OR question.material ILIKE :q)', { q: containing(filter.q) });
  if (filter.categoryId) query.andWhere('question.categoryId = :categoryId', { categoryId: isUuid(filter.categoryId) ? filter.categoryId : null });
  if (filter.type) query.andWhere('question.type = :type', { type: filter.type });
  if (filter.status) query.andWhere('question.status = :status', { status: filter.status });
  if (filter.tag) query.andWhere(':tag = ANY(question.tags)', { tag: filter.tag });
  return query;
}

const QUESTION_SORTS = { text: 'question.text', type: 'question.type', status: 'question.status', createdAt: 'question.createdAt', updatedAt: 'question.updatedAt' };

export function listQuestions(context: RequestContext, args: QuestionListArgs): Promise<Question[]> {
  return paginate(questionsMatching(context, args.filter), args, QUESTION_SORTS, { field: 'createdAt', order: SortOrder.DESC }).getMany();
}

export async function countQuestions(context: RequestContext, filter?: QuestionFilter): Promise<ListMetadata> {
  return { count: await questionsMatching(context, filter).getCount() };
}

const cleanTags = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];

/** The stored choices and answers of a question after an edit of its type, choices, isTrue or answers. */
function answersOf(type: QuestionType, input: CreateQuestionInput | UpdateQuestionInput, current?: Question) {
  const currentTrue = current?.choices.find((choice) => choice.id === 'true')?.isCorrect ?? true;
  const choices =
    type === QuestionType.TRUE_FALSE
      ? trueFalseChoices(input.isTrue ?? currentTrue)
      : type === QuestionType.SHORT_ANSWER
        ? []
        : withChoiceIds(input.choices ?? current?.choices ?? []);
  const acceptedAnswers = type === QuestionType.SHORT_ANSWER ? (input.acceptedAnswers ?? current?.acceptedAnswers ?? []).map((answer) => answer.trim()).filter(Boolean) : [];
  return { choices, acceptedAnswers };
}

export function createQuestion(context: RequestContext, input: CreateQuestionInput): Promise<Question> {
  return context.transaction(async (transaction) => {
    await transaction.tenant.get(QuestionCategory, input.categoryId);
    const { isTrue: _isTrue, ...fields } = input;
    const question: Partial<Question> & QuestionShapeFields = {
      ...fields,
      text: input.text.trim(),
      material: input.material?.trim() || null,
      explanation: input.explanation?.trim() || null,
      tags: cleanTags(input.tags ?? []),
      status: input.status ?? QuestionStatus.DRAFT,
      sourceBriefId: input.sourceBriefId ?? null,
      sourceBriefSection: input.sourceBriefSection ?? null,
      sourceBriefItemKey: input.sourceBriefItemKey ?? null,
      sourceSituationId: input.sourceSituationId ?? null,
      sourceReplyRevisionId: input.sourceReplyRevisionId ?? null,
      ...answersOf(input.type, input),
    };
    assertQuestionShape(question);
    return transaction.insert(Question, question) as Promise<Question>;
  });
}

export function updateQuestion(context: RequestContext, id: string, input: UpdateQuestionInput): Promise<Question> {
  const { version, isTrue: _isTrue, ...changes } = input;
  return context.transaction(async (transaction) => {
    const question = await transaction.tenant.get(Question, id);
    if (changes.categoryId) await transaction.tenant.get(QuestionCategory, changes.categoryId);
    const type = changes.type ?? question.type;
    const edited: Partial<Question> = { ...(changes as Partial<Question>), ...answersOf(type, input, question) };
    if (changes.text !== undefined) edited.text = changes.text.trim();
    if (changes.material !== undefined) edited.material = changes.material?.trim() || null;
    if (changes.tags !== undefined) edited.tags = cleanTags(changes.tags);
    assertQuestionShape({ type, material: edited.material !== undefined ? edited.material : question.material, choices: edited.choices!, acceptedAnswers: edited.acceptedAnswers! });
    return transaction.update(Question, question, edited, { expectedVersion: version });
  });
}

export function approveQuestion(context: RequestContext, id: string, version: number): Promise<Question> {
  return context.transaction(async (transaction) => {
    const question = await transaction.tenant.get(Question, id);
    return transaction.update(Question, question, { status: QuestionStatus.APPROVED }, { expectedVersion: version, action: 'APPROVE' });
  });
}

/** Attempts keep their own copy of each drawn question, so deleting one never changes a result. */
export function deleteQuestion(context: RequestContext, id: string): Promise<Question> {
  return context.transaction(async (transaction) => {
    const question = await transaction.tenant.get(Question, id, 'pessimistic_write');
    await transaction.remove(Question, question);
    return question;
  });
}
