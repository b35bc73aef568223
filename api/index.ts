/** Starts Repbase: database (embedded unless DATABASE_URL) → migrations → demo data → HTTP server. */
import 'reflect-metadata';
import { dataSource } from '../ormconfig';
import { config } from './config';
import { logger } from './common/logger';
import { openDatabase } from './database/database';
import { EmbeddedPostgresSetupError } from './database/embedded-postgres';
import { createServer } from './server';
import { startNotificationWorker } from './modules/notifications/notification-worker';
import { seedDemoData } from '../seeds/demo';
import { startWebhookBackground } from './modules/webhooks/webhook-background';

async function main(): Promise<void> {
  const startedAt = Date.now();
  const database = await openDatabase(dataSource, { log: (line) => logger.debug({ source: 'postgres' }, line) });
  if (database.embedded) {
    const seeded = await seedDemoData(dataSource);
    if (seeded.created > 0) logger.info(`loaded the demo data (${seeded.created} records)`);
  }
  const server = await createServer({ dataSource, countStatements: process.env.REPBASE_STATEMENT_COUNT_HEADER === '1' });
  const notificationWorker = startNotificationWorker(dataSource);
  const background = startWebhookBackground(dataSource);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) {
      logger.warn(`${signal} again: exiting without waiting`);
      process.exit(1);
    }
    stopping = true;
    logger.info(`${signal}: finishing requests in flight, then stopping`);
    try {
      await server.stop();
      await notificationWorker.stop();
      await background.stop();
      await database.close();
      logger.info('stopped cleanly');
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  // Before announcing the address: until a listener exists, a signal kills the process outright,
  // and whoever read the address may send one at once.
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  // A closed terminal: without this the process dies at once and leaves its database running.
  process.on('SIGHUP', () => void shutdown('SIGHUP'));

  const port = await server.listen(config.port);
  logger.info(`Repbase is up in ${((Date.now() - startedAt) / 1000).toFixed(1)} s: GraphQL at http://localhost:${port}/graphql, admin at http://localhost:${port}/admin`);
}

main().catch((error) => {
  // A setup problem is one sentence naming the fix; a stack trace would only bury it.
  if (error instanceof EmbeddedPostgresSetupError) logger.fatal(`Repbase could not start: ${error.message}`);
  else logger.fatal({ err: error }, 'Repbase could not start');
  process.exit(1);
});
