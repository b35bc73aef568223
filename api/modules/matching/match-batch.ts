import type { EntityManager } from 'typeorm';
import type { Client } from '../clients/client.entity';
import { MATCH_SQL, type CandidateReply, type CandidateSituation, type MatchQueryResult } from './match-query';
import { rankCandidates, type Ranking } from './matching.ranking';
import { brandWords, meaningfulText } from './post-text';

/** A post to match in a batch: its text (stop phrases already out) and the words to analyse on the way. */
export interface BatchPost {
  text: string;
  words?: string[];
}

// Words travel joined by a control character that no word holds, so one text[] parameter carries a list per post.
const WORD_SEPARATOR = '\u001f';

/**
 * MATCH_SQL run for every post of a batch in one statement: the single-post query is applied
 * unchanged, as a LATERAL subquery over the posts, with the post ($2) and the words ($3) taken from
 * the batch's row instead of parameters. Whatever the ranking's SQL becomes, the batch answers
 * exactly what one call per post would (a test holds the two equal).
 */
export function batchMatchSql(single: string = MATCH_SQL): string {
  const perPost = single.replace(/\$2(?!\d)/g, 'batch_post.text').replace(/\$3(?:::text\[\])?(?!\d)/g, `string_to_array(batch_post.words, chr(31))`);
  return `
SELECT batch_post.position, match.result
FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS batch_post(text, words, position)
CROSS JOIN LATERAL (${perPost}) AS match
ORDER BY batch_post.position`;
}

type RawResult = Omit<MatchQueryResult, 'candidates'> & {
  candidates: (Omit<CandidateSituation, 'createdAt' | 'updatedAt' | 'replies'> & {
    createdAt: string;
    updatedAt: string;
    replies: (Omit<CandidateReply, 'approvedAt'> & { approvedAt: string | null })[];
  })[];
};

/** The JSON of MATCH_SQL back to typed values, as queryMatchCandidates does. */
function revive(raw: RawResult): MatchQueryResult {
  return {
    ...raw,
    documentCount: Number(raw.documentCount ?? 0),
    candidates: raw.candidates.map((candidate) => ({
      ...candidate,
      createdAt: new Date(candidate.createdAt),
      updatedAt: new Date(candidate.updatedAt),
      replies: candidate.replies.map((reply) => ({ ...reply, approvedAt: reply.approvedAt ? new Date(reply.approvedAt) : null })),
    })),
  };
}

/** queryMatchCandidates for many posts of one client in a single SQL statement; results in input order. */
export async function queryMatchCandidatesBatch(manager: EntityManager, clientId: string, posts: BatchPost[]): Promise<MatchQueryResult[]> {
  if (posts.length === 0) return [];
  const rows = (await manager.query(batchMatchSql(), [
    clientId,
    posts.map((post) => post.text),
    posts.map((post) => (post.words ?? []).filter((word) => !word.includes(WORD_SEPARATOR)).join(WORD_SEPARATOR)),
  ])) as { position: string; result: RawResult }[];
  return rows.map((row) => revive(row.result));
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
