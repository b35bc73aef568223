/** npm run import -- FILE --client SLUG [--approve]: imports an argument-base CSV (all or nothing). */
import fs from 'node:fs';
import { Command } from 'commander';
import { AppError } from '../common/errors';
import { importCsvAsSystem } from '../modules/argument-base/argument-base-import.service';
import type { RowProblem } from '../modules/argument-base/argument-base.csv';
import { Client } from '../modules/clients/client.entity';
import { runWithDatabase } from './run-with-database';

const command = new Command('import')
  .argument('<file>', 'the CSV file: client,key,situation,category,examples,reply,topic')
  .requiredOption('--client <slug>', "the client whose base it is (its slug)")
  .option('--approve', 'approve the imported replies at once', false)
  .parse();
const [file] = command.args;
const options = command.opts<{ client: string; approve: boolean }>();

runWithDatabase(async (dataSource) => {
  const client = await dataSource.getRepository(Client).findOneBy({ slug: options.client });
  if (!client) throw new Error(`No client with slug "${options.client}".`);
  const csv = fs.readFileSync(file, 'utf8');
  try {
    const started = Date.now();
    const result = await importCsvAsSystem(dataSource, client, csv, {
      approve: options.approve,
      onProgress: (done, total) => console.error(`${file}: ${done} of ${total} rows written (${((Date.now() - started) / 1000).toFixed(1)} s)`),
    });
    console.log(`${file}: ${result.rows} rows; ${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged${options.approve ? '; replies approved' : '; replies are drafts'}.`);
  } catch (error) {
    if (error instanceof AppError && Array.isArray(error.details.problems)) {
      for (const problem of error.details.problems as RowProblem[]) console.error(`${file}:${problem.line}${problem.column ? ` [${problem.column}]` : ''}: ${problem.message}`);
    }
    throw error;
  }
});
