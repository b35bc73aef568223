import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { auditSnapshotSql } from '../../common/bulk-audit';
import type { TransactionScope } from '../../common/transaction-scope';
import type { ClientOwnedEntity } from '../clients/client-owned.entity';
import { WebhookEventType } from './webhook-event-type';

/** How long a delivery is retried before it is given up (and how long an endpoint may fail before it is switched off). */
export const RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;

const KNOWN_TYPES = new Set<string>(Object.values(WebhookEventType));

/** Rows of `target` read by `rows` (a table expression) become events of `type`. */
export interface EventSource {
  type: WebhookEventType;
  target: EntityTarget<ObjectLiteral>;
  rows: string;
}

/**
 * One statement: an event per row of each source (the row as the audit shows it), and a PENDING
 * delivery per active endpoint of the row's client subscribed to the type. `time` names the
 * parameter holding the event time. Returns the events' ids.
 */
export function outboxSql(manager: EntityManager, sources: EventSource[], time: string, prefix = ''): string {
  const selects = sources.map(({ type, target, rows }) => {
    if (!KNOWN_TYPES.has(type)) throw new Error(`unknown event type ${type}`);
    return `SELECT t.client_id, '${type}'::text, ${auditSnapshotSql(manager, target, 't')}, ${time}::timestamptz FROM ${rows} t`;
  });
  return `
    WITH ${prefix}events AS (
      INSERT INTO webhook_event (client_id, type, object, occurred_at)
      ${selects.join('\n      UNION ALL ')}
      RETURNING id, client_id, type, occurred_at
    ),
    deliveries AS (
      INSERT INTO webhook_delivery (client_id, event_id, endpoint_id, event_type, next_attempt_at, give_up_at)
      SELECT e.client_id, e.id, w.id, e.type, e.occurred_at, e.occurred_at + interval '${RETRY_WINDOW_MS} milliseconds'
        FROM events e JOIN webhook_endpoint w ON w.client_id = e.client_id AND w.active AND e.type = ANY(w.events)
    )
    SELECT id FROM events`;
}

/** Which rows of a client-owned entity an event is about. */
export interface EventRows {
  type: WebhookEventType;
  target: EntityTarget<ClientOwnedEntity>;
  ids: string[];
}

/**
 * Public for every module: writes the events of rows changed in `transaction` to the outbox, in that
 * transaction, so they are delivered exactly when the change commits (nothing for a rollback, nothing
 * lost when the process dies after the commit). Call it after the rows are written: an event carries
 * its row as it stands then. One statement for any number of rows and types.
 */
export async function recordEvents(transaction: TransactionScope, groups: EventRows[], occurredAt = new Date()): Promise<string[]> {
  const present = groups.filter((group) => group.ids.length > 0);
  if (present.length === 0) return [];
  const manager = transaction.manager;
  const sources = present.map((group, index) => ({
    type: group.type,
    target: group.target,
    rows: `(SELECT * FROM "${manager.connection.getMetadata(group.target).tableName}" WHERE client_id = $client AND id = ANY($${index + 3}::uuid[]))`,
  }));
  const rows = await transaction.tenant.sql<{ id: string }>(outboxSql(manager, sources, '$2'), [occurredAt, ...present.map((group) => group.ids)]);
  return rows.map((row) => row.id);
}

/** The event of one stored entity: `await recordEvent(transaction, WebhookEventType.REPORT_SUBMITTED, report)`. */
export async function recordEvent(transaction: TransactionScope, type: WebhookEventType, entity: ClientOwnedEntity, occurredAt = new Date()): Promise<string> {
  const [id] = await recordEvents(transaction, [{ type, target: entity.constructor as EntityTarget<ClientOwnedEntity>, ids: [entity.id] }], occurredAt);
  return id;
}
