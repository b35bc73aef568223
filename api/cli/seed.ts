/** npm run seed: loads the demo data into the database (idempotent). */
import { seedDemoData } from '../../seeds/demo';
import { runWithDatabase } from './run-with-database';

runWithDatabase(async (dataSource) => {
  const { created } = await seedDemoData(dataSource);
  console.log(created ? `Demo data loaded: ${created} records created.` : 'Demo data was already there: nothing to do.');
});
