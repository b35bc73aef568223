import type { EntityTarget, FindOptionsWhere, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { TenantScope } from '../auth/tenant-scope';
import type { ClientOwnedEntity } from '../modules/clients/client-owned.entity';

/** Whether one kind of row that a delete must keep exists. */
export type HistoryCheck = (tenant: TenantScope) => Promise<boolean>;

/** Rows of the request's client matching `where`. */
export const rowsOf =
  <E extends ClientOwnedEntity>(target: EntityTarget<E>, where: FindOptionsWhere<E>): HistoryCheck =>
  (tenant) =>
    tenant.manager.exists(target, { where: tenant.where(where) as FindOptionsWhere<E> });

/** Rows a query built on the tenant's scope finds (for conditions across tables). */
export const rowsFoundBy =
  (query: (tenant: TenantScope) => SelectQueryBuilder<ObjectLiteral>): HistoryCheck =>
  (tenant) =>
    query(tenant).getExists();

/**
 * Whether anything of the request's client points at a record: its cases, posts, replies served...
 * A record with history is archived (or deactivated) on delete, one without is removed. Checked one
 * kind after the other, stopping at the first found: a delete is rare, and this keeps it cheap.
 */
export async function hasHistory(tenant: TenantScope, checks: HistoryCheck[]): Promise<boolean> {
  for (const check of checks) if (await check(tenant)) return true;
  return false;
}
