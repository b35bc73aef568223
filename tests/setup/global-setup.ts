import { createTestDatabase } from '../../api/database/scratch-database';

/** Starts the tests' database once for the whole run; workers inherit DATABASE_URL. */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase();
  (globalThis as { repbaseTestDatabase?: unknown }).repbaseTestDatabase = database;
  process.env.DATABASE_URL = database.url;
  process.env.NODE_ENV = 'test';
  // Test receivers listen on 127.0.0.1; the refusal of private addresses is tested by unsetting it.
  process.env.REPBASE_WEBHOOKS_ALLOW_PRIVATE = '1';
}
