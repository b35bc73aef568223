import path from 'node:path';
import type { DataSource } from 'typeorm';
import { config } from '../config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

export const EMBEDDED_DATABASE = 'repbase';

export interface OpenDatabase {
  dataSource: DataSource;
  /** True when this process started its own PostgreSQL (no DATABASE_URL). */
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Brings the database up for this process: the external server of DATABASE_URL, or the embedded one
 * (started here, stopped by close()). Pending migrations are applied before anything else runs.
 */
export async function openDatabase(
  dataSource: DataSource,
  options: { log?: (line: string) => void; migrate?: boolean } = {},
): Promise<OpenDatabase> {
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    // A server already running on the data folder is joined (a CLI beside the API) or adopted.
    embedded = await startEmbeddedPostgres({
      dataDirectory: config.embeddedDataDirectory,
      port: config.embeddedPort,
      database: EMBEDDED_DATABASE,
      detached: true,
      log: options.log,
    });
    dataSource.setOptions({ url: embedded.url });
    options.log?.(`embedded PostgreSQL on port ${embedded.port}, data in ${path.relative(process.cwd(), config.embeddedDataDirectory) || '.'}`);
  }
  try {
    await dataSource.initialize();
    if (options.migrate !== false) await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    dataSource,
    embedded: !config.databaseUrl,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
