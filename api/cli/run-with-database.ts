import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { dataSource } from '../../ormconfig';
import { openDatabase } from '../database/database';

/**
 * Runs a command-line task against the database (embedded unless DATABASE_URL), with migrations
 * applied, and exits with 0, or 1 after printing what went wrong.
 */
export function runWithDatabase(task: (dataSource: DataSource) => Promise<void>, options: { migrate?: boolean } = {}): void {
  (async () => {
    const database = await openDatabase(dataSource, options);
    try {
      await task(dataSource);
    } finally {
      await database.close();
    }
  })().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
