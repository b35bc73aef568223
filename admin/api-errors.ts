type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface FieldProblem {
  field: string;
  message: string;
}

export interface ApiErrorExtensions {
  code?: string;
  reason?: string;
  fields?: FieldProblem[];
  [key: string]: unknown;
}

const MISSING = '\u0000';

/** The translation of `key`, or undefined when the catalogue has none. */
function lookUp(translate: Translate, key: string, options: Record<string, unknown> = {}): string | undefined {
  const text = translate(key, { ...options, _: MISSING });
  return text === MISSING || text === key ? undefined : text;
}

/** "input.contentRules[9].variants" or "contentRules.9.variants" → "contentRules.variants": the key of its label. */
export function fieldKey(path: string): string {
  return path.replace(/^input\./, '').replace(/\[\d+\]/g, '').replace(/\.\d+(?=\.|$)/g, '');
}

/** The label a resource gives a field, or the field's own name when it has none. */
export function fieldLabel(translate: Translate, field: string, resource?: string): string {
  const key = fieldKey(field);
  return (resource && lookUp(translate, `resources.${resource}.fields.${key}`)) || lookUp(translate, `repbase.fieldNames.${key}`) || key;
}

/**
 * What the user reads when the API refuses: the text of `extensions.reason` (the closed enum
 * ErrorReason, translated under `reasons.*`), else the text of the code, else the server's own
 * (English, for programs) message; then the labels of the fields it names. The extensions' plain
 * values are offered to the text as placeholders (%{currentVersion}, %{allowed}...).
 */
export function describeApiError(translate: Translate, error: { message: string; code?: string; extensions?: ApiErrorExtensions }, resource?: string): string {
  const extensions = error.extensions ?? {};
  const placeholders = Object.fromEntries(
    Object.entries(extensions).flatMap(([key, value]) =>
      typeof value === 'string' || typeof value === 'number' ? [[key, value]] : Array.isArray(value) && value.every((item) => typeof item === 'string') ? [[key, value.join(', ')]] : [],
    ),
  );
  const text =
    (extensions.reason && lookUp(translate, `reasons.${extensions.reason}`, placeholders)) ||
    (error.code && lookUp(translate, `repbase.errors.codes.${error.code}`, placeholders)) ||
    translate('repbase.errors.unknown', { message: error.message });
  const fields = [...new Set((extensions.fields ?? []).map((problem) => fieldLabel(translate, problem.field, resource)))];
  const described = fields.length ? `${text}. ${translate('repbase.errors.fields', { fields: fields.join(', ') })}` : text;
  // A lost race (STALE_VERSION) says who saved first and what they changed.
  const changes = Array.isArray(extensions.changes) ? (extensions.changes as { by?: string; fields?: string[] }[]) : [];
  if (!changes.length) return described;
  const who = [...new Set(changes.map((change) => change.by).filter(Boolean))].join(', ');
  const changed = [...new Set(changes.flatMap((change) => change.fields ?? []))].map((field) => fieldLabel(translate, field, resource));
  return `${described.replace(/[.!]+$/, '')}. ${translate('repbase.errors.changedBy', { who, fields: changed.join(', ') || '—' })}`;
}
