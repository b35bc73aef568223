import { HttpError } from 'react-admin';
import { session } from './session';

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; fields?: { field: string; message: string }[]; [key: string]: unknown };
}

/** The API's error, with its code, for screens that react to a particular one (CONFLICT...). */
export class ApiError extends HttpError {
  constructor(
    message: string,
    status: number,
    readonly code: string | undefined,
    readonly extensions: GraphQLErrorBody['extensions'] = {},
  ) {
    // react-admin shows body.errors next to the form fields they name (server-side validation).
    const fieldErrors = Object.fromEntries((extensions.fields ?? []).map((problem) => [problem.field, problem.message]));
    super(message, status, { errors: { ...fieldErrors, root: { serverError: message } }, code, extensions });
    // HttpError's constructor pins the prototype to HttpError's, which made every `instanceof ApiError` false.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

const STATUS_BY_CODE: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, BAD_USER_INPUT: 400 };

/**
 * Sends one GraphQL operation to /graphql with the signed-in token and the chosen client
 * (X-Client). Resolves with `data`; rejects with an ApiError carrying the first error's code.
 */
export async function graphql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, options: { client?: string | null } = {}): Promise<T> {
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
    throw new ApiError(first.message, STATUS_BY_CODE[code ?? ''] ?? (response.status >= 400 ? response.status : 500), code, first.extensions);
  }
  if (!response.ok || !body.data) throw new ApiError('ra.notification.http_error', response.status, undefined);
  return body.data;
}
