import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource } from 'typeorm';

/** Where the e-mail goes through; without SMTP_URL e-mail is off and notifications stay in the panel. */
export interface EmailSettings {
  smtpUrl: string | undefined;
  from: string;
  /** The panel's address, for links in e-mails. */
  publicUrl: string;
}

export function emailSettings(environment: NodeJS.ProcessEnv = process.env): EmailSettings {
  return {
    smtpUrl: environment.SMTP_URL || undefined,
    from: environment.SMTP_FROM || 'Repbase <repbase@localhost>',
    publicUrl: (environment.PUBLIC_URL || `http://localhost:${environment.PORT || 4000}`).replace(/\/$/, ''),
  };
}

export function emailTransport(settings: EmailSettings): Transporter | null {
  return settings.smtpUrl ? nodemailer.createTransport(settings.smtpUrl) : null;
}

const MAX_ATTEMPTS = 6;
const BATCH = 20;

interface PendingEmail {
  id: string;
  title: string;
  body: string;
  link: string | null;
  email: string;
  name: string;
  attempts: number;
}

/**
 * Sends the e-mail copies waiting, a batch at a time. Rows are claimed with FOR UPDATE SKIP LOCKED,
 * so several API processes share the work and never send one twice; a failed send is retried with
 * growing waits (1, 2, 4... minutes), and given up after six tries. Without a transport (no SMTP
 * settings) the waiting copies are marked SKIPPED. Returns how many were sent.
 */
export async function sendPendingEmails(dataSource: DataSource, transport: Transporter | null, settings: EmailSettings): Promise<number> {
  return dataSource.transaction(async (manager) => {
    const claimed = (await manager.query(
      `SELECT notification.id, notification.title, notification.body, notification.link, notification.email_attempts AS attempts, person.email, person.name
       FROM notification JOIN "user" person ON person.id = notification.user_id
       WHERE notification.email_status = 'PENDING' AND (notification.email_next_attempt_at IS NULL OR notification.email_next_attempt_at <= now())
       ORDER BY notification.created_at LIMIT ${BATCH}
       FOR UPDATE OF notification SKIP LOCKED`,
    )) as PendingEmail[];
    for (const email of claimed) {
      if (!transport) {
        await manager.query(`UPDATE notification SET email_status = 'SKIPPED' WHERE id = $1`, [email.id]);
        continue;
      }
      try {
        await transport.sendMail({
          from: settings.from,
          to: { name: email.name, address: email.email },
          subject: email.title,
          text: `${email.name}, здравствуйте!\n\n${email.body}\n${email.link ? `\nОткрыть: ${settings.publicUrl}/admin/#${email.link}\n` : ''}\n—\nRepbase. Какие уведомления приходят на почту, можно выбрать в панели: «Уведомления».`,
        });
        await manager.query(`UPDATE notification SET email_status = 'SENT', email_attempts = email_attempts + 1, email_error = NULL WHERE id = $1`, [email.id]);
      } catch (error) {
        const attempts = email.attempts + 1;
        await manager.query(
          `UPDATE notification SET email_attempts = $2, email_error = $3,
             email_status = CASE WHEN $2 >= ${MAX_ATTEMPTS} THEN 'FAILED'::email_status ELSE 'PENDING'::email_status END,
             email_next_attempt_at = now() + make_interval(mins => power(2, $2 - 1)::int)
           WHERE id = $1`,
          [email.id, attempts, error instanceof Error ? error.message.slice(0, 500) : String(error)],
        );
      }
    }
    return claimed.length;
  });
}
