import { In } from 'typeorm';
import { clock } from '../../common/clock';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Representative } from '../representatives/representative.entity';
import { User } from '../users/user.entity';
import { AttemptQuestion } from './attempt-question.entity';
import { callerRepresentative, startCheck } from './attempt.service';
import { finishOverdueAttempts } from './attempt-submission';
import { AttemptStatus } from './certification-enums';
import type { AttemptListArgs, AttemptFilter } from './attempt.inputs';
import type { LearnerQuiz } from './learner-views';
import { QuizAttempt } from './quiz-attempt.entity';
import { QuizOverride } from './quiz-override.entity';
import { Quiz } from './quiz.entity';
import type { AttemptQuestionResult, QuizPersonResult } from './results.views';
import { gradeOf } from './scoring';

/** The quizzes a representative can see (not archived), each with their attempts, grade and whether they may start. */
export async function myQuizzes(context: RequestContext): Promise<LearnerQuiz[]> {
  const representative = await callerRepresentative(context);
  await context.transaction((transaction) => finishOverdueAttempts(transaction, representative.id));
  const now = clock.now();
  const quizzes = await context.tenant.find(Quiz, { where: { isArchived: false }, order: { title: 'ASC' } });
  const attempts = await context.tenant.find(QuizAttempt, { where: { representativeId: representative.id }, order: { number: 'ASC' } });
  const overrides = await context.tenant.find(QuizOverride, { where: { representativeId: representative.id } });
  return quizzes.map((quiz) => {
    const own = attempts.filter((attempt) => attempt.quizId === quiz.id);
    const submitted = own.filter((attempt) => attempt.status === AttemptStatus.SUBMITTED);
    const override = overrides.find((row) => row.quizId === quiz.id) ?? null;
    const running = own.find((attempt) => attempt.status === AttemptStatus.IN_PROGRESS) ?? null;
    const grade = gradeOf(quiz.grading, submitted.map((attempt) => ({ number: attempt.number, score: attempt.score ?? 0 })));
    const check = running ? { reason: null, nextAttemptAt: null } : startCheck(quiz, override, submitted, now);
    return {
      id: quiz.id,
      title: quiz.title,
      description: quiz.description,
      questionCount: quiz.questionCount,
      timeLimitMinutes: quiz.timeLimitMinutes === null ? null : quiz.timeLimitMinutes + (override?.extraMinutes ?? 0),
      attemptsAllowed: quiz.attemptsAllowed === null ? null : quiz.attemptsAllowed + (override?.extraAttempts ?? 0),
      attemptsUsed: submitted.length,
      grading: quiz.grading,
      passMark: quiz.passMark,
      opensAt: quiz.opensAt,
      closesAt: quiz.closesAt,
      certifying: quiz.certifying,
      grade,
      passed: grade === null ? null : grade >= quiz.passMark,
      attemptInProgressId: running?.id ?? null,
      cannotStartReason: check.reason,
      nextAttemptAt: check.nextAttemptAt,
      attempts: own.map(({ id, number, status, startedAt, submittedAt, score, passed }) => ({ id, number, status, startedAt, submittedAt, score, passed })),
    };
  });
}

function attemptsMatching(context: RequestContext, filter: AttemptFilter = {}) {
  const query = context.tenant.query(QuizAttempt, 'attempt');
  if (filter.ids) query.andWhere('attempt.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.quizId) query.andWhere('attempt.quizId = :quizId', { quizId: isUuid(filter.quizId) ? filter.quizId : null });
  if (filter.representativeId) query.andWhere('attempt.representativeId = :representativeId', { representativeId: isUuid(filter.representativeId) ? filter.representativeId : null });
  if (filter.status) query.andWhere('attempt.status = :status', { status: filter.status });
  return query;
}

/** Trainers' results: attempts by quiz or by person; overdue ones are submitted first so scores are final. */
export async function listAttempts(context: RequestContext, args: AttemptListArgs): Promise<QuizAttempt[]> {
  await context.transaction((transaction) => finishOverdueAttempts(transaction));
  return paginate(attemptsMatching(context, args.filter), args, { startedAt: 'attempt.startedAt', submittedAt: 'attempt.submittedAt', score: 'attempt.score', number: 'attempt.number' }, { field: 'startedAt', order: SortOrder.DESC }).getMany();
}

export async function countAttempts(context: RequestContext, filter?: AttemptFilter): Promise<ListMetadata> {
  return { count: await attemptsMatching(context, filter).getCount() };
}

export async function attemptQuestionResults(context: RequestContext, attemptId: string): Promise<AttemptQuestionResult[]> {
  const rows = await context.loaders.manyBy(AttemptQuestion, 'attemptId', { order: { position: 'ASC' } }).load(attemptId);
  return rows.map((row) => ({
    id: row.id,
    questionId: row.questionId,
    position: row.position,
    type: row.snapshot.type,
    text: row.snapshot.text,
    material: row.snapshot.material,
    choices: row.snapshot.choices,
    acceptedAnswers: row.snapshot.acceptedAnswers,
    answer: row.answer ? { choiceIds: row.answer.choiceIds ?? [], text: row.answer.text ?? null } : null,
    mark: row.mark,
  }));
}

/** Names of representatives by id, in one query each for representatives and users. */
export async function representativeNames(context: RequestContext, ids: string[]): Promise<Map<string, string>> {
  const representatives = ids.length ? await context.tenant.find(Representative, { where: { id: In(ids) } }) : [];
  const users = await context.loaders.byId(User).loadMany(representatives.map((row) => row.userId));
  const userNames = new Map(users.flatMap((user) => (user && !(user instanceof Error) ? [[user.id, user.name] as const] : [])));
  return new Map(representatives.map((row) => [row.id, userNames.get(row.userId) ?? '']));
}

/** One row per person who tried the quiz, graded by its method. */
export async function quizResults(context: RequestContext, quizId: string): Promise<QuizPersonResult[]> {
  const quiz = await context.tenant.get(Quiz, quizId);
  await context.transaction((transaction) => finishOverdueAttempts(transaction));
  const attempts = await context.tenant.find(QuizAttempt, { where: { quizId: quiz.id }, order: { number: 'ASC' } });
  const people = [...new Set(attempts.map((attempt) => attempt.representativeId))];
  const names = await representativeNames(context, people);
  return people
    .map((representativeId) => {
      const own = attempts.filter((attempt) => attempt.representativeId === representativeId);
      const submitted = own.filter((attempt) => attempt.status === AttemptStatus.SUBMITTED);
      const grade = gradeOf(quiz.grading, submitted.map((attempt) => ({ number: attempt.number, score: attempt.score ?? 0 })));
      const last = submitted.reduce<Date | null>((latest, attempt) => (attempt.submittedAt && (!latest || attempt.submittedAt > latest) ? attempt.submittedAt : latest), null);
      return {
        representativeId,
        representativeName: names.get(representativeId) ?? '',
        attemptsUsed: submitted.length,
        grade,
        passed: grade === null ? null : grade >= quiz.passMark,
        lastSubmittedAt: last,
        attemptInProgressId: own.find((attempt) => attempt.status === AttemptStatus.IN_PROGRESS)?.id ?? null,
      };
    })
    .sort((a, b) => a.representativeName.localeCompare(b.representativeName, 'ru'));
}

/** One representative's name through the request's loaders (a list of 50 costs two queries). */
export async function nameOfRepresentative(context: RequestContext, representativeId: string): Promise<string> {
  const representative = await context.loaders.byId(Representative).load(representativeId);
  return representative ? ((await context.loaders.byId(User).load(representative.userId))?.name ?? '') : '';
}
