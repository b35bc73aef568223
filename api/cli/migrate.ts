/** npm run db:migrate: applies pending migrations (openDatabase does it) and lists what ran. */
import { runWithDatabase } from './run-with-database';

runWithDatabase(async (dataSource) => {
  const applied = (await dataSource.query('SELECT name FROM migration ORDER BY id')) as { name: string }[];
  console.log(`Database is up to date: ${applied.length} migrations applied (last: ${applied.at(-1)?.name ?? 'none'}).`);
});
