import type { TenantScope } from '../../auth/tenant-scope';
import { CANDIDATE_LIMITS, MATCH_SQL_PARTS, matchParameters, type CandidateDocument, type CandidateSituation, type MatchQueryResult, type RawMatchResult } from './match-query';
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

/**
 * MATCH_SQL (match-query.ts) for every post of a batch in one set-based pass: what depends only on a
 * word (its spellings in the vocabulary), a term (its posting list), a thesaurus member or a situation
 * (its documents and replies) is computed once for the batch, and only the choices that depend on the
 * post (its probes, its best covered situations, its nearest confirmed posts) are ranked per post,
 * with window functions in place of MATCH_SQL's ORDER BY ... LIMIT. Its bounds and orders are
 * MATCH_SQL's and its expressions the same pieces (MATCH_SQL_PARTS); a test holds the answers equal to
 * one call per post.
 *
 * Rows, in no order: one per post (`position` from 1, its result without the candidates' own fields),
 * one per situation any post has among its candidates (`position` null), and one (`position` 0) with
 * the client's category totals, which every post's classifier shares.
 */
export const BATCH_MATCH_SQL = `
WITH batch_post AS (
  SELECT position, text, string_to_array(words, chr(31)) AS words, string_to_array(members, chr(31)) AS members,
    string_to_array(groups, chr(31))::int[] AS groups
  FROM unnest($2::text[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS listed(text, words, members, groups, position)
),
post AS MATERIALIZED (
  SELECT b.position, lexeme FROM batch_post b CROSS JOIN LATERAL unnest(situation_match_lexemes(b.text)) AS lexeme
),
member AS MATERIALIZED (
  SELECT member, situation_match_lexemes(member) AS lexemes FROM (SELECT DISTINCT unnest(members) AS member FROM batch_post) AS listed
),
concept AS MATERIALIZED (
  SELECT b.position, listed.ordinal, listed.group_index, m.lexemes
  FROM batch_post b CROSS JOIN LATERAL unnest(b.members, b.groups) WITH ORDINALITY AS listed(member, group_index, ordinal)
  JOIN member m ON m.member = listed.member
),
concept_lexeme AS (
  SELECT position, unnest(lexemes) AS lexeme FROM concept
  EXCEPT SELECT position, lexeme FROM post
),
corpus AS MATERIALIZED (
  SELECT coalesce(max(document_count), 0) AS documents, coalesce(max(confirmed_count), 0) AS confirmed
  FROM situation_match_corpus WHERE client_id = $client
),
word AS MATERIALIZED (
  SELECT lexeme, show_trgm(lexeme) AS grams FROM (SELECT DISTINCT lexeme FROM post) AS distinct_lexeme
),
word_gram AS (
  SELECT w.lexeme, gram, cardinality(w.grams) AS grams FROM word w CROSS JOIN LATERAL unnest(w.grams) AS gram
),
shared AS (
  SELECT wg.lexeme, g.term, count(*) AS shared, max(wg.grams) AS grams
  FROM word_gram wg JOIN situation_match_gram g ON g.client_id = $client AND g.gram = wg.gram
  GROUP BY wg.lexeme, g.term
  HAVING count(*) >= 2
),
word_spelling AS MATERIALIZED (
  SELECT lexeme, term, similarity, document_count, confirmed_count FROM (
    SELECT s.lexeme, s.term, v.document_count, v.confirmed_count, ${MATCH_SQL_PARTS.spellingSimilarity} AS similarity,
      row_number() OVER (PARTITION BY s.lexeme, v.document_count > 0 ORDER BY ${MATCH_SQL_PARTS.spellingSimilarity} DESC, s.term) AS rank
    FROM shared s JOIN situation_match_vocabulary v ON v.client_id = $client AND v.term = s.term
    WHERE v.document_count > 0 OR v.confirmed_count > 0
  ) AS ranked
  WHERE rank <= ${CANDIDATE_LIMITS.spellingsPerWord} AND similarity >= 0.3
),
spelling AS MATERIALIZED (
  SELECT p.position, s.lexeme, s.term, s.similarity, s.document_count, s.confirmed_count
  FROM post p JOIN word_spelling s ON s.lexeme = p.lexeme
  UNION ALL
  SELECT c.position, c.lexeme, v.term, 1, v.document_count, v.confirmed_count
  FROM concept_lexeme c JOIN situation_match_vocabulary v ON v.client_id = $client AND v.term = c.lexeme
  WHERE v.document_count > 0 OR v.confirmed_count > 0
),
probe AS MATERIALIZED (
  SELECT position, lexeme, term, weight FROM (
    SELECT s.position, s.lexeme, s.term, weighed.weight,
      row_number() OVER (PARTITION BY s.position ORDER BY weighed.weight DESC, s.term) AS rank
    FROM spelling s CROSS JOIN corpus
    CROSS JOIN LATERAL (SELECT ${MATCH_SQL_PARTS.curatedProbeWeight} AS weight) AS weighed
    WHERE s.document_count > 0
  ) AS ranked
  WHERE rank <= ${CANDIDATE_LIMITS.probes}
),
posting AS (
  SELECT probed.term, posting.situation_id
  FROM (SELECT DISTINCT term FROM probe) AS probed CROSS JOIN LATERAL (
    SELECT t.situation_id FROM situation_match_term t
    WHERE t.client_id = $client AND t.term = probed.term AND NOT t.confirmed LIMIT ${CANDIDATE_LIMITS.postingsPerProbe}
  ) AS posting
),
hit AS (
  SELECT probe.position, posting.situation_id, probe.lexeme, max(probe.weight) AS weight
  FROM probe JOIN posting ON posting.term = probe.term
  GROUP BY probe.position, posting.situation_id, probe.lexeme
),
covered AS MATERIALIZED (
  SELECT position, situation_id, coverage FROM (
    SELECT position, situation_id, coverage, row_number() OVER (PARTITION BY position ORDER BY coverage DESC, situation_id) AS rank
    FROM (SELECT position, situation_id, sum(weight ORDER BY lexeme) AS coverage FROM hit GROUP BY position, situation_id) AS summed
  ) AS ranked
  WHERE rank <= ${CANDIDATE_LIMITS.candidates}
),
neighbour_probe AS MATERIALIZED (
  SELECT position, lexeme, term, weight FROM (
    SELECT s.position, s.lexeme, s.term, weighed.weight,
      row_number() OVER (PARTITION BY s.position ORDER BY weighed.weight DESC, s.term) AS rank
    FROM spelling s CROSS JOIN corpus
    CROSS JOIN LATERAL (SELECT ${MATCH_SQL_PARTS.confirmedProbeWeight} AS weight) AS weighed
    WHERE s.confirmed_count > 0
  ) AS ranked
  WHERE rank <= ${CANDIDATE_LIMITS.probes}
),
neighbour_posting AS (
  SELECT probed.term, posting.document_id, posting.situation_id
  FROM (SELECT DISTINCT term FROM neighbour_probe) AS probed CROSS JOIN LATERAL (
    SELECT t.document_id, t.situation_id FROM situation_match_term t
    WHERE t.client_id = $client AND t.term = probed.term AND t.confirmed LIMIT ${CANDIDATE_LIMITS.postingsPerProbe}
  ) AS posting
),
neighbour_hit AS (
  SELECT position, document_id, situation_id, overlap FROM (
    SELECT position, document_id, situation_id, overlap, row_number() OVER (PARTITION BY position ORDER BY overlap DESC, document_id) AS rank
    FROM (
      SELECT position, document_id, situation_id, sum(weight ORDER BY lexeme) AS overlap FROM (
        SELECT probe.position, posting.document_id, posting.situation_id, probe.lexeme, max(probe.weight) AS weight
        FROM neighbour_probe probe JOIN neighbour_posting posting ON posting.term = probe.term
        GROUP BY probe.position, posting.document_id, posting.situation_id, probe.lexeme
      ) AS held
      GROUP BY position, document_id, situation_id
    ) AS summed
  ) AS ranked
  WHERE rank <= ${CANDIDATE_LIMITS.neighbourShortlist}
),
neighbour AS MATERIALIZED (
  SELECT position, document_id, situation_id, rank FROM (
    SELECT h.position, h.document_id, h.situation_id,
      row_number() OVER (PARTITION BY h.position ORDER BY h.overlap / sqrt(greatest(cardinality(d.lexemes), 1)) DESC, h.document_id) AS rank
    FROM neighbour_hit h JOIN situation_match_document d ON d.id = h.document_id
  ) AS ranked
  WHERE rank <= ${CANDIDATE_LIMITS.neighbours}
),
candidate AS MATERIALIZED (
  SELECT c.position, c.situation_id, c.coverage
  FROM (
    SELECT position, situation_id, coverage FROM covered
    UNION ALL
    SELECT DISTINCT n.position, n.situation_id, 0::float8 FROM neighbour n
    WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.position = n.position AND c.situation_id = n.situation_id)
  ) AS c
  JOIN situation s ON s.id = c.situation_id AND s.client_id = $client AND NOT s.is_archived
),
neighbour_document AS (
  SELECT d.id, ${MATCH_SQL_PARTS.confirmedDocument} AS document
  FROM (SELECT DISTINCT document_id FROM neighbour) AS read JOIN situation_match_document d ON d.id = read.document_id
  ${MATCH_SQL_PARTS.confirmedDocumentJoins}
),
post_neighbours AS (
  SELECT n.position, n.situation_id, json_agg(nd.document ORDER BY n.rank) AS documents
  FROM neighbour n JOIN neighbour_document nd ON nd.id = n.document_id
  GROUP BY n.position, n.situation_id
),
post_candidates AS (
  SELECT c.position, json_agg(json_build_object('id', c.situation_id, 'neighbourOnly', c.coverage = 0, 'neighbours', coalesce(pn.documents, '[]'))
    ORDER BY c.coverage DESC, c.situation_id) AS candidates
  FROM candidate c LEFT JOIN post_neighbours pn ON pn.position = c.position AND pn.situation_id = c.situation_id
  GROUP BY c.position
),
post_lexemes AS (
  SELECT position, json_agg(DISTINCT lexeme) AS lexemes FROM post GROUP BY position
),
post_spellings AS (
  SELECT position, json_agg(json_build_object('lexeme', lexeme, 'term', term, 'similarity', similarity,
      'documentCount', document_count, 'confirmedCount', confirmed_count)
    ORDER BY lexeme, document_count > 0, similarity DESC, term) AS spellings
  FROM spelling GROUP BY position
),
asked_word AS (
  SELECT word, situation_match_lexemes(word) AS lexemes FROM (SELECT DISTINCT unnest(words) AS word FROM batch_post) AS listed
),
post_words AS (
  SELECT b.position, json_agg(json_build_object('word', listed.word, 'lexemes', w.lexemes) ORDER BY listed.ordinal) AS words
  FROM batch_post b CROSS JOIN LATERAL unnest(b.words) WITH ORDINALITY AS listed(word, ordinal) JOIN asked_word w ON w.word = listed.word
  GROUP BY b.position
),
post_concepts AS (
  SELECT position, json_agg(json_build_object('group', group_index, 'lexemes', lexemes) ORDER BY ordinal) AS concepts FROM concept GROUP BY position
),
post_category_terms AS (
  SELECT st.position, json_agg(json_build_object('term', ct.term, 'category', ct.category, 'kind', ct.kind, 'documents', ct.document_count)
    ORDER BY ct.term, ct.category, ct.kind) AS terms
  FROM (SELECT DISTINCT position, term FROM spelling WHERE document_count > 0) AS st
  JOIN situation_match_category_term ct ON ct.client_id = $client AND ct.term = st.term AND ct.document_count > 0
  GROUP BY st.position
),
post_learned_totals AS (
  SELECT c.position, json_agg(${MATCH_SQL_PARTS.learnedTotal}) AS totals
  FROM candidate c ${MATCH_SQL_PARTS.learnedTotalJoin} GROUP BY c.position
),
post_learned_terms AS (
  SELECT c.position, json_agg(${MATCH_SQL_PARTS.learnedTerm}) AS terms
  FROM candidate c JOIN (SELECT DISTINCT position, term FROM spelling) AS st ON st.position = c.position
  ${MATCH_SQL_PARTS.learnedTermJoin} GROUP BY c.position
)
SELECT b.position, json_build_object(
  'lexemes', coalesce(pl.lexemes, '[]'),
  'spellings', coalesce(ps.spellings, '[]'),
  'documentCount', (SELECT documents FROM corpus),
  'confirmedCount', (SELECT confirmed FROM corpus),
  'words', coalesce(pw.words, '[]'),
  'concepts', coalesce(pc.concepts, '[]'),
  'categoryTerms', coalesce(pct.terms, '[]'),
  'candidates', coalesce(candidates.candidates, '[]'),
  'learnedTotals', coalesce(plt.totals, '[]'),
  'learnedTerms', coalesce(plm.terms, '[]')
) AS result
FROM batch_post b
LEFT JOIN post_lexemes pl ON pl.position = b.position
LEFT JOIN post_category_terms pct ON pct.position = b.position
LEFT JOIN post_spellings ps ON ps.position = b.position
LEFT JOIN post_words pw ON pw.position = b.position
LEFT JOIN post_concepts pc ON pc.position = b.position
LEFT JOIN post_candidates candidates ON candidates.position = b.position
LEFT JOIN post_learned_totals plt ON plt.position = b.position
LEFT JOIN post_learned_terms plm ON plm.position = b.position
UNION ALL
SELECT NULL, json_build_object(
  ${MATCH_SQL_PARTS.situationFields},
  'documents', (SELECT coalesce(json_agg(json_build_object('kind', d.kind, 'lexemes', d.lexemes)), '[]')
                FROM situation_match_document d WHERE d.situation_id = s.id AND d.kind IN ('TITLE', 'EXAMPLE', 'REPLY', 'THESIS')),
  'replies', ${MATCH_SQL_PARTS.approvedReplies}
)
FROM (SELECT DISTINCT situation_id FROM candidate) AS candidate_situation JOIN situation s ON s.id = candidate_situation.situation_id
UNION ALL
SELECT 0, json_build_object('categoryTotals',  ${MATCH_SQL_PARTS.categoryTotals})`;

type RawSituation = Omit<RawMatchResult['candidates'][number], 'neighbourOnly'>;

interface RawBatchCandidate {
  id: string;
  neighbourOnly: boolean;
  /** The post's nearest confirmed examples of this situation (MATCH_SQL puts them after its curated documents). */
  neighbours: CandidateDocument[];
}

type RawBatchPost = Omit<RawMatchResult, 'candidates' | 'categoryTotals'> & { candidates: RawBatchCandidate[] };

/**
 * The posts' analyses and BATCH_MATCH_SQL's parameters after `$client`. Exported for the ingest bench,
 * whose bare baseline sends the same statement with the same parameters.
 */
export function batchMatchParameters(posts: BatchPost[]): { analyses: ReturnType<typeof analysePost>[]; parameters: string[][] } {
  const analyses = posts.map((post) => analysePost(post.text));
  const perPost = posts.map((post, index) => matchParameters(post.text, post.words ?? [], analyses[index]));
  return {
    analyses,
    parameters: [
      perPost.map((parameter) => String(parameter[0])),
      perPost.map((parameter) => joined(parameter[1] as string[])),
      perPost.map((parameter) => joined(parameter[2] as string[])),
      perPost.map((parameter) => joined(parameter[3] as number[])),
    ],
  };
}

/**
 * queryMatchCandidates for many posts of one client in a single SQL statement; results in input order.
 * Posts share the candidate objects of the situations they have in common (read-only, as every
 * result is), so that what the ranking derives from a situation alone is derived once per batch.
 */
export async function queryMatchCandidatesBatch(tenant: TenantScope, posts: BatchPost[]): Promise<MatchQueryResult[]> {
  if (posts.length === 0) return [];
  const { analyses, parameters } = batchMatchParameters(posts);
  const rows = (await tenant.sql(BATCH_MATCH_SQL, parameters)) as {
    position: string | null;
    result: RawSituation | RawBatchPost | Pick<RawMatchResult, 'categoryTotals'>;
  }[];

  const situations = new Map<string, { covered: CandidateSituation; neighbourOnly: CandidateSituation }>();
  let categoryTotals: RawMatchResult['categoryTotals'] = [];
  for (const { position, result } of rows) {
    if (position === '0') categoryTotals = (result as Pick<RawMatchResult, 'categoryTotals'>).categoryTotals;
    if (position !== null) continue;
    const raw = result as RawSituation;
    const situation = {
      ...raw,
      createdAt: new Date(raw.createdAt),
      updatedAt: new Date(raw.updatedAt),
      replies: raw.replies.map((reply) => ({ ...reply, approvedAt: reply.approvedAt ? new Date(reply.approvedAt) : null })),
    };
    situations.set(raw.id, { covered: { ...situation, neighbourOnly: false }, neighbourOnly: { ...situation, neighbourOnly: true } });
  }
  const results: MatchQueryResult[] = [];
  for (const { position, result } of rows) {
    if (position === null || position === '0') continue;
    const raw = result as RawBatchPost;
    const index = Number(position) - 1;
    results[index] = {
      ...raw,
      categoryTotals,
      analysis: analyses[index],
      documentCount: Number(raw.documentCount ?? 0),
      confirmedCount: Number(raw.confirmedCount ?? 0),
      candidates: raw.candidates.map(({ id, neighbourOnly, neighbours }) => {
        const shared = situations.get(id)![neighbourOnly ? 'neighbourOnly' : 'covered'];
        return neighbours.length ? { ...shared, documents: [...shared.documents, ...neighbours] } : shared;
      }),
    };
  }
  return results;
}

/** rankPost for a batch of posts of one client: one SQL statement, then the ranking of each. */
export async function rankPosts(tenant: TenantScope, texts: string[]): Promise<Ranking[]> {
  const brand = brandWords(tenant.client.brandName);
  const results = await queryMatchCandidatesBatch(
    tenant,
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
