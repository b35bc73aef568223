import type { DataSource } from 'typeorm';
import { Case } from '../cases/case.entity';
import { outboxSql } from './record-event';
import { WebhookEventType } from './webhook-event-type';

/**
 * Writes case.overdue for cases that passed their response deadline unanswered, once per case: the
 * case is marked in the statement that writes the event, and rows another process is marking are
 * skipped (SKIP LOCKED), so API processes may all run it. Background work for every client.
 * Returns how many events it wrote.
 */
export async function recordOverdueCases(dataSource: DataSource, now = new Date(), limit = 500): Promise<number> {
  const manager = dataSource.manager;
  // Data-modifying parts of a statement must sit at its top level, so the marking goes before the outbox's.
  const marking = `due AS (
      SELECT id FROM mention_case
       WHERE overdue_event_at IS NULL AND first_response_at IS NULL AND status IN ('NEW', 'IN_PROGRESS') AND deadline_at < $2
       ORDER BY deadline_at LIMIT $1 FOR UPDATE SKIP LOCKED
    ),
    marked AS (
      UPDATE mention_case c SET overdue_event_at = $2 FROM due WHERE c.id = due.id RETURNING c.*
    ),
    `;
  const text = outboxSql(manager, [{ type: WebhookEventType.CASE_OVERDUE, target: Case, rows: 'marked' }], '$2', marking);
  const rows = (await manager.query(text, [limit, now])) as unknown[];
  return rows.length;
}
