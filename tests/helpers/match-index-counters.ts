import type { DataSource, EntityManager } from 'typeorm';

/**
 * The shared counters of a client's match index (vocabulary, corpus, category counts), as stored, and
 * as they come out of an index built again from scratch from the client's situations, examples and
 * replies. Rows whose counts fell to zero are left out: the triggers keep them, a rebuild does not
 * make them.
 */
export interface MatchIndexCounters {
  vocabulary: string[];
  corpus: string[];
  categories: string[];
  categoryTerms: string[];
}

async function countersOf(manager: EntityManager, clientId: string): Promise<MatchIndexCounters> {
  const rows = async (sql: string) => ((await manager.query(sql, [clientId])) as { row: string }[]).map(({ row }) => row);
  return {
    vocabulary: await rows(
      `SELECT concat_ws(' ', term, document_count, confirmed_count) AS row FROM situation_match_vocabulary
       WHERE client_id = $1 AND (document_count, confirmed_count) <> (0, 0) ORDER BY term`,
    ),
    corpus: await rows(`SELECT concat_ws(' ', document_count, confirmed_count) AS row FROM situation_match_corpus WHERE client_id = $1`),
    categories: await rows(
      `SELECT concat_ws(' ', category, kind, document_count, lexeme_count) AS row FROM situation_match_category
       WHERE client_id = $1 AND document_count <> 0 ORDER BY category, kind`,
    ),
    categoryTerms: await rows(
      `SELECT concat_ws(' ', term, category, kind, document_count) AS row FROM situation_match_category_term
       WHERE client_id = $1 AND document_count <> 0 ORDER BY term, category, kind`,
    ),
  };
}

/** The counters as the triggers left them. */
export function storedCounters(dataSource: DataSource, clientId: string): Promise<MatchIndexCounters> {
  return countersOf(dataSource.manager, clientId);
}

/** The counters of an index made again from nothing, in a transaction that is rolled back. */
export async function recomputedCounters(dataSource: DataSource, clientId: string): Promise<MatchIndexCounters> {
  const runner = dataSource.createQueryRunner();
  await runner.startTransaction();
  try {
    await runner.query(`DELETE FROM situation_match_document WHERE client_id = $1`, [clientId]);
    for (const table of ['situation_match_vocabulary', 'situation_match_corpus', 'situation_match_category', 'situation_match_category_term']) {
      await runner.query(`DELETE FROM ${table} WHERE client_id = $1`, [clientId]);
    }
    await runner.query(`SELECT situation_match_rebuild(id) FROM situation WHERE client_id = $1`, [clientId]);
    return await countersOf(runner.manager, clientId);
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
}
