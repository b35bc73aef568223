/**
 * npm run match:model:rebuild [-- --client SLUG]: recomputes the per-client matching model (migration
 * MatchLinearModel) in full from the client's confirmed examples (all clients when none is named). The
 * triggers keep it as cases are answered; this is for after a change of its features or a repair.
 */
import { Command } from 'commander';
import { TenantScope } from '../auth/tenant-scope';
import { Client } from '../modules/clients/client.entity';
import { runWithDatabase } from './run-with-database';

const options = new Command('match:model:rebuild').option('--client <slug>', 'only this client (its slug)').parse().opts<{ client?: string }>();

runWithDatabase(async (dataSource) => {
  const clients = options.client ? await dataSource.getRepository(Client).findBy({ slug: options.client }) : await dataSource.getRepository(Client).find();
  if (options.client && !clients.length) throw new Error(`No client with slug "${options.client}".`);
  for (const client of clients) {
    // One client a transaction: the rebuild deletes and rewrites that client's weights as a whole.
    const [{ rows }] = (await dataSource.transaction(async (manager) => {
      const tenant = new TenantScope(client, manager);
      await tenant.sql('SELECT situation_match_model_rebuild($client)');
      return tenant.sql('SELECT count(*)::int AS rows FROM situation_match_model_weight WHERE client_id = $client');
    })) as { rows: number }[];
    console.log(`${client.slug}: ${rows} weights`);
  }
});
