import type { TenantScope } from '../../auth/tenant-scope';
import type { TransactionScope } from '../../common/transaction-scope';
import { Role } from '../users/role';
import type { NotificationKind } from './notification-kind';

export interface Message {
  kind: NotificationKind;
  /** Russian, one line. */
  title: string;
  /** Russian, a few lines. */
  body: string;
  /** A path of the panel, e.g. /cases/<id>/show. */
  link?: string | null;
  /** Tell each person once for this key (per client). */
  dedupeKey?: string | null;
}

/**
 * A person's choice, as SQL over their preference row (alias `preference`, LEFT JOINed: no row means
 * both channels on): the bell shows a row left unread, the e-mail copy waits for the worker. Every
 * statement that writes notifications (here, ingest, overdue cases) uses these, so the rule is one.
 */
export const CHANNEL_COLUMNS = `CASE WHEN coalesce(preference.in_app, true) THEN NULL ELSE now() END,
  CASE WHEN coalesce(preference.email, true) THEN 'PENDING'::email_status ELSE 'NONE'::email_status END`;
export const WANTED = '(coalesce(preference.in_app, true) OR coalesce(preference.email, true))';

/**
 * Tells people something, in the transaction of the change it tells of: committed with it or not at
 * all. Each person's preference for the kind decides the bell (a row left unread) and the e-mail
 * (queued for the worker); inactive accounts are told nothing. One statement whoever the recipients.
 */
export async function notify(transaction: Pick<TransactionScope, 'tenant'>, userIds: (string | null | undefined)[], message: Message): Promise<void> {
  const recipients = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (!recipients.length) return;
  await transaction.tenant.sql(
    `INSERT INTO notification (client_id, user_id, kind, title, body, link, dedupe_key, read_at, email_status)
     SELECT $client, recipient.id, $3, $4, $5, $6,
            CASE WHEN $7::text IS NULL THEN NULL ELSE $7 || ':' || recipient.id END,
            ${CHANNEL_COLUMNS}
     FROM unnest($2::uuid[]) AS recipient(id)
     JOIN "user" person ON person.id = recipient.id AND person.is_active
     LEFT JOIN notification_preference preference ON preference.user_id = recipient.id AND preference.kind = $3
     WHERE ${WANTED}
     ON CONFLICT (client_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING`,
    [recipients, message.kind, message.title, message.body, message.link ?? null, message.dedupeKey ?? null],
  );
}

/** The client's active PR specialists: who is told when nobody else is named. */
export async function prSpecialistsOf(tenant: TenantScope): Promise<string[]> {
  const rows = await tenant.sql<{ user_id: string }>(
    `SELECT DISTINCT membership.user_id FROM membership JOIN "user" person ON person.id = membership.user_id AND person.is_active
     WHERE membership.client_id = $client AND membership.role = $2`,
    [Role.PR_SPECIALIST],
  );
  return rows.map((row) => row.user_id);
}

/** A date as people of the client read it: its time zone, Russian style. */
export function russianDateTime(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('ru-RU', { timeZone, day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(date);
}

/** The first words of a text, for a notification's body. */
export function excerpt(text: string, length = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
