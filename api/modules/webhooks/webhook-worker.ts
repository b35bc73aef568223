import type { DataSource, EntityManager } from 'typeorm';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';
import { httpSender, type SendOutcome, type WebhookSender } from './webhook-sender';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature';
import { webhooksMayReachPrivateAddresses } from '../../config';
import { CHANNEL_COLUMNS, WANTED } from '../notifications/notify';
import { RETRY_WINDOW_MS } from './record-event';

export const FIRST_RETRY_MS = 30_000;
export const LONGEST_RETRY_MS = 60 * 60 * 1000;

/**
 * The wait after the n-th failed attempt: exponential (30 s, 1 min, 2 min... at most 1 h) with
 * "equal jitter" (half fixed, half random), so endpoints that failed together do not retry together.
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random): number {
  const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export interface DeliveryOptions {
  /** The clock (tests inject one); every time the worker writes or compares comes from it. */
  now?: () => Date;
  random?: () => number;
  send?: WebhookSender;
  batchSize?: number;
}

interface DueRow {
  id: string;
  client_id: string;
  endpoint_id: string;
  attempts: number;
  give_up_at: Date;
  event_id: string;
  type: string;
  object: Record<string, unknown>;
  occurred_at: Date;
  url: string;
  secret: string;
  active: boolean;
}

/** The request body: public API. */
export function webhookBody(row: Pick<DueRow, 'event_id' | 'type' | 'occurred_at' | 'object'>): string {
  return JSON.stringify({ id: row.event_id, type: row.type, occurredAt: new Date(row.occurred_at).toISOString(), object: row.object });
}

/**
 * Sends the deliveries that are due, a batch at a time. The rows are claimed with FOR UPDATE SKIP
 * LOCKED and stay locked until their results are written in the same transaction, so processes
 * running this side by side share the work and never send one row twice. Background work for every
 * client (like sign-in, it has no request's client to scope to). Returns how many were attempted.
 */
export async function deliverDueWebhooks(dataSource: DataSource, options: DeliveryOptions = {}): Promise<number> {
  const now = (options.now ?? (() => new Date()))();
  const random = options.random ?? Math.random;
  const send = options.send ?? httpSender({ allowPrivate: webhooksMayReachPrivateAddresses() });
  return dataSource.transaction(async (manager) => {
    const due = (await manager.query(
      `SELECT d.id, d.client_id, d.endpoint_id, d.attempts, d.give_up_at, e.id AS event_id, e.type, e.object, e.occurred_at, w.url, w.secret, w.active
         FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id JOIN webhook_endpoint w ON w.id = d.endpoint_id
        WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1
        ORDER BY d.next_attempt_at, d.id LIMIT $2 FOR UPDATE OF d SKIP LOCKED`,
      [now, options.batchSize ?? 20],
    )) as DueRow[];
    if (due.length === 0) return 0;
    const timestamp = Math.floor(now.getTime() / 1000);
    const outcomes = await Promise.all(
      due.map(async (row): Promise<SendOutcome | null> => {
        if (!row.active) return null;
        const body = webhookBody(row);
        return send(row.url, body, { [SIGNATURE_HEADER]: signatureHeader(row.secret, body, timestamp), 'Repbase-Event-Id': row.event_id, 'Repbase-Event-Type': row.type });
      }),
    );
    const results = due.map((row, index) => {
      const outcome = outcomes[index];
      if (!outcome) return { row, status: WebhookDeliveryStatus.FAILED, next: null, outcome: null, error: 'the endpoint is switched off' };
      if (!outcome.error) return { row, status: WebhookDeliveryStatus.DELIVERED, next: null, outcome, error: null };
      const next = new Date(now.getTime() + retryDelayMs(row.attempts + 1, random));
      const givenUp = next > new Date(row.give_up_at);
      return { row, status: givenUp ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING, next: givenUp ? null : next, outcome, error: outcome.error };
    });
    await manager.query(
      `UPDATE webhook_delivery d
          SET status = u.status, next_attempt_at = u.next, last_error = u.error,
              attempts = d.attempts + u.attempted, last_attempt_at = CASE WHEN u.attempted = 1 THEN $1::timestamptz ELSE d.last_attempt_at END,
              response_code = CASE WHEN u.attempted = 1 THEN u.code ELSE d.response_code END,
              latency_ms = CASE WHEN u.attempted = 1 THEN u.latency ELSE d.latency_ms END,
              delivered_at = CASE WHEN u.status = 'DELIVERED' THEN $1::timestamptz ELSE d.delivered_at END,
              updated_at = $1::timestamptz, version = d.version + 1
         FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::text[], $6::int[], $7::int[], $8::int[]) AS u(id, status, next, error, code, latency, attempted)
        WHERE d.id = u.id`,
      [
        now,
        results.map((result) => result.row.id),
        results.map((result) => result.status),
        results.map((result) => result.next),
        results.map((result) => result.error),
        results.map((result) => result.outcome?.responseCode ?? null),
        results.map((result) => result.outcome?.latencyMs ?? null),
        results.map((result) => (result.outcome ? 1 : 0)),
      ],
    );
    await noteEndpointHealth(manager, now, results);
    return due.length;
  });
}

/** A success clears an endpoint's failing mark; a failure sets it; an endpoint failing for the whole retry window is switched off. */
async function noteEndpointHealth(manager: EntityManager, now: Date, results: { row: DueRow; outcome: SendOutcome | null; error: string | null }[]): Promise<void> {
  const attempted = results.filter((result) => result.outcome);
  const succeeded = [...new Set(attempted.filter((result) => !result.error).map((result) => result.row.endpoint_id))].sort();
  const failed = [...new Set(attempted.filter((result) => result.error).map((result) => result.row.endpoint_id))].filter((id) => !succeeded.includes(id)).sort();
  if (succeeded.length) await manager.query(`UPDATE webhook_endpoint SET failing_since = NULL WHERE id = ANY($1::uuid[]) AND failing_since IS NOT NULL`, [succeeded]);
  if (!failed.length) return;
  await manager.query(`UPDATE webhook_endpoint SET failing_since = $2 WHERE id = ANY($1::uuid[]) AND failing_since IS NULL`, [failed, now]);
  // Wrapped in a SELECT: TypeORM answers a bare UPDATE ... RETURNING with [rows, count].
  const switchedOff = (await manager.query(
    `WITH switched AS (
     UPDATE webhook_endpoint SET active = false, disabled_at = $2, version = version + 1, updated_at = $2,
            disabled_reason = 'failing since ' || to_char(failing_since AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') || ' UTC'
      WHERE id = ANY($1::uuid[]) AND active AND failing_since <= $2::timestamptz - interval '${RETRY_WINDOW_MS} milliseconds'
      RETURNING id, client_id, url, disabled_reason
     )
     SELECT * FROM switched`,
    [failed, now],
  )) as { id: string; client_id: string; url: string; disabled_reason: string }[];
  if (!switchedOff.length) return;
  const lastError = new Map(results.map((result) => [result.row.endpoint_id, result.error]));
  // The PR specialist sees it in the admin (the endpoint's state) and in the audit log.
  await manager.query(
    `INSERT INTO audit_event (client_id, actor_type, actor_user_id, actor_api_key_id, actor_label, entity_type, entity_id, action, before, after, created_at)
     SELECT u.client_id, 'SYSTEM', NULL, NULL, 'system', 'WebhookEndpoint', u.id::text, 'SWITCH_OFF', jsonb_build_object('active', true),
            jsonb_build_object('active', false, 'url', u.url, 'disabledReason', u.reason, 'lastError', u.last_error), $1
       FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[]) AS u(id, client_id, url, reason, last_error)`,
    [
      now,
      switchedOff.map((endpoint) => endpoint.id),
      switchedOff.map((endpoint) => endpoint.client_id),
      switchedOff.map((endpoint) => endpoint.url),
      switchedOff.map((endpoint) => endpoint.disabled_reason),
      switchedOff.map((endpoint) => lastError.get(endpoint.id) ?? null),
    ],
  );
  // And the client's PR specialists are told (the bell and e-mail, as each chose).
  await manager.query(
    `INSERT INTO notification (client_id, user_id, kind, title, body, link, read_at, email_status)
     SELECT u.client_id, membership.user_id, 'WEBHOOK_DISABLED', 'Вебхук отключён после суток ошибок',
            'Адрес ' || u.url || ' не принимал события в течение суток, и отправка на него остановлена. Последняя ошибка: '
              || coalesce(u.last_error, '—') || '. Исправьте адрес или приёмник и включите вебхук снова.',
            '/webhook-endpoints/' || u.id || '/show', ${CHANNEL_COLUMNS}
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[]) AS u(id, client_id, url, last_error)
       JOIN membership ON membership.client_id = u.client_id AND membership.role = 'PR_SPECIALIST'
       JOIN "user" person ON person.id = membership.user_id AND person.is_active
       LEFT JOIN notification_preference preference ON preference.user_id = membership.user_id AND preference.kind = 'WEBHOOK_DISABLED'
      WHERE ${WANTED}`,
    [
      switchedOff.map((endpoint) => endpoint.id),
      switchedOff.map((endpoint) => endpoint.client_id),
      switchedOff.map((endpoint) => endpoint.url),
      switchedOff.map((endpoint) => lastError.get(endpoint.id) ?? null),
    ],
  );
  await manager.query(
    `UPDATE webhook_delivery SET status = 'FAILED', next_attempt_at = NULL, last_error = 'the endpoint was switched off after failing for a day', updated_at = $2
      WHERE endpoint_id = ANY($1::uuid[]) AND status = 'PENDING'`,
    [switchedOff.map((endpoint) => endpoint.id), now],
  );
}
