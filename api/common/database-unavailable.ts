import { AppError, ErrorCode } from './errors';
import { ErrorReason } from './error-reasons';

/** Network failures of the socket to PostgreSQL. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);

/**
 * SQLSTATEs meaning "the server is going away or not taking connections": class 08 (connection
 * exception), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now, 53300 too many connections.
 */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** pg and its pool say these in plain messages, without a code. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection/i,
  /server closed the connection unexpectedly/i,
];

/** The error and what it wraps: TypeORM's driverError, `cause`, GraphQL's originalError or thrownValue. */
function causesOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current && typeof current === 'object' && chain.length < 6 && !chain.includes(current)) {
    chain.push(current);
    const wrapper = current as { driverError?: unknown; cause?: unknown; originalError?: unknown; thrownValue?: unknown };
    current = wrapper.driverError ?? wrapper.cause ?? wrapper.originalError ?? wrapper.thrownValue;
  }
  return chain;
}

/** Whether an error says PostgreSQL is unreachable for now (not that a statement was wrong). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causesOf(error).some((cause) => {
    if (cause instanceof AggregateError && cause.errors.some(isDatabaseUnavailable)) return true;
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.has(code) || code.startsWith('08'))) return true;
    return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
  });
}

/** The retryable refusal a client gets while the database is away: HTTP 503 with Retry-After. */
export function databaseUnavailable(retryAfterSeconds: number): AppError {
  return new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The database is unavailable for a moment. Retry shortly; nothing was changed by this request.', {
    reason: ErrorReason.DATABASE_UNAVAILABLE,
    retryAfterSeconds,
  });
}
