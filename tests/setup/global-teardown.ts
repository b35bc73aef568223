import type { TestDatabase } from '../../api/database/scratch-database';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { repbaseTestDatabase?: TestDatabase }).repbaseTestDatabase?.dispose();
}
