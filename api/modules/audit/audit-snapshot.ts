import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { isNotAudited } from '../../common/not-audited';

/** The entity's stored columns as plain JSON, without secrets (see @NotAudited). */
export function snapshot(manager: EntityManager, target: EntityTarget<ObjectLiteral>, entity: ObjectLiteral): Record<string, unknown> {
  const metadata = manager.connection.getMetadata(target);
  const result: Record<string, unknown> = {};
  for (const column of metadata.columns) {
    if (column.isVirtual) continue;
    if (isNotAudited(metadata.target as Function, column.propertyName)) continue;
    const value = column.getEntityValue(entity);
    if (value !== undefined) result[column.propertyName] = value instanceof Date ? value.toISOString() : value;
  }
  return result;
}

/** Fields whose values differ between two snapshots (bookkeeping fields left out). */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const ignored = new Set(['version', 'updatedAt', 'createdAt']);
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => !ignored.has(key) && JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]));
}
