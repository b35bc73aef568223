import { resourceOfType } from '../resources';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const MISSING = '\u0000';
const known = (translate: Translate, key: string) => {
  const text = translate(key, { _: MISSING });
  return text === MISSING ? undefined : text;
};

/** "APPROVE" → "утверждение"; an action nobody has named yet stays as the API wrote it. */
export const actionWords = (translate: Translate, action: string) => known(translate, `repbase.audit.actions.${action}`) ?? action;

/** "SituationExample" → "пример ситуации". */
export const entityWords = (translate: Translate, type: string) => known(translate, `repbase.audit.entities.${type}`) ?? type;

/** A snapshot's field by its label: the resource's own label first, then the audit log's common ones. */
export function fieldWords(translate: Translate, entityType: string, field: string): string {
  const resource = resourceOfType(entityType);
  return (resource && known(translate, `resources.${resource.name}.fields.${field}`)) ?? known(translate, `repbase.audit.fields.${field}`) ?? field;
}

/** Parents a record without a page of its own is shown under (an example under its situation). */
const PARENTS: [field: string, type: string][] = [
  ['situationId', 'Situation'],
  ['caseId', 'Case'],
  ['representativeId', 'Representative'],
  ['platformId', 'Platform'],
];

/** Where the event's record can be opened: its own resource, else the resource of its parent. */
export function recordTarget(event: { entityType: string; entityId: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }) {
  const own = resourceOfType(event.entityType);
  if (own) return { resource: own.name, id: event.entityId };
  const snapshot = event.after ?? event.before ?? {};
  for (const [field, type] of PARENTS) {
    const parent = resourceOfType(type);
    if (parent && typeof snapshot[field] === 'string') return { resource: parent.name, id: snapshot[field] as string };
  }
  return null;
}

/** Fields an event changed (bookkeeping left out), as the API's changedFields does. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const ignored = new Set(['version', 'updatedAt', 'createdAt']);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys.filter((key) => !ignored.has(key) && (!before || !after || JSON.stringify(before[key]) !== JSON.stringify(after[key])));
}
