import { randomInt } from 'node:crypto';
import { clock } from '../../common/clock';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { Representative } from '../representatives/representative.entity';
import { AttemptQuestion, type GivenAnswer } from './attempt-question.entity';
import { finishOverdueAttempts, isOverdue, submitAttempt } from './attempt-submission';
import { AttemptStatus, QuestionType } from './certification-enums';
import { learnerAttempt, type LearnerAttempt } from './learner-views';
import { Question } from './question.entity';
import { QuizAttempt } from './quiz-attempt.entity';
import { QuizOverride } from './quiz-override.entity';
import { Quiz } from './quiz.entity';

const MINUTE = 60 * 1000;

/** The caller's Representative record in the request's client; quizzes are taken by representatives. */
export async function callerRepresentative(context: RequestContext, transaction?: TransactionScope, lock = false): Promise<Representative> {
  const tenant = transaction?.tenant ?? context.tenant;
  const found = await tenant.findOne(Representative, { where: { userId: context.user.id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!found) throw forbidden('Quizzes are taken by representatives; you are not a representative of this client.', { reason: ErrorReason.NOT_A_REPRESENTATIVE });
  return found;
}

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = randomInt(index + 1);
    [copy[index], copy[other]] = [copy[other], copy[index]];
  }
  return copy;
}

export interface StartCheck {
  reason: ErrorReason | null;
  nextAttemptAt: Date | null;
}

/** Whether a new attempt may start now: open dates, attempts left, the delay since the last one. */
export function startCheck(quiz: Quiz, override: QuizOverride | null, submitted: QuizAttempt[], now: Date): StartCheck {
  if (quiz.isArchived || (quiz.opensAt && now < quiz.opensAt) || (quiz.closesAt && now >= quiz.closesAt)) return { reason: ErrorReason.QUIZ_NOT_OPEN, nextAttemptAt: null };
  if (quiz.attemptsAllowed !== null && submitted.length >= quiz.attemptsAllowed + (override?.extraAttempts ?? 0)) return { reason: ErrorReason.NO_ATTEMPTS_LEFT, nextAttemptAt: null };
  const last = submitted.reduce<Date | null>((latest, attempt) => (attempt.submittedAt && (!latest || attempt.submittedAt > latest) ? attempt.submittedAt : latest), null);
  if (last && quiz.delayBetweenAttemptsMinutes > 0) {
    const nextAttemptAt = new Date(last.getTime() + quiz.delayBetweenAttemptsMinutes * MINUTE);
    if (now < nextAttemptAt) return { reason: ErrorReason.ATTEMPT_TOO_SOON, nextAttemptAt };
  }
  return { reason: null, nextAttemptAt: null };
}

/** Draws the quiz's approved questions at random from its categories and tags, once, for a new attempt. */
async function drawQuestions(transaction: TransactionScope, quiz: Quiz): Promise<Question[]> {
  const drawn = await transaction.tenant
    .query(Question, 'question')
    .andWhere('question.status = :approved', { approved: 'APPROVED' })
    .andWhere('(question.categoryId = ANY(:categoryIds) OR question.tags && CAST(:tags AS text[]))', { categoryIds: quiz.categoryIds, tags: quiz.tags })
    .orderBy('random()')
    .limit(quiz.questionCount)
    .getMany();
  if (drawn.length < quiz.questionCount) {
    throw conflict(`The quiz draws ${quiz.questionCount} questions but its categories and tags hold ${drawn.length} approved ones.`, {
      reason: ErrorReason.NOT_ENOUGH_QUESTIONS,
      available: drawn.length,
    });
  }
  return quiz.shuffleQuestions ? drawn : drawn.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/**
 * Starts an attempt, or returns the one in progress: a reload never draws again. Refuses with the
 * reason when the quiz is closed (QUIZ_NOT_OPEN), the attempts are used (NO_ATTEMPTS_LEFT) or the
 * delay since the last one has not passed (ATTEMPT_TOO_SOON, with availableAt).
 */
export async function startAttempt(context: RequestContext, quizId: string): Promise<string> {
  return context.transaction(async (transaction) => {
    // Locking the person serialises their own starts: two clicks give one attempt.
    const representative = await callerRepresentative(context, transaction, true);
    const quiz = await transaction.tenant.get(Quiz, quizId);
    await finishOverdueAttempts(transaction, representative.id);
    const attempts = await transaction.tenant.find(QuizAttempt, { where: { quizId: quiz.id, representativeId: representative.id } });
    const running = attempts.find((attempt) => attempt.status === AttemptStatus.IN_PROGRESS);
    if (running) {
      await transaction.record({ entityType: 'QuizAttempt', entityId: running.id, action: 'RESUME' });
      return running.id;
    }
    const now = clock.now();
    const override = await transaction.tenant.findOne(QuizOverride, { where: { quizId: quiz.id, representativeId: representative.id } });
    const check = startCheck(quiz, override, attempts.filter((attempt) => attempt.status === AttemptStatus.SUBMITTED), now);
    if (check.reason === ErrorReason.ATTEMPT_TOO_SOON) {
      throw conflict(`The next attempt can start at ${check.nextAttemptAt!.toISOString()}.`, { reason: check.reason, availableAt: check.nextAttemptAt!.toISOString() });
    }
    if (check.reason) throw conflict(`You cannot start "${quiz.title}" now.`, { reason: check.reason });
    const questions = await drawQuestions(transaction, quiz);
    const minutes = quiz.timeLimitMinutes === null ? null : quiz.timeLimitMinutes + (override?.extraMinutes ?? 0);
    const byTime = minutes === null ? null : new Date(now.getTime() + minutes * MINUTE);
    const deadline = byTime && quiz.closesAt ? new Date(Math.min(byTime.getTime(), quiz.closesAt.getTime())) : (byTime ?? quiz.closesAt);
    const attempt = await transaction.insert(QuizAttempt, {
      quizId: quiz.id,
      representativeId: representative.id,
      number: attempts.length + 1,
      status: AttemptStatus.IN_PROGRESS,
      startedAt: now,
      deadline,
    });
    await transaction.manager.insert(
      AttemptQuestion,
      questions.map((question, index) => ({
        clientId: transaction.tenant.clientId,
        attemptId: attempt.id,
        questionId: question.id,
        position: index + 1,
        snapshot: { type: question.type, text: question.text, material: question.material, explanation: question.explanation, choices: question.choices, acceptedAnswers: question.acceptedAnswers },
        choiceOrder: (quiz.shuffleChoices && question.type !== QuestionType.TRUE_FALSE ? shuffled(question.choices) : question.choices).map((choice) => choice.id),
      })),
    );
    return attempt.id;
  });
}

/** The caller's own attempt; anyone else's is NOT_FOUND, exactly like one that does not exist. */
async function ownAttempt(context: RequestContext, transaction: TransactionScope, attemptId: string, lock = false): Promise<QuizAttempt> {
  const representative = await callerRepresentative(context, transaction);
  const attempt = await transaction.tenant.get(QuizAttempt, attemptId, lock ? 'pessimistic_write' : undefined);
  if (attempt.representativeId !== representative.id) throw notFound('QuizAttempt', attemptId);
  return attempt;
}

/** The learner's view of their attempt; one past its deadline is submitted first (lazily, on read). */
export async function readAttempt(context: RequestContext, attemptId: string): Promise<LearnerAttempt> {
  return context.transaction(async (transaction) => {
    let attempt = await ownAttempt(context, transaction, attemptId);
    if (isOverdue(attempt, clock.now())) {
      await finishOverdueAttempts(transaction, attempt.representativeId);
      attempt = await transaction.tenant.get(QuizAttempt, attempt.id);
    }
    const quiz = await transaction.tenant.get(Quiz, attempt.quizId);
    const questions = await transaction.tenant.find(AttemptQuestion, { where: { attemptId: attempt.id }, order: { position: 'ASC' } });
    return learnerAttempt(attempt, quiz, questions, clock.now());
  });
}

/** Checks an answer against the drawn question: choices must be its own; one choice where one is asked. */
function checkedAnswer(question: AttemptQuestion, choiceIds: string[] | undefined, text: string | undefined): GivenAnswer {
  if (question.snapshot.type === QuestionType.SHORT_ANSWER) {
    if (text === undefined) throw badInput({ field: 'text', message: 'a short-answer question is answered with text' }, ErrorReason.INVALID_INPUT);
    return { text: text.slice(0, 1000) };
  }
  const ids = [...new Set(choiceIds ?? [])];
  const known = new Set(question.choiceOrder);
  if (ids.some((id) => !known.has(id))) throw badInput({ field: 'choiceIds', message: 'names a choice this question does not have' }, ErrorReason.INVALID_INPUT);
  if (question.snapshot.type !== QuestionType.MULTIPLE_CHOICE && ids.length > 1) throw badInput({ field: 'choiceIds', message: 'this question takes one choice' }, ErrorReason.INVALID_INPUT);
  return { choiceIds: ids };
}

/**
 * Saves one answer of an attempt in progress. After the deadline and its grace the answer is refused
 * (CONFLICT, ATTEMPT_TIME_OVER) and the attempt is submitted as it stood; a submitted attempt takes
 * no answers (ATTEMPT_FINISHED).
 */
export async function saveAnswer(context: RequestContext, attemptId: string, questionId: string, choiceIds?: string[], text?: string): Promise<LearnerAttempt> {
  const late = await context.transaction(async (transaction) => {
    const attempt = await ownAttempt(context, transaction, attemptId, true);
    if (attempt.status === AttemptStatus.SUBMITTED) throw conflict('This attempt is already submitted.', { reason: ErrorReason.ATTEMPT_FINISHED });
    if (isOverdue(attempt, clock.now())) {
      await submitAttempt(transaction, attempt, await transaction.tenant.get(Quiz, attempt.quizId), true);
      return true;
    }
    const question = await transaction.tenant.findOne(AttemptQuestion, { where: { id: questionId, attemptId: attempt.id } });
    if (!question) throw notFound('AttemptQuestion', questionId);
    const answer = checkedAnswer(question, choiceIds, text);
    await transaction.tenant.sql(`UPDATE attempt_question SET answer = $2::jsonb, answered_at = $3 WHERE id = $4 AND client_id = $client`, [JSON.stringify(answer), clock.now(), question.id]);
    await transaction.record({ entityType: 'AttemptQuestion', entityId: question.id, action: 'ANSWER', before: { answer: question.answer }, after: { answer } });
    return false;
  });
  if (late) throw conflict('The time for this attempt is over: the answer was not saved and the attempt was submitted.', { reason: ErrorReason.ATTEMPT_TIME_OVER });
  return readAttempt(context, attemptId);
}

/** Submits the caller's attempt (an overdue one is submitted as of its deadline). */
export async function submitOwnAttempt(context: RequestContext, attemptId: string): Promise<LearnerAttempt> {
  await context.transaction(async (transaction) => {
    const attempt = await ownAttempt(context, transaction, attemptId, true);
    if (attempt.status === AttemptStatus.SUBMITTED) throw conflict('This attempt is already submitted.', { reason: ErrorReason.ATTEMPT_FINISHED });
    await submitAttempt(transaction, attempt, await transaction.tenant.get(Quiz, attempt.quizId), isOverdue(attempt, clock.now()));
  });
  return readAttempt(context, attemptId);
}
