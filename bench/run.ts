/** npm run bench: every benchmark, each against its bare baseline, on a throwaway database. */
import 'reflect-metadata';
import { createTestDatabase } from '../api/database/scratch-database';
import { apiKeyListBench } from './api-key-list.bench';
import { situationListBench } from './situation-list.bench';
import { argumentBaseImportBench } from './argument-base-import.bench';
import { caseAnalyticsBench } from './case-analytics.bench';
import { hostileJsonBench } from './hostile-json.bench';
import { apiKeyQuotaBench } from './api-key-quota.bench';
import { matchingBench } from './matching.bench';
import { mentionIngestBench } from './mention-ingest.bench';
import { webhookDeliveryBench } from './webhook-delivery.bench';

const benches: Record<string, (databaseUrl: string) => Promise<void>> = {
  'api-key-list': apiKeyListBench,
  'situation-list': situationListBench,
  'argument-base-import': argumentBaseImportBench,
  'api-key-quota': apiKeyQuotaBench,
  'mention-ingest': mentionIngestBench,
  matching: matchingBench,
  'hostile-json': hostileJsonBench,
  'webhook-delivery': webhookDeliveryBench,
  'case-analytics': caseAnalyticsBench,
};

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const database = await createTestDatabase();
  try {
    for (const [name, bench] of Object.entries(benches)) {
      if (only.length && !only.includes(name)) continue;
      await bench(database.url);
    }
  } finally {
    await database.dispose();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
