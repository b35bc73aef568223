import type { TenantScope } from '../../auth/tenant-scope';
import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import type { ReplyStatus } from '../argument-base/reply.entity';
import type { PlatformKind } from '../platforms/platform-kind';
import type { MatchDocumentKind } from './match-index.entity';
import type { CategoryTermCount, CategoryTotal } from './category-classifier';
import { analysePost, type PostAnalysis } from './post-analysis';

/** How far candidate generation reaches; every bound is per call, whatever the size of the base. */
export const CANDIDATE_LIMITS = {
  /** Vocabulary terms taken for each word of the post: itself and its nearest spellings. */
  spellingsPerWord: 4,
  /** The most informative (word, term) pairs that probe the posting lists. */
  probes: 32,
  /** Postings read per probe. */
  postingsPerProbe: 250,
  /** Situations handed to the ranking by their curated documents. */
  candidates: 30,
  /** Confirmed examples (real posts) read as the post's nearest neighbours; their situations join the candidates. */
  neighbours: 8,
  /** Confirmed examples weighed for nearness before their length is read. */
  neighbourShortlist: 50,
} as const;

/** A word of the post and a term of the base's vocabulary it may stand for. */
export interface Spelling {
  lexeme: string;
  term: string;
  /** Trigram similarity of the two (1 for the same lexeme). */
  similarity: number;
  /** Curated documents of the base holding the term (0 for a word only real posts have used). */
  documentCount: number;
  /** Confirmed examples holding the term. */
  confirmedCount: number;
}

export interface CandidateDocument {
  kind: MatchDocumentKind;
  lexemes: string[];
  /** CONFIRMED only: curated documents holding each lexeme (with confirmedCounts, they weigh the document's length). */
  counts?: number[];
  /** CONFIRMED only: confirmed examples holding each lexeme. */
  confirmedCounts?: number[];
  /** CONFIRMED only: the category of the case whose post it is (people correct it), when it has one. */
  category?: ConsumerCycleCategory | null;
}

export interface CandidateReply {
  id: string;
  text: string;
  variants: string[];
  theses: string[];
  platformKinds: PlatformKind[];
  status: ReplyStatus;
  approvedAt: Date | null;
  revision: number;
}

export interface CandidateSituation {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  clientId: string;
  key: string;
  title: string;
  category: ConsumerCycleCategory;
  topic: string | null;
  isArchived: boolean;
  /** Found only through a confirmed example near the post, not by its curated documents. */
  neighbourOnly?: boolean;
  documents: CandidateDocument[];
  /** Approved replies only: drafts never leave the database on this path. */
  replies: CandidateReply[];
}

export interface MatchQueryResult {
  /** Distinct lexemes of the post. */
  lexemes: string[];
  spellings: Spelling[];
  /** Curated documents in the client's base (N of the IDF). */
  documentCount: number;
  /** Confirmed examples in the client's base. */
  confirmedCount: number;
  candidates: CandidateSituation[];
  /** Lexemes of each of the words asked for (the post's words, the brief's keywords). */
  words: { word: string; lexemes: string[] }[];
  /** Lexemes of each member of the thesaurus groups the post uses. */
  concepts: { group: number; lexemes: string[] }[];
  /** Curated documents of each category (and kind) holding the terms of the post's spellings (category-classifier.ts). */
  categoryTerms: CategoryTermCount[];
  /** Each category's curated documents and lexemes, by kind. */
  categoryTotals: CategoryTotal[];
  analysis: PostAnalysis;
  /** Candidates' confirmed posts in all, and the lexemes they hold (situations with none are left out). */
  learnedTotals?: LearnedTotal[];
  /** Candidates' confirmed posts holding each term the post's words are spelled as, curated or not (word-coverage.ts). */
  learnedTerms?: LearnedTerm[];
}

export interface LearnedTotal {
  situationId: string;
  documents: number;
  lexemes: number;
}

export interface LearnedTerm {
  situationId: string;
  term: string;
  documents: number;
}

/**
 * SQL pieces MATCH_SQL and the batch (match-batch.ts) both use, so that the two compute every value
 * alike: a test holds the batch's answers equal to one call per post, to the last bit.
 * Aliases: `s` a spelling's shared trigrams or a situation, `v` the vocabulary, `corpus`, `d` a document.
 */
export const MATCH_SQL_PARTS = {
  /** pg_trgm's similarity from the shared trigrams of a word (`s`) and a term of the vocabulary (`v`). */
  spellingSimilarity: 's.shared::real / (s.grams + v.gram_count - s.shared)',
  /** A spelling's weight as a probe of the curated postings: similarity² × IDF among curated documents. */
  curatedProbeWeight: 's.similarity * s.similarity * ln(1.0 + (corpus.documents - s.document_count + 0.5)::float8 / (s.document_count + 0.5)::float8)',
  /** As a probe of the confirmed postings: IDF among confirmed posts. */
  confirmedProbeWeight: 's.similarity * s.similarity * ln(1.0 + (corpus.confirmed - s.confirmed_count + 0.5)::float8 / (s.confirmed_count + 0.5)::float8)',
  situationFields: `'id', s.id, 'createdAt', s.created_at, 'updatedAt', s.updated_at, 'version', s.version, 'clientId', s.client_id,
  'key', s.key, 'title', s.title, 'category', s.category, 'topic', s.topic, 'isArchived', s.is_archived`,
  approvedReplies: `(SELECT coalesce(json_agg(json_build_object(
    'id', r.id, 'text', r.text, 'variants', r.variants, 'theses', r.theses, 'platformKinds', r.platform_kinds,
    'status', r.status, 'approvedAt', r.approved_at, 'revision', r.revision)), '[]')
  FROM reply r WHERE r.situation_id = s.id AND r.status = 'APPROVED')`,
  /** What the candidates' confirmed posts taught (migration LearnedMatchModels), for the terms of the post's spellings. */
  learnedTotal: `json_build_object('situationId', t.situation_id, 'documents', t.document_count, 'lexemes', t.lexeme_count) ORDER BY t.situation_id`,
  learnedTotalJoin: `JOIN situation_match_learned_total t ON t.client_id = $client AND t.situation_id = c.situation_id AND t.document_count > 0`,
  learnedTerm: `json_build_object('situationId', l.situation_id, 'term', l.term, 'documents', l.document_count) ORDER BY l.situation_id, l.term`,
  learnedTermJoin: `JOIN situation_match_learned_term l ON l.client_id = $client AND l.situation_id = c.situation_id AND l.term = st.term AND l.document_count > 0`,
  /** The client's curated documents and lexemes per category and kind: the category classifier's totals. */
  categoryTotals: `(SELECT coalesce(json_agg(json_build_object('category', category, 'kind', kind, 'documents', document_count, 'lexemes', lexeme_count) ORDER BY category, kind), '[]')
  FROM situation_match_category WHERE client_id = $client AND document_count > 0)`,
  /** A confirmed post (`d`) as the ranking reads it: its words' counts, and its case's category. */
  confirmedDocument: `json_build_object('kind', d.kind, 'lexemes', d.lexemes, 'category', mc.category,
    'counts', counted.documents, 'confirmedCounts', counted.confirmed)`,
  confirmedDocumentJoins: `CROSS JOIN LATERAL (
    SELECT array_agg(coalesce(v.document_count, 0) ORDER BY l.position) AS documents,
           array_agg(coalesce(v.confirmed_count, 1) ORDER BY l.position) AS confirmed
    FROM unnest(d.lexemes) WITH ORDINALITY AS l(term, position)
    LEFT JOIN situation_match_vocabulary v ON v.client_id = $client AND v.term = l.term
  ) AS counted
  LEFT JOIN situation_example e ON e.id = d.source_id LEFT JOIN mention_case mc ON mc.id = e.case_id`,
};

/**
 * One statement: the post's lexemes, their spellings in the base's vocabulary (trigram neighbours,
 * which catch typos and the word forms the stemmer leaves apart), the most informative of them
 * probing bounded posting lists, and the situations best covered by their curated documents, with
 * those documents and their approved replies. Apart, the confirmed examples (real posts people
 * answered) nearest to the post, whose situations join the candidates with them. The ranking proper happens in TypeScript on these few candidates (matching.ranking.ts).
 * $4 holds the members of the thesaurus groups the post uses ($5: the group of each): their words
 * are looked up too, spelled exactly.
 */
export const MATCH_SQL = `
WITH post AS (
  SELECT unnest(situation_match_lexemes($2)) AS lexeme
),
concept AS (
  SELECT position, listed.group_index, situation_match_lexemes(listed.member) AS lexemes
  FROM unnest($4::text[], $5::int[]) WITH ORDINALITY AS listed(member, group_index, position)
),
concept_lexeme AS (
  SELECT DISTINCT unnest(lexemes) AS lexeme FROM concept
  EXCEPT SELECT lexeme FROM post
),
corpus AS (
  SELECT coalesce(max(document_count), 0) AS documents, coalesce(max(confirmed_count), 0) AS confirmed
  FROM situation_match_corpus WHERE client_id = $client
),
-- Spellings by shared trigrams: pg_trgm's similarity, computed from index lookups of the word's own trigrams.
post_gram AS (
  SELECT post.lexeme, gram, cardinality(show_trgm(post.lexeme)) AS grams FROM post CROSS JOIN LATERAL unnest(show_trgm(post.lexeme)) AS gram
),
shared AS (
  SELECT pg.lexeme, g.term, count(*) AS shared, max(pg.grams) AS grams
  FROM post_gram pg JOIN situation_match_gram g ON g.client_id = $client AND g.gram = pg.gram
  GROUP BY pg.lexeme, g.term
  HAVING count(*) >= 2
),
-- A word's nearest spellings among the curated base's terms, and apart among the terms only real posts
-- have used, so that confirmed posts never take the curated spellings' place.
spelling AS (
  SELECT lexeme, term, similarity, document_count, confirmed_count FROM (
    SELECT s.lexeme, s.term, v.document_count, v.confirmed_count, ${MATCH_SQL_PARTS.spellingSimilarity} AS similarity,
      row_number() OVER (PARTITION BY s.lexeme, v.document_count > 0 ORDER BY ${MATCH_SQL_PARTS.spellingSimilarity} DESC, s.term) AS rank
    FROM shared s JOIN situation_match_vocabulary v ON v.client_id = $client AND v.term = s.term
    WHERE v.document_count > 0 OR v.confirmed_count > 0
  ) AS ranked
  WHERE rank <= ${CANDIDATE_LIMITS.spellingsPerWord} AND similarity >= 0.3
  UNION ALL
  SELECT c.lexeme, v.term, 1, v.document_count, v.confirmed_count
  FROM concept_lexeme c JOIN situation_match_vocabulary v ON v.client_id = $client AND v.term = c.lexeme
  WHERE v.document_count > 0 OR v.confirmed_count > 0
),
probe AS (
  SELECT s.lexeme, s.term,
    ${MATCH_SQL_PARTS.curatedProbeWeight} AS weight
  FROM spelling s CROSS JOIN corpus
  WHERE s.document_count > 0
  ORDER BY weight DESC, s.term
  LIMIT ${CANDIDATE_LIMITS.probes}
),
hit AS (
  SELECT posting.situation_id, probe.lexeme, max(probe.weight) AS weight
  FROM probe CROSS JOIN LATERAL (
    SELECT t.situation_id FROM situation_match_term t
    WHERE t.client_id = $client AND t.term = probe.term AND NOT t.confirmed LIMIT ${CANDIDATE_LIMITS.postingsPerProbe}
  ) AS posting
  GROUP BY posting.situation_id, probe.lexeme
),
-- Weights are summed here, and spellings listed below, in one order whatever the plan: floats added in another order
-- differ in their last bits, and the batch (match-batch.ts) must answer exactly as one call per post.
covered AS (
  SELECT situation_id, sum(weight ORDER BY lexeme) AS coverage FROM hit GROUP BY situation_id
  ORDER BY coverage DESC, situation_id LIMIT ${CANDIDATE_LIMITS.candidates}
),
-- Confirmed examples nearest to the post: probed by the post's words rarest among real posts, weighed by the
-- probes they hold, then over the square root of their length (a long post holds many words by chance).
neighbour_probe AS (
  SELECT s.lexeme, s.term,
    ${MATCH_SQL_PARTS.confirmedProbeWeight} AS weight
  FROM spelling s CROSS JOIN corpus
  WHERE s.confirmed_count > 0
  ORDER BY weight DESC, s.term
  LIMIT ${CANDIDATE_LIMITS.probes}
),
neighbour_hit AS (
  SELECT document_id, situation_id, sum(weight ORDER BY lexeme) AS overlap FROM (
    SELECT posting.document_id, posting.situation_id, probe.lexeme, max(probe.weight) AS weight
    FROM neighbour_probe probe CROSS JOIN LATERAL (
      SELECT t.document_id, t.situation_id FROM situation_match_term t
      WHERE t.client_id = $client AND t.term = probe.term AND t.confirmed LIMIT ${CANDIDATE_LIMITS.postingsPerProbe}
    ) AS posting
    GROUP BY posting.document_id, posting.situation_id, probe.lexeme
  ) AS held
  GROUP BY document_id, situation_id
  ORDER BY overlap DESC, document_id LIMIT ${CANDIDATE_LIMITS.neighbourShortlist}
),
neighbour AS (
  SELECT h.document_id, h.situation_id FROM neighbour_hit h JOIN situation_match_document d ON d.id = h.document_id
  ORDER BY h.overlap / sqrt(greatest(cardinality(d.lexemes), 1)) DESC, h.document_id
  LIMIT ${CANDIDATE_LIMITS.neighbours}
),
candidate AS (
  SELECT situation_id, coverage FROM covered
  UNION ALL
  SELECT DISTINCT n.situation_id, 0::float8 FROM neighbour n WHERE NOT EXISTS (SELECT 1 FROM covered c WHERE c.situation_id = n.situation_id)
)
SELECT json_build_object(
  'lexemes', (SELECT coalesce(json_agg(DISTINCT lexeme), '[]') FROM post),
  'spellings', (SELECT coalesce(json_agg(json_build_object('lexeme', lexeme, 'term', term, 'similarity', similarity,
                  'documentCount', document_count, 'confirmedCount', confirmed_count)
                  ORDER BY lexeme, document_count > 0, similarity DESC, term), '[]') FROM spelling),
  'documentCount', (SELECT documents FROM corpus),
  'confirmedCount', (SELECT confirmed FROM corpus),
  'words', (SELECT coalesce(json_agg(json_build_object('word', word, 'lexemes', situation_match_lexemes(word))), '[]') FROM unnest($3::text[]) AS word),
  'concepts', (SELECT coalesce(json_agg(json_build_object('group', group_index, 'lexemes', lexemes) ORDER BY position), '[]') FROM concept),
  -- The category classifier's word counts, for the curated terms the post's words (and concepts) are spelled as.
  'categoryTerms', (SELECT coalesce(json_agg(json_build_object('term', ct.term, 'category', ct.category, 'kind', ct.kind, 'documents', ct.document_count)
                      ORDER BY ct.term, ct.category, ct.kind), '[]')
                    FROM situation_match_category_term ct
                    WHERE ct.client_id = $client AND ct.document_count > 0 AND ct.term IN (SELECT term FROM spelling WHERE document_count > 0)),
  'categoryTotals', ${MATCH_SQL_PARTS.categoryTotals},
  'learnedTotals', (SELECT coalesce(json_agg(${MATCH_SQL_PARTS.learnedTotal}), '[]') FROM candidate c ${MATCH_SQL_PARTS.learnedTotalJoin}),
  'learnedTerms', (SELECT coalesce(json_agg(${MATCH_SQL_PARTS.learnedTerm}), '[]')
                   FROM candidate c CROSS JOIN (SELECT DISTINCT term FROM spelling) AS st ${MATCH_SQL_PARTS.learnedTermJoin}),
  'candidates', (
    SELECT coalesce(json_agg(json_build_object(
      ${MATCH_SQL_PARTS.situationFields},
      'neighbourOnly', c.coverage = 0,
      'documents', (SELECT coalesce(json_agg(document), '[]') FROM (
                      SELECT json_build_object('kind', d.kind, 'lexemes', d.lexemes) AS document
                      FROM situation_match_document d WHERE d.situation_id = s.id AND d.kind IN ('TITLE', 'EXAMPLE', 'REPLY', 'THESIS')
                      UNION ALL
                      SELECT ${MATCH_SQL_PARTS.confirmedDocument}
                      FROM neighbour n JOIN situation_match_document d ON d.id = n.document_id
                      ${MATCH_SQL_PARTS.confirmedDocumentJoins}
                      WHERE n.situation_id = s.id) AS documents),
      'replies', ${MATCH_SQL_PARTS.approvedReplies}
    ) ORDER BY c.coverage DESC, s.id), '[]')
    FROM candidate c JOIN situation s ON s.id = c.situation_id AND s.client_id = $client AND NOT s.is_archived
  )
) AS result`;

/** The parameters of MATCH_SQL for a post's meaningful text (post-text.ts) and the words to analyse on the way. */
export function matchParameters(text: string, words: string[], analysis: PostAnalysis): unknown[] {
  const members = analysis.concepts.flatMap((concept) => concept.members.map((member) => ({ member, group: concept.group })));
  return [text, words, members.map((entry) => entry.member), members.map((entry) => entry.group)];
}

/**
 * Runs MATCH_SQL for the client's base; `text` is the post with stop phrases already taken out, and
 * `words` are analysed with the same configuration on the way (for the brief's keywords).
 */
export async function queryMatchCandidates(tenant: TenantScope, text: string, words: string[] = []): Promise<MatchQueryResult> {
  const analysis = analysePost(text);
  const [row] = (await tenant.sql(MATCH_SQL, matchParameters(text, words, analysis))) as { result: RawMatchResult }[];
  return reviveMatchResult(row.result, analysis);
}

/** MATCH_SQL's JSON, before its dates and counts are typed. */
export type RawMatchResult = Omit<MatchQueryResult, 'candidates' | 'analysis'> & {
  candidates: (Omit<CandidateSituation, 'createdAt' | 'updatedAt' | 'replies'> & {
    createdAt: string;
    updatedAt: string;
    replies: (Omit<CandidateReply, 'approvedAt'> & { approvedAt: string | null })[];
  })[];
};

/** MATCH_SQL's JSON back to typed values, with the post's analysis. */
export function reviveMatchResult(raw: RawMatchResult, analysis: PostAnalysis): MatchQueryResult {
  return {
    ...raw,
    analysis,
    documentCount: Number(raw.documentCount ?? 0),
    confirmedCount: Number(raw.confirmedCount ?? 0),
    candidates: raw.candidates.map((candidate) => ({
      ...candidate,
      createdAt: new Date(candidate.createdAt),
      updatedAt: new Date(candidate.updatedAt),
      replies: candidate.replies.map((reply) => ({ ...reply, approvedAt: reply.approvedAt ? new Date(reply.approvedAt) : null })),
    })),
  };
}
