import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '../auth/caller';
import { isNotAudited } from './not-audited';

/**
 * `jsonb_build_object('id', alias."id", 'clientId', alias."client_id", ...)`: the same snapshot
 * TransactionScope writes for one row (property names, secrets left out), built in SQL so that a
 * set-based insert can audit thousands of rows in the statement that writes them.
 */
export function auditSnapshotSql(manager: EntityManager, target: EntityTarget<ObjectLiteral>, alias: string): string {
  const metadata = manager.connection.getMetadata(target);
  const pairs = metadata.columns
    .filter((column) => !column.isVirtual && !isNotAudited(metadata.target as Function, column.propertyName))
    .map((column) => `'${column.propertyName}', ${alias}."${column.databaseName}"`);
  return `jsonb_build_object(${pairs.join(', ')})`;
}

/** The actor columns of audit_event as query parameters, in the order auditInsertSql expects them. */
export function actorParameters(actor: Actor): [string, string | null, string | null, string] {
  return [actor.type, actor.userId, actor.apiKeyId, actor.label];
}

/**
 * `SELECT <client>, <actor...>, '<Entity>', alias.id::text, '<ACTION>', NULL, <snapshot> FROM <source> alias`:
 * one branch of an `INSERT INTO audit_event ... UNION ALL ...`. `parameters` names the positional
 * parameters holding the client id and the four actor values (see actorParameters).
 */
export function auditRowsSql(
  manager: EntityManager,
  target: EntityTarget<ObjectLiteral>,
  options: { source: string; alias: string; action: string; where?: string; parameters: { clientId: string; actor: [string, string, string, string] } },
): string {
  const entityType = manager.connection.getMetadata(target).name;
  const [actorType, actorUserId, actorApiKeyId, actorLabel] = options.parameters.actor;
  return (
    `SELECT ${options.parameters.clientId}::uuid, ${actorType}::actor_type, ${actorUserId}::uuid, ${actorApiKeyId}::uuid, ${actorLabel}::text, ` +
    `'${entityType}', ${options.alias}.id::text, '${options.action}', NULL::jsonb, ${auditSnapshotSql(manager, target, options.alias)} ` +
    `FROM ${options.source} ${options.alias}${options.where ? ` WHERE ${options.where}` : ''}`
  );
}

export const AUDIT_INSERT_COLUMNS = '(client_id, actor_type, actor_user_id, actor_api_key_id, actor_label, entity_type, entity_id, action, before, after)';
