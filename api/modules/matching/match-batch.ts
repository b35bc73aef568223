import type { EntityManager } from 'typeorm';
import type { Client } from '../clients/client.entity';
import { MATCH_SQL, matchParameters, reviveMatchResult, type MatchQueryResult, type RawMatchResult } from './match-query';
import { rankCandidates, type Ranking } from './matching.ranking';
import { analysePost } from './post-analysis';
import { brandWords, meaningfulText } from './post-text';

/** A post to match in a batch: its text (stop phrases already out) and the words to analyse on the way. */
export interface BatchPost {
  text: string;
  words?: string[];
}

// Lists travel joined by a control character that no word holds, so one text[] parameter carries a list per post.
const SEPARATOR = '\u001f';
const joined = (items: unknown[]) => items.map(String).filter((item) => !item.includes(SEPARATOR)).join(SEPARATOR);
const split = (column: string) => `string_to_array(${column}, chr(31))`;

/**
 * MATCH_SQL run for every post of a batch in one statement: the single-post query is applied
 * unchanged, as a LATERAL subquery over the posts, with each per-post parameter ($2 the text, $3 the
 * words, $4 and $5 the thesaurus members and their groups) taken from the batch's row instead. A test
 * holds the batch equal to one call per post, so a new parameter of MATCH_SQL fails loudly here.
 */
export function batchMatchSql(single: string = MATCH_SQL): string {
  const perPost = single
    .replace(/\$2(?!\d)/g, 'batch_post.text')
    .replace(/\$3(?:::text\[\])?(?!\d)/g, split('batch_post.words'))
    .replace(/\$4(?:::text\[\])?(?!\d)/g, split('batch_post.members'))
    .replace(/\$5(?:::int\[\])?(?!\d)/g, `${split('batch_post.groups')}::int[]`);
  if (/\$[6-9]/.test(perPost)) throw new Error('MATCH_SQL has a parameter the batch does not carry');
  return `
SELECT batch_post.position, match.result
FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS batch_post(text, words, members, groups, position)
CROSS JOIN LATERAL (${perPost}) AS match
ORDER BY batch_post.position`;
}

/** queryMatchCandidates for many posts of one client in a single SQL statement; results in input order. */
export async function queryMatchCandidatesBatch(manager: EntityManager, clientId: string, posts: BatchPost[]): Promise<MatchQueryResult[]> {
  if (posts.length === 0) return [];
  const analyses = posts.map((post) => analysePost(post.text));
  const parameters = posts.map((post, index) => matchParameters(clientId, post.text, post.words ?? [], analyses[index]));
  const rows = (await manager.query(batchMatchSql(), [
    clientId,
    parameters.map((parameter) => parameter[1]),
    parameters.map((parameter) => joined(parameter[2] as string[])),
    parameters.map((parameter) => joined(parameter[3] as string[])),
    parameters.map((parameter) => joined(parameter[4] as number[])),
  ])) as { position: string; result: RawMatchResult }[];
  return rows.map((row, index) => reviveMatchResult(row.result, analyses[index]));
}

/** rankPost for a batch of posts of one client: one SQL statement, then the ranking of each. */
export async function rankPosts(manager: EntityManager, client: Pick<Client, 'id' | 'brandName'>, texts: string[]): Promise<Ranking[]> {
  const brand = brandWords(client.brandName);
  const results = await queryMatchCandidatesBatch(
    manager,
    client.id,
    texts.map((text) => ({ text: meaningfulText(text, brand) })),
  );
  const rankings: Ranking[] = [];
  for (const [index, result] of results.entries()) {
    rankings.push(rankCandidates(result));
    // Ranking is CPU work on the event loop: a batch of 1,000 posts lets other requests through now and then.
    if (index % 50 === 49) await new Promise((resolve) => setImmediate(resolve));
  }
  return rankings;
}
