import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from './embedded-postgres';
import { entities } from './entities';
import { migrations } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

/** A throwaway database with every migration applied, for tests and benchmarks. */
export interface TestDatabase {
  url: string;
  dispose(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates a sibling database on the tests' server with every migration applied; for tests that need an empty world. */
export async function createSiblingDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `repbase_test_${randomBytes(4).toString('hex')}`;
  const admin = new PgClient({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  await migrate(url);
  return {
    url,
    dispose: async () => {
      const cleanup = new PgClient({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

async function migrate(url: string): Promise<void> {
  const migrator = new DataSource({ type: 'postgres', url, entities, migrations, migrationsTableName: 'migration', namingStrategy: new SnakeNamingStrategy() });
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await migrator.destroy();
}

/**
 * A database of the tests' own, never the demo one: a throwaway embedded server, or with DATABASE_URL
 * a fresh database created on that server (and dropped afterwards). Migrations are applied once.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (process.env.DATABASE_URL) return createSiblingDatabase(process.env.DATABASE_URL);
  const name = `repbase_test_${randomBytes(4).toString('hex')}`;
  const embedded = await startEmbeddedPostgres({
    dataDirectory: path.join(os.tmpdir(), `repbase-${name}`),
    port: 0,
    database: name,
    persistent: false,
  });
  await migrate(embedded.url);
  return { url: embedded.url, dispose: () => embedded.stop() };
}
