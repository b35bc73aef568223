import { In } from 'typeorm';
import { badInput, conflict } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { Representative } from '../representatives/representative.entity';
import { QuestionCategory } from './question-category.entity';
import { Quiz } from './quiz.entity';
import { QuizOverride } from './quiz-override.entity';
import type { CreateQuizInput, QuizFilter, QuizListArgs, QuizOverrideInput, UpdateQuizInput } from './quiz.inputs';

function quizzesMatching(context: RequestContext, filter: QuizFilter = {}) {
  const query = context.tenant.query(Quiz, 'quiz');
  if (filter.ids) query.andWhere('quiz.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.q) query.andWhere('quiz.title ILIKE :q', { q: containing(filter.q) });
  if (filter.certifying !== undefined && filter.certifying !== null) query.andWhere('quiz.certifying = :certifying', { certifying: filter.certifying });
  if (!filter.ids) query.andWhere('quiz.isArchived = :archived', { archived: filter.isArchived ?? false });
  return query;
}

export function listQuizzes(context: RequestContext, args: QuizListArgs): Promise<Quiz[]> {
  return paginate(quizzesMatching(context, args.filter), args, { title: 'quiz.title', createdAt: 'quiz.createdAt', opensAt: 'quiz.opensAt' }, { field: 'title', order: SortOrder.ASC }).getMany();
}

export async function countQuizzes(context: RequestContext, filter?: QuizFilter): Promise<ListMetadata> {
  return { count: await quizzesMatching(context, filter).getCount() };
}

/** Categories must be the client's; a quiz must draw from somewhere; it cannot close before it opens. */
async function checkSettings(transaction: TransactionScope, quiz: Pick<Quiz, 'categoryIds' | 'tags' | 'opensAt' | 'closesAt'>): Promise<void> {
  const ids = [...new Set(quiz.categoryIds)];
  const found = ids.length && ids.every(isUuid) ? await transaction.tenant.count(QuestionCategory, { id: In(ids) }) : 0;
  if (found !== ids.length) throw badInput({ field: 'categoryIds', message: 'names a category that does not exist' }, ErrorReason.INVALID_INPUT);
  if (ids.length === 0 && quiz.tags.length === 0) throw badInput({ field: 'categoryIds', message: 'a quiz draws from at least one category or tag' }, ErrorReason.INVALID_INPUT);
  if (quiz.opensAt && quiz.closesAt && quiz.closesAt <= quiz.opensAt) throw badInput({ field: 'closesAt', message: 'must be after opensAt' }, ErrorReason.INVALID_INPUT);
}

async function assertTitleFree(transaction: TransactionScope, title: string, exceptId?: string) {
  const holder = await transaction.tenant.findOne(Quiz, { where: { title } });
  if (holder && holder.id !== exceptId) throw conflict(`The client already has a quiz titled "${title}".`, { reason: ErrorReason.DUPLICATE_NAME, fields: [{ field: 'title', message: 'is already used by another quiz' }] });
}

const cleanTags = (tags: string[]) => [...new Set(tags.map((tag) => tag.trim().toLowerCase()).filter(Boolean))];

export function createQuiz(context: RequestContext, input: CreateQuizInput): Promise<Quiz> {
  return context.transaction(async (transaction) => {
    const quiz: Partial<Quiz> = {
      ...input,
      title: input.title.trim(),
      description: input.description ?? null,
      categoryIds: [...new Set(input.categoryIds ?? [])],
      tags: cleanTags(input.tags ?? []),
      timeLimitMinutes: input.timeLimitMinutes ?? null,
      attemptsAllowed: input.attemptsAllowed ?? null,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
      certificateValidityDays: input.certificateValidityDays ?? null,
    };
    await assertTitleFree(transaction, quiz.title!);
    await checkSettings(transaction, quiz as Quiz);
    return transaction.insert(Quiz, quiz) as Promise<Quiz>;
  });
}

export function updateQuiz(context: RequestContext, id: string, input: UpdateQuizInput): Promise<Quiz> {
  const { version, ...changes } = input;
  return context.transaction(async (transaction) => {
    const quiz = await transaction.tenant.get(Quiz, id);
    if (changes.title !== undefined) {
      changes.title = changes.title.trim();
      await assertTitleFree(transaction, changes.title, quiz.id);
    }
    if (changes.tags) changes.tags = cleanTags(changes.tags);
    await checkSettings(transaction, { ...quiz, ...(changes as Partial<Quiz>) });
    return transaction.update(Quiz, quiz, changes as Partial<Quiz>, { expectedVersion: version });
  });
}

/** Quizzes keep their attempts and certificates: "deleting" one archives it (it can no longer be taken). */
export function archiveQuiz(context: RequestContext, id: string): Promise<Quiz> {
  return context.transaction(async (transaction) => {
    const quiz = await transaction.tenant.get(Quiz, id, 'pessimistic_write');
    if (quiz.isArchived) throw conflict(`The quiz "${quiz.title}" is already archived.`, { reason: ErrorReason.ALREADY_ARCHIVED });
    return transaction.update(Quiz, quiz, { isArchived: true }, { action: 'ARCHIVE' });
  });
}

export function listOverrides(context: RequestContext, quizId: string): Promise<QuizOverride[]> {
  return context.tenant.find(QuizOverride, { where: { quizId: isUuid(quizId) ? quizId : undefined }, order: { createdAt: 'ASC' } });
}

/** Sets one person's extra time and attempts on a quiz; zeros remove the override. Returns it (or null when removed). */
export function setQuizOverride(context: RequestContext, input: QuizOverrideInput): Promise<QuizOverride | null> {
  return context.transaction(async (transaction) => {
    const quiz = await transaction.tenant.get(Quiz, input.quizId);
    const representative = await transaction.tenant.get(Representative, input.representativeId);
    const current = await transaction.tenant.findOne(QuizOverride, { where: { quizId: quiz.id, representativeId: representative.id }, lock: { mode: 'pessimistic_write' } });
    const values = { extraMinutes: input.extraMinutes ?? current?.extraMinutes ?? 0, extraAttempts: input.extraAttempts ?? current?.extraAttempts ?? 0 };
    if (values.extraMinutes === 0 && values.extraAttempts === 0) {
      if (current) await transaction.remove(QuizOverride, current);
      else await transaction.record({ entityType: 'QuizOverride', entityId: quiz.id, action: 'CLEAR', after: { representativeId: representative.id } });
      return null;
    }
    if (current) return transaction.update(QuizOverride, current, values);
    return transaction.insert(QuizOverride, { quizId: quiz.id, representativeId: representative.id, ...values });
  });
}
