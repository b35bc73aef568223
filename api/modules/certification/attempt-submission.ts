import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { systemActor } from '../../auth/caller';
import { TenantScope } from '../../auth/tenant-scope';
import { clock } from '../../common/clock';
import { logger } from '../../common/logger';
import { TransactionScope } from '../../common/transaction-scope';
import { Client } from '../clients/client.entity';
import { AttemptQuestion } from './attempt-question.entity';
import { CertificateStatus, certificateStatusesOf } from './certificate-status';
import { Certificate } from './certificate.entity';
import { AttemptStatus } from './certification-enums';
import { QuizAttempt } from './quiz-attempt.entity';
import { Quiz } from './quiz.entity';
import { gradeOf, markOf, scoreOf } from './scoring';

/** Seconds after the deadline an answer still counts: what the network may take to carry it. */
export const ATTEMPT_GRACE_SECONDS = 30;

export function isOverdue(attempt: Pick<QuizAttempt, 'status' | 'deadline'>, now: Date): boolean {
  return attempt.status === AttemptStatus.IN_PROGRESS && attempt.deadline !== null && now.getTime() > attempt.deadline.getTime() + ATTEMPT_GRACE_SECONDS * 1000;
}

const DAY = 24 * 60 * 60 * 1000;

/** A code to print and type: 12 characters without look-alikes (0/O, 1/I/L). */
export function newVerificationCode(): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(12);
  const code = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join('');
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`;
}

/**
 * Scores an attempt (which the caller has locked) from its stored questions and answers, closes it,
 * and grants a certificate when the quiz certifies and the person's grade now passes and they hold
 * no valid one of this quiz. An attempt submitted by the server is dated at its deadline.
 */
export async function submitAttempt(transaction: TransactionScope, attempt: QuizAttempt, quiz: Quiz, automatic: boolean): Promise<QuizAttempt> {
  const now = clock.now();
  const questions = await transaction.tenant.find(AttemptQuestion, { where: { attemptId: attempt.id }, order: { position: 'ASC' } });
  const marks = questions.map((question) => markOf(question.snapshot, question.answer));
  if (questions.length > 0) {
    await transaction.tenant.sql(
      `UPDATE attempt_question SET mark = given.mark FROM unnest($2::uuid[], $3::float8[]) AS given(id, mark)
        WHERE attempt_question.id = given.id AND attempt_question.client_id = $client`,
      [questions.map((question) => question.id), marks],
    );
  }
  const score = scoreOf(marks);
  const submittedAt = automatic && attempt.deadline && attempt.deadline < now ? attempt.deadline : now;
  const submitted = await transaction.update(
    QuizAttempt,
    attempt,
    { status: AttemptStatus.SUBMITTED, submittedAt, autoSubmitted: automatic, score, passed: score >= quiz.passMark },
    { action: automatic ? 'AUTO_SUBMIT' : 'SUBMIT' },
  );
  if (quiz.certifying) await grantCertificateIfEarned(transaction, quiz, submitted, now);
  return submitted;
}

/** A certificate that needs nothing: passing again while holding one grants no second. */
const CURRENT = [CertificateStatus.CERTIFIED, CertificateStatus.EXPIRING];

async function grantCertificateIfEarned(transaction: TransactionScope, quiz: Quiz, attempt: QuizAttempt, now: Date): Promise<void> {
  const attempts = await transaction.tenant.find(QuizAttempt, { where: { quizId: quiz.id, representativeId: attempt.representativeId, status: AttemptStatus.SUBMITTED } });
  const grade = gradeOf(quiz.grading, attempts.map((row) => ({ number: row.number, score: row.score ?? 0 })));
  if (grade === null || grade < quiz.passMark) return;
  const held = await transaction.tenant.find(Certificate, { where: { quizId: quiz.id, representativeId: attempt.representativeId } });
  // Only a lapsed certificate, or one whose source changed since (needs refresh), is renewed by passing again.
  const statuses = await certificateStatusesOf(transaction.manager, held.map((certificate) => certificate.id), now);
  if (held.some((certificate) => CURRENT.includes(statuses.get(certificate.id)!))) return;
  await transaction.insert(Certificate, {
    representativeId: attempt.representativeId,
    quizId: quiz.id,
    attemptId: attempt.id,
    score: grade,
    issuedAt: now,
    validUntil: quiz.certificateValidityDays ? new Date(now.getTime() + quiz.certificateValidityDays * DAY) : null,
    verificationCode: newVerificationCode(),
  });
}

/**
 * Submits overdue attempts of one client (optionally one person's), claiming each with SKIP LOCKED
 * so the background work, other API processes and a request never submit the same attempt twice.
 * Used lazily by reads, so a result is right even when the background work has not come by yet.
 */
export async function finishOverdueAttempts(transaction: TransactionScope, representativeId?: string): Promise<number> {
  const due = new Date(clock.now().getTime() - ATTEMPT_GRACE_SECONDS * 1000);
  const rows = await transaction.tenant.sql<{ id: string }>(
    `SELECT id FROM quiz_attempt WHERE client_id = $client AND status = 'IN_PROGRESS' AND deadline < $2 ${representativeId ? 'AND representative_id = $3' : ''}
      ORDER BY deadline LIMIT 100 FOR UPDATE SKIP LOCKED`,
    representativeId ? [due, representativeId] : [due],
  );
  for (const { id } of rows) {
    const attempt = await transaction.tenant.get(QuizAttempt, id);
    await submitAttempt(transaction, attempt, await transaction.tenant.get(Quiz, attempt.quizId), true);
  }
  return rows.length;
}

/**
 * One pass of the background work: claims up to `batch` overdue attempts of any client (FOR UPDATE
 * SKIP LOCKED: several API processes share the work, none waits for another) and submits each in
 * its client's scope, attributed to the system. Returns how many it submitted.
 */
export async function autoSubmitDueAttempts(dataSource: DataSource, batch = 50): Promise<number> {
  const due = new Date(clock.now().getTime() - ATTEMPT_GRACE_SECONDS * 1000);
  return dataSource.transaction(async (manager) => {
    // Agency-wide by nature: the work is everyone's; each attempt is then handled in its client's scope.
    const rows = await manager
      .createQueryBuilder(QuizAttempt, 'attempt')
      .select(['attempt.id', 'attempt.clientId'])
      .where('attempt.status = :status AND attempt.deadline < :due', { status: AttemptStatus.IN_PROGRESS, due })
      .orderBy('attempt.deadline')
      .limit(batch)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const row of rows) {
      const client = await manager.findOneByOrFail(Client, { id: row.clientId });
      const tenant = new TenantScope(client, manager);
      const transaction = new TransactionScope(manager, { actor: systemActor, currentClient: client, tenant, noteAuditEvent: () => undefined });
      const attempt = await tenant.get(QuizAttempt, row.id);
      await submitAttempt(transaction, attempt, await tenant.get(Quiz, attempt.quizId), true);
    }
    return rows.length;
  });
}

/** Starts the background work with the server: every `intervalMs`, submits what is overdue. Returns the stopper. */
export function startAutoSubmitter(dataSource: DataSource, intervalMs = 15_000): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(() => (dataSource.isInitialized ? autoSubmitDueAttempts(dataSource) : 0))
      .then((count) => {
        if (count) logger.info(`submitted ${count} quiz attempt(s) whose time ran out`);
      })
      .catch((error) => logger.error({ err: error }, 'submitting overdue quiz attempts failed'));
  }, intervalMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
