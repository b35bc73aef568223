import type { DataSource } from 'typeorm';
import { AWAITING_ANSWER } from '../cases/case-status';
import { NotificationKind } from './notification-kind';
import { CHANNEL_COLUMNS, WANTED } from './notify';

/**
 * Tells the representative of each case past its deadline unanswered (the client's PR specialists
 * when nobody holds the case), once per case and person: one statement for every client, safe to run
 * from several processes at once (the unique dedupe key keeps the first). Returns how many were told.
 */
export async function notifyOverdueCases(dataSource: DataSource): Promise<number> {
  const rows = (await dataSource.query(
    `WITH overdue AS (
       SELECT c.id, c.client_id, c.representative_user_id, c.deadline_at, client.time_zone, platform.name AS platform_name, mention.author_handle
       FROM mention_case c
       JOIN client ON client.id = c.client_id
       JOIN platform ON platform.id = c.platform_id
       JOIN mention ON mention.id = c.mention_id
       WHERE c.deadline_at < now() AND c.status = ANY($1::case_status[])
     ), recipients AS (
       SELECT overdue.*, overdue.representative_user_id AS user_id FROM overdue WHERE overdue.representative_user_id IS NOT NULL
       UNION ALL
       SELECT overdue.*, membership.user_id FROM overdue JOIN membership ON membership.client_id = overdue.client_id AND membership.role = 'PR_SPECIALIST'
       WHERE overdue.representative_user_id IS NULL
     )
     , told AS (
     INSERT INTO notification (client_id, user_id, kind, title, body, link, dedupe_key, read_at, email_status)
     SELECT recipients.client_id, recipients.user_id, $2, 'Просрочено обращение',
            'Обращение ' || recipients.author_handle || ' на площадке «' || recipients.platform_name || '» ждёт ответа: срок истёк '
              || to_char(recipients.deadline_at AT TIME ZONE recipients.time_zone, 'DD.MM.YYYY HH24:MI') || '.',
            '/cases/' || recipients.id || '/show',
            'case-overdue:' || recipients.id || ':' || recipients.user_id,
            ${CHANNEL_COLUMNS}
     FROM recipients
     JOIN "user" person ON person.id = recipients.user_id AND person.is_active
     LEFT JOIN notification_preference preference ON preference.user_id = recipients.user_id AND preference.kind = $2
     WHERE ${WANTED}
     ON CONFLICT (client_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
     RETURNING id)
     SELECT count(*)::int AS count FROM told`,
    [AWAITING_ANSWER, NotificationKind.CASE_OVERDUE],
  )) as { count: number }[];
  return rows[0].count;
}
