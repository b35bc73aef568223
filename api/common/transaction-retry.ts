import { setTimeout as sleep } from 'node:timers/promises';
import { currentStatementCount, rewindStatementCount } from '../database/statement-counter';
import { ErrorReason } from './error-reasons';
import { AppError, ErrorCode } from './errors';
import { logger } from './logger';

/**
 * PostgreSQL's codes for a transaction it broke off because it raced with another one: a deadlock
 * (40P01) or a serialization failure (40001). Either way the whole transaction was rolled back, so
 * running it again from the start is safe.
 */
const RACE_CODES = new Set(['40P01', '40001']);

/** Attempts in all: the first and three more. */
export const TRANSACTION_ATTEMPTS = 4;

let retried = 0;

/** Transactions run again since the process started, for tests and figures. */
export function transactionRetryCount(): number {
  return retried;
}

export function isRace(error: unknown): boolean {
  const { code, driverError } = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown } };
  return RACE_CODES.has(String(driverError?.code ?? code));
}

/**
 * Runs `transaction` (one whole database transaction) and, when it lost a race, runs it again after a
 * short random pause that grows with each attempt, so the racers do not meet again in step. The
 * statements of a rolled-back attempt are not charged to the request. When every attempt lost, the
 * caller is told to send the request again: nothing was saved.
 */
export async function runAgainOnRace<T>(transaction: () => Promise<T>): Promise<T> {
  const statementsBefore = currentStatementCount();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await transaction();
    } catch (error) {
      if (!isRace(error)) throw error;
      if (attempt === TRANSACTION_ATTEMPTS) {
        logger.warn({ attempts: attempt, code: (error as { code?: string }).code }, 'a transaction lost every race; the caller is asked to retry');
        throw new AppError(
          ErrorCode.SERVICE_UNAVAILABLE,
          'Other writes kept colliding with this one, so nothing was saved. Send the request again in a moment.',
          { reason: ErrorReason.WRITE_CONTENTION, retryAfterSeconds: 1 },
        );
      }
      retried += 1;
      rewindStatementCount(statementsBefore);
      logger.info({ attempt, code: (error as { code?: string }).code }, 'a transaction lost a race and is run again');
      await sleep(Math.random() * 10 * 2 ** attempt);
    }
  }
}
