import { GraphQLError } from 'graphql';
import { createErrorFormatter } from '../../api/common/format-error';
import { QueryFailedError } from 'typeorm';
import { AppError, ErrorCode } from '../../api/common/errors';
import { ErrorReason } from '../../api/common/error-reasons';

const formatted = (error: GraphQLError) => ({ message: error.message, extensions: error.extensions, path: ['field'] });

describe('error formatting', () => {
  it('masks unexpected errors outside development, and logs them', () => {
    const logged: unknown[] = [];
    const format = createErrorFormatter({ development: false, logUnexpected: (error) => logged.push(error) });
    const failure = new GraphQLError('relation "secret_table" does not exist', { originalError: new Error('relation "secret_table" does not exist'), path: ['field'] });
    const result = format(formatted(failure), failure);
    expect(result).toEqual({ path: ['field'], message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });

  it('shows the real message of unexpected errors in development', () => {
    const format = createErrorFormatter({ development: true, logUnexpected: () => undefined });
    const failure = new GraphQLError('boom', { originalError: new Error('boom') });
    expect(format(formatted(failure), failure).message).toBe('boom');
  });

  it('keeps the code, message and details of coded errors', () => {
    const format = createErrorFormatter({ development: false, logUnexpected: () => undefined });
    const original = new AppError(ErrorCode.CONFLICT, 'Changed meanwhile.', { reason: ErrorReason.STALE_VERSION });
    const failure = new GraphQLError(original.message, { originalError: original });
    expect(format(formatted(failure), failure)).toMatchObject({ message: 'Changed meanwhile.', extensions: { code: 'CONFLICT', reason: ErrorReason.STALE_VERSION } });
  });

  it('turns a unique violation that slipped past a service check into CONFLICT', () => {
    const format = createErrorFormatter({ development: false, logUnexpected: () => undefined });
    const original = new QueryFailedError('INSERT INTO situation ...', [], Object.assign(new Error('duplicate key value violates unique constraint "situation_key_per_client"'), { code: '23505' }));
    const failure = new GraphQLError(original.message, { originalError: original, path: ['createSituation'] });
    const result = format(formatted(failure), failure);
    expect(result).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'UNIQUE_VIOLATION' } });
    expect(result.message).not.toMatch(/situation_key_per_client|INSERT/);
  });
});

describe('an unreachable database is a retryable SERVICE_UNAVAILABLE, not a bug', () => {
  const format = createErrorFormatter({ development: false, logUnexpected: () => undefined, databaseRetryAfterSeconds: 7 });
  const driverError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});
  const unavailable = [
    ['connection refused', driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['an administrator ended the session (pg_terminate_backend)', new QueryFailedError('SELECT 1', [], driverError('terminating connection due to administrator command', '57P01'))],
    ['the server is starting or stopping', driverError('the database system is shutting down', '57P03')],
    ['a connection ended mid-query', driverError('Connection terminated unexpectedly')],
    ['the pool could not connect in time', driverError('timeout exceeded when trying to connect')],
    ['a connection exception class 08', driverError('connection failure', '08006')],
  ] as const;

  it.each(unavailable)('%s', (_name, original) => {
    const failure = new GraphQLError(original.message, { originalError: original, path: ['field'] });
    expect(format(formatted(failure), failure)).toEqual({
      path: ['field'],
      message: expect.stringMatching(/database is unavailable/),
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 7 },
    });
  });

  it('a statement the database refused stays an internal error', () => {
    const original = new QueryFailedError('SELECT x', [], driverError('column "x" does not exist', '42703'));
    const failure = new GraphQLError(original.message, { originalError: original });
    expect(format(formatted(failure), failure).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
