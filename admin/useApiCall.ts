import { useCallback, useState } from 'react';
import { useNotify } from 'react-admin';
import { ApiError, graphql } from './graphql';

export interface ApiCallOptions {
  /** i18n key notified on success. */
  success?: string;
  successArgs?: Record<string, unknown>;
  /** The resource the call is about: its field labels name the fields of a refusal. */
  resource?: string;
  /** How long the refusal stays on screen (long refusals, e.g. a brief that cannot be approved). */
  errorDuration?: number;
  /** Also told of a refusal, e.g. to show each refused field next to it (extensions.fields). */
  onRefused?: (error: ApiError) => void;
}

/**
 * The panel's one way to run a domain operation (approve, revoke, move a case...): sends it, notifies
 * success, and on a refusal notifies the API's reason in the UI's language (see api-errors.ts).
 * `call` resolves with the answer's data, or undefined when the API refused.
 */
export function useApiCall() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const call = useCallback(
    async <T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: ApiCallOptions = {}): Promise<T | undefined> => {
      setBusy(true);
      try {
        const data = await graphql<T>(query, variables, { resource: options.resource });
        if (options.success) notify(options.success, { type: 'success', messageArgs: options.successArgs });
        return data;
      } catch (error) {
        if (error instanceof ApiError) options.onRefused?.(error);
        const message = error instanceof Error ? error.message : 'ra.notification.http_error';
        notify(message, { type: 'error', messageArgs: { _: message }, autoHideDuration: options.errorDuration });
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [notify],
  );
  return { call, busy };
}
