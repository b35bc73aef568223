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
}

/** One wrong field of an input, said so that a person can fix it. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** The only error type services throw; formatError turns it into a GraphQL error with its code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable facts for clients (reason, fields, current version...). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Sign in first: send "Authorization: Bearer <token or API key>".') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.FORBIDDEN, message, details);

export const notFound = (entity: string, id: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${entity} ${id} was not found.`, { entity, id });

export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.CONFLICT, message, details);

export function badInput(problems: FieldProblem[] | FieldProblem, reason?: string): AppError {
  const fields = Array.isArray(problems) ? problems : [problems];
  const message = fields.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return new AppError(ErrorCode.BAD_USER_INPUT, message, { fields, ...(reason ? { reason } : {}) });
}
