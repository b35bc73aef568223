import { ErrorReason } from './error-reasons';

/**
 * The public error codes (extensions.code). Outside programs branch on these; keep the set closed.
 * Anything else that escapes a resolver is masked as INTERNAL_SERVER_ERROR.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  /** Too many requests: HTTP 429 with Retry-After; wait and send again. */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A dependency (the database) is away for a moment: HTTP 503 with Retry-After; safe to retry. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/**
 * The HTTP status of a GraphQL answer carrying this code (api/common/plugins.ts sets it, with
 * Retry-After from extensions.retryAfterSeconds). GraphQL-over-HTTP answers 200 for executed
 * operations; only refusals that a proxy, a retry loop or a monitoring check must see get their own.
 * A credential refused before execution answers 401 (api/server.ts).
 */
export const HTTP_STATUS_OF_CODE: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * One wrong field of an input, said so that a person can fix it. `field` is the path from the
 * argument's root, dotted (`contentRules.3.variants.0`); `reason`, when the field has its own, lets a
 * client translate it, `value` shows what was sent.
 */
export interface FieldProblem {
  field: string;
  message: string;
  reason?: ErrorReason;
  value?: unknown;
}

/** Facts an error carries to clients; `reason`, one of the closed ErrorReason values, is required. */
export type ErrorDetails = { reason: ErrorReason } & Record<string, unknown>;

/** The only error type services throw; formatError turns it into a GraphQL error with its code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable facts for clients (reason, fields, current version...). */
    readonly details: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (
  message = 'Sign in first: send "Authorization: Bearer <token or API key>".',
  reason: ErrorReason = ErrorReason.SIGN_IN_REQUIRED,
) => new AppError(ErrorCode.UNAUTHENTICATED, message, { reason });

export const forbidden = (message: string, details: ErrorDetails) =>
  new AppError(ErrorCode.FORBIDDEN, message, details);

export const notFound = (entity: string, id: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${entity} ${id} was not found.`, { reason: ErrorReason.NOT_FOUND, entity, id });

export const conflict = (message: string, details: ErrorDetails) =>
  new AppError(ErrorCode.CONFLICT, message, details);

/** A refusal of the input: the reason says why as a whole; a field problem may say its own (a CSV cell, a brief item's key). */
export function badInput(problems: FieldProblem[] | FieldProblem, reason: ErrorReason): AppError {
  const fields = Array.isArray(problems) ? problems : [problems];
  const message = fields.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { reason, fields });
}
