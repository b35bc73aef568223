import { HttpError } from 'react-admin';
import { describeApiError, type ApiErrorExtensions } from './api-errors';
import { session } from './session';

interface GraphQLErrorBody {
  message: string;
  extensions?: ApiErrorExtensions;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

let translate: Translate | null = null;

/** Lets every ApiError speak the UI's language (App passes its i18n provider's translate). */
export function translateApiErrorsWith(translator: Translate): void {
  translate = translator;
}

/**
 * The API's error, with its code for screens that react to a particular one (CONFLICT...). Its
 * `message` is for people, in the UI's language; `serverMessage` is the API's own English.
 */
export class ApiError extends HttpError {
  readonly serverMessage: string;

  constructor(
    serverMessage: string,
    status: number,
    readonly code: string | undefined,
    readonly extensions: ApiErrorExtensions = {},
    resource?: string,
  ) {
    const message = !translate
      ? serverMessage
      : code || extensions.reason
        ? describeApiError(translate, { message: serverMessage, code, extensions }, resource)
        : translate(serverMessage, { _: serverMessage });
    // react-admin shows body.errors next to the form fields they name (server-side validation).
    const fieldMessage = (problem: { message: string }) => (translate ? translate('repbase.errors.field') : problem.message);
    const fieldErrors = Object.fromEntries((extensions.fields ?? []).map((problem) => [problem.field, fieldMessage(problem)]));
    super(message, status, { errors: { ...fieldErrors, root: { serverError: message } }, code, extensions });
    // HttpError's constructor pins the prototype to HttpError's, which made every `instanceof ApiError` false.
    Object.setPrototypeOf(this, new.target.prototype);
    this.serverMessage = serverMessage;
  }
}

const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, BAD_USER_INPUT: 400, RATE_LIMITED: 429, SERVICE_UNAVAILABLE: 503 };

export interface GraphqlOptions {
  /** The X-Client slug; null sends none; absent sends the chosen one. */
  client?: string | null;
  /** The react-admin resource the call is about: its field labels name the fields of a refusal. */
  resource?: string;
}

/**
 * Sends one GraphQL operation to /graphql with the signed-in token and the chosen client
 * (X-Client). Resolves with `data`; rejects with an ApiError carrying the first error's code.
 */
export async function graphql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: GraphqlOptions = {}): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = session.token();
  if (token) headers.Authorization = `Bearer ${token}`;
  const client = options.client === undefined ? session.clientSlug() : options.client;
  if (client) headers['X-Client'] = client;
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL.replace(/\/admin\/?$/, '')}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch {
    throw new ApiError('ra.notification.http_error', 0, undefined);
  }
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: GraphQLErrorBody[] };
  if (body.errors?.length) {
    const [first] = body.errors;
    const code = first.extensions?.code;
    throw new ApiError(first.message, STATUS_BY_CODE[code ?? ''] ?? (response.status >= 400 ? response.status : 500), code, first.extensions, options.resource);
  }
  if (!response.ok || !body.data) throw new ApiError('ra.notification.http_error', response.status, undefined);
  return body.data;
}
