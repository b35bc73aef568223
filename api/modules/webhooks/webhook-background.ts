import type { DataSource } from 'typeorm';
import { config } from '../../config';
import { logger } from '../../common/logger';
import { recordOverdueCases } from './overdue-cases';
import { deliverDueWebhooks } from './webhook-worker';

export interface BackgroundWork {
  stop(): Promise<void>;
}

/**
 * The API process's own background work: delivering due webhooks (polling every
 * REPBASE_WEBHOOK_POLL_MS, 1000 by default) and writing case.overdue events (every 30 s). Every API
 * process runs it; the rows they claim never overlap.
 */
export function startWebhookBackground(dataSource: DataSource, pollMs = config.webhookPollMs): BackgroundWork {
  let stopped = false;
  let lastOverdueScan = 0;
  let wake: (() => void) | undefined;
  const loop = (async () => {
    while (!stopped) {
      try {
        if (Date.now() - lastOverdueScan >= 30_000) {
          lastOverdueScan = Date.now();
          await recordOverdueCases(dataSource);
        }
        // A full batch means more may be due: go on at once.
        while (!stopped && (await deliverDueWebhooks(dataSource)) >= 20);
      } catch (error) {
        logger.warn({ err: error }, 'webhook delivery round failed; trying again');
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, pollMs).unref();
      });
    }
  })();
  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
