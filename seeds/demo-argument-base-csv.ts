import fs from 'node:fs';
import path from 'node:path';
import { systemActor } from '../api/auth/caller';
import { TenantScope } from '../api/auth/tenant-scope';
import { projectRoot } from '../api/config';
import { TransactionScope } from '../api/common/transaction-scope';
import { importRows } from '../api/modules/argument-base/argument-base-import.service';
import { csvPartFor, parseArgumentBaseCsv } from '../api/modules/argument-base/argument-base.csv';
import type { SeedStep } from './demo';

/** The demo clients' argument base, in the public CSV format (a copy of the evaluation base). */
export const DEMO_ARGUMENT_BASE = path.join(projectRoot, 'seeds/argument-base.csv');

/**
 * Imports the demo base through the importer, approved, client by client. The importer upserts by
 * key, so a second seeding finds every row unchanged and creates nothing.
 */
export const seedArgumentBaseCsv: SeedStep = async (manager, clients) => {
  const csv = fs.readFileSync(DEMO_ARGUMENT_BASE, 'utf8');
  let created = 0;
  for (const [slug, client] of clients) {
    const { rows, problems } = parseArgumentBaseCsv(csvPartFor(csv, slug), slug);
    if (problems.length) throw new Error(`${DEMO_ARGUMENT_BASE}: ${problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('; ')}`);
    if (rows.length === 0) continue;
    const owner = { actor: systemActor, currentClient: client, tenant: new TenantScope(client, manager), noteAuditEvent: () => undefined };
    const transaction = new TransactionScope(manager, owner);
    const result = await importRows(transaction, rows, { approve: true, approvedById: null });
    if (result.created + result.updated > 0) {
      await transaction.record({ entityType: 'ArgumentBase', entityId: client.id, action: 'IMPORT', after: { ...result, approve: true, source: 'demo data' } });
    }
    created += result.created + result.updated;
  }
  return created;
};
