import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context';
import { currentStatementCount } from '../database/statement-counter';
import { ErrorCode, HTTP_STATUS_OF_CODE } from './errors';

export const STATEMENT_COUNT_HEADER = 'x-sql-statements';

/**
 * Every mutation must leave an audit event. A mutation that succeeds without one is a bug in its
 * service: in development and tests it fails loudly; in production it is logged.
 */
export function auditEveryMutation(options: { strict: boolean; report: (message: string) => void }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      const unaudited: string[] = [];
      return {
        async executionDidStart({ operation }) {
          if (operation?.operation !== 'mutation') return;
          return {
            willResolveField({ info, contextValue }) {
              if (info.path.prev !== undefined) return;
              const before = contextValue.auditEventCount;
              return (error) => {
                if (!error && contextValue.auditEventCount === before) unaudited.push(info.fieldName);
              };
            },
          };
        },
        async willSendResponse({ response }) {
          if (unaudited.length === 0) return;
          const message = `Mutation ${unaudited.join(', ')} succeeded without writing an audit event`;
          options.report(message);
          if (options.strict && response.body.kind === 'single') {
            response.body.singleResult.errors = [...(response.body.singleResult.errors ?? []), { message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }];
          }
        },
      };
    },
  };
}

/** Reports the SQL statements a request sent, for tests and benchmarks (never on in production). */
export function statementCountHeader(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const count = currentStatementCount();
          if (count !== undefined) response.http.headers.set(STATEMENT_COUNT_HEADER, String(count));
        },
      };
    },
  };
}

/**
 * Gives refusals that callers must see at the HTTP level (429, 503) their status and Retry-After,
 * read from the formatted errors' code and extensions.retryAfterSeconds.
 */
export function httpStatusOfErrors(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const status = HTTP_STATUS_OF_CODE[error.extensions?.code as ErrorCode];
            if (!status) continue;
            response.http.status = status;
            const retryAfter = error.extensions?.retryAfterSeconds;
            if (typeof retryAfter === 'number') response.http.headers.set('retry-after', String(Math.max(1, Math.ceil(retryAfter))));
            return;
          }
        },
      };
    },
  };
}
