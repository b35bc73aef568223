import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useTestApp } from '../helpers/app';

const app = useTestApp();

const READABLE_COPY = join(__dirname, '../../api/modules/matching/match-index.sql');

/** The match index's functions then its triggers, as the migrated database holds them. */
async function definitionsInDatabase(): Promise<string> {
  const functions: { definition: string }[] = await app.dataSource.query(
    `SELECT pg_get_functiondef(p.oid) AS definition FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND p.proname LIKE 'situation_match%' ORDER BY p.oid`,
  );
  const triggers: { definition: string }[] = await app.dataSource.query(
    `SELECT pg_get_triggerdef(t.oid) AS definition FROM pg_trigger t
     WHERE NOT t.tgisinternal AND t.tgname LIKE 'situation_match%' ORDER BY t.tgrelid::regclass::text, t.tgname`,
  );
  return [...functions.map(({ definition }) => `${definition.trim()};\n`), triggers.map(({ definition }) => `${definition};`).join('\n')].join('\n') + '\n';
}

describe('the readable copy of the match index SQL', () => {
  it('is the text of every match index function and trigger in the migrated database', async () => {
    const copy = readFileSync(READABLE_COPY, 'utf8').replace(/^(--.*\n)+\n/, '');
    expect(copy).toBe(await definitionsInDatabase());
  });
});
