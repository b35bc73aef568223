import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import { AppError, ErrorCode, type FieldProblem } from './errors';
import { ErrorReason } from './error-reasons';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';

/** Codes graphql-js, Apollo and the query limits give to mistakes in the request itself: safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
]);

function problemsOf(errors: ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...problemsOf(error.children ?? [], field)];
  });
}

/** graphql-js stops coercing variables after 50 errors with this error, which carries no code of its own. */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

const UNIQUE_VIOLATION = '23505';

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === UNIQUE_VIOLATION;
}

export interface ErrorFormatterOptions {
  /** Development mode shows the real message of unexpected errors. */
  development: boolean;
  logUnexpected: (error: unknown) => void;
  /** Retry-After, in seconds, of SERVICE_UNAVAILABLE while the database is away. */
  databaseRetryAfterSeconds?: number;
}

/**
 * The single place errors are shaped for clients: coded errors keep their message and details,
 * validation errors name each field, and everything unexpected becomes a bare INTERNAL_SERVER_ERROR
 * (logged here), so no stack trace, SQL or internal message reaches a client.
 */
export function createErrorFormatter(options: ErrorFormatterOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError && error.originalError ? error.originalError : unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    if (original instanceof AppError) {
      return { ...base, message: original.message, extensions: { code: original.code, ...original.details } };
    }
    if (original instanceof ArgumentValidationError) {
      const fields = problemsOf(original.extensions.validationErrors as ValidationError[]);
      const message = fields.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
      return { ...base, message: message || 'The input is not valid.', extensions: { code: ErrorCode.BAD_USER_INPUT, reason: ErrorReason.INVALID_INPUT, fields } };
    }
    if (isDatabaseUnavailable(original)) {
      // Not a bug and not the caller's fault: a retryable 503 (api/common/plugins.ts sets the status and Retry-After).
      const unavailable = databaseUnavailable(options.databaseRetryAfterSeconds ?? 5);
      return { ...base, message: unavailable.message, extensions: { code: unavailable.code, ...unavailable.details } };
    }
    if (isUniqueViolation(original)) {
      // Two requests raced past a service's own duplicate check; the database refused the second.
      return {
        ...base,
        message: 'Someone saved a record with the same unique value a moment ago. Reload and try again.',
        extensions: { code: ErrorCode.CONFLICT, reason: ErrorReason.UNIQUE_VIOLATION },
      };
    }
    if (!formatted.path && formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS)) {
      return { ...base, message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...base, message: formatted.message, extensions: options.development ? formatted.extensions : extensions };
    }
    options.logUnexpected(original);
    return {
      ...base,
      message: options.development && original instanceof Error ? original.message : 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
