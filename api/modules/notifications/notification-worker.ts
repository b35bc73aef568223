import type { DataSource } from 'typeorm';
import { logger } from '../../common/logger';
import { emailSettings, emailTransport, sendPendingEmails } from './email';
import { notifyOverdueCases } from './overdue';

const INTERVAL_MS = 15_000;

/**
 * The background work of notifications, in every API process: overdue cases are told once (the
 * database keeps the first), e-mail copies are claimed row by row (SKIP LOCKED), so any number of
 * processes share it. Nothing is kept in memory between rounds.
 */
export function startNotificationWorker(dataSource: DataSource): { stop(): Promise<void> } {
  const settings = emailSettings();
  const transport = emailTransport(settings);
  if (!transport) logger.info('e-mail notifications are off: set SMTP_URL (see the README) to send them');
  let running: Promise<void> | null = null;
  const round = async () => {
    try {
      await notifyOverdueCases(dataSource);
      while ((await sendPendingEmails(dataSource, transport, settings)) > 0);
    } catch (error) {
      logger.warn({ err: error }, 'notification round failed; retrying in the next one');
    }
  };
  const timer = setInterval(() => {
    if (!running) running = round().finally(() => (running = null));
  }, INTERVAL_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      transport?.close();
    },
  };
}
