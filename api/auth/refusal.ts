import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { HTTP_STATUS_OF_CODE, type AppError } from '../common/errors';

/**
 * A credential refused while the request's context is built (before any operation runs): 401, or
 * the code's own status (RATE_LIMITED: 429) with Retry-After. Apollo's plugins do not run for a
 * request that never got a context, so the status and header travel in extensions.http; the
 * original AppError goes along so that formatError shapes it like any other refusal.
 */
export function refusedBeforeExecution(error: AppError): GraphQLError {
  const headers = new HeaderMap();
  const retryAfter = error.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') headers.set('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { code: error.code, ...error.details, http: { status: HTTP_STATUS_OF_CODE[error.code] ?? 401, headers } },
  });
}
