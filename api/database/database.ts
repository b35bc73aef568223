import path from 'node:path';
import { Client as PgClient } from 'pg';
import type { DataSource } from 'typeorm';
import { config } from '../config';
import { embeddedUrl, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres';

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
  const sharedUrl = config.databaseUrl ? undefined : await runningEmbeddedServer();
  if (sharedUrl) {
    // A Repbase process already runs the embedded server on this data folder: a CLI joins it.
    dataSource.setOptions({ url: sharedUrl });
  } else if (!config.databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDirectory: config.embeddedDataDirectory,
      port: config.embeddedPort,
      database: EMBEDDED_DATABASE,
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

async function runningEmbeddedServer(): Promise<string | undefined> {
  if (config.embeddedPort === 0) return undefined;
  const url = embeddedUrl(config.embeddedPort, EMBEDDED_DATABASE);
  const client = new PgClient({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    const [row] = (await client.query('SHOW data_directory')).rows as { data_directory: string }[];
    return path.resolve(row.data_directory) === config.embeddedDataDirectory ? url : undefined;
  } catch {
    return undefined;
  } finally {
    await client.end().catch(() => undefined);
  }
}
