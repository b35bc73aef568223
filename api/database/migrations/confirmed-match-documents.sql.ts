/**
 * The SQL behind migration ConfirmedMatchDocuments: confirmed examples (real posts people answered)
 * indexed apart from the curated base. Their documents are of kind CONFIRMED, their postings are
 * flagged, and the vocabulary and the corpus count them apart, so that the IDF of the ranking stays
 * the curated base's whatever the number of cases answered, and confirmed posts are read as
 * neighbours (api/modules/matching/confirmed-neighbours.ts). A later change is a new migration.
 */
import { MATCH_INDEX_FUNCTIONS } from './match-index.sql';

const addSources = `
CREATE OR REPLACE FUNCTION situation_match_add_sources(origins uuid[]) RETURNS void LANGUAGE sql AS $$
  -- Set-based, so that a bulk rebuild is one INSERT and the statement triggers run once.
  INSERT INTO situation_match_document (client_id, situation_id, kind, source_id, text, lexemes)
  SELECT s.client_id, s.id, 'TITLE', s.id, s.title, situation_match_lexemes(s.title)
    FROM situation s WHERE s.id = ANY(origins) AND NOT s.is_archived
  UNION ALL
  SELECT e.client_id, e.situation_id, CASE e.source WHEN 'CONFIRMED' THEN 'CONFIRMED' ELSE 'EXAMPLE' END, e.id, e.text, situation_match_lexemes(e.text)
    FROM situation_example e JOIN situation s ON s.id = e.situation_id WHERE e.id = ANY(origins) AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'REPLY', r.id, r.text, situation_match_lexemes(r.text)
    FROM reply r JOIN situation s ON s.id = r.situation_id WHERE r.id = ANY(origins) AND r.status <> 'RETIRED' AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'THESIS', r.id, thesis, situation_match_lexemes(thesis)
    FROM reply r JOIN situation s ON s.id = r.situation_id CROSS JOIN LATERAL unnest(r.theses) AS thesis
    WHERE r.id = ANY(origins) AND r.status <> 'RETIRED' AND NOT s.is_archived AND btrim(thesis) <> ''
$$`;

const onDocumentsAdded = `
CREATE OR REPLACE FUNCTION situation_match_documents_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO situation_match_term (document_id, term, client_id, situation_id, confirmed)
    SELECT d.id, term, d.client_id, d.situation_id, d.kind = 'CONFIRMED' FROM added d CROSS JOIN LATERAL unnest(d.lexemes) AS term
    ON CONFLICT DO NOTHING;
  INSERT INTO situation_match_corpus (client_id, document_count, confirmed_count)
    SELECT client_id, count(*) FILTER (WHERE kind <> 'CONFIRMED'), count(*) FILTER (WHERE kind = 'CONFIRMED') FROM added GROUP BY client_id
    ON CONFLICT (client_id) DO UPDATE SET document_count = situation_match_corpus.document_count + excluded.document_count,
      confirmed_count = situation_match_corpus.confirmed_count + excluded.confirmed_count;
  RETURN NULL;
END $$`;

const onDocumentsRemoved = `
CREATE OR REPLACE FUNCTION situation_match_documents_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE situation_match_corpus AS corpus
    SET document_count = corpus.document_count - gone.curated, confirmed_count = corpus.confirmed_count - gone.confirmed
    FROM (SELECT client_id, count(*) FILTER (WHERE kind <> 'CONFIRMED') AS curated, count(*) FILTER (WHERE kind = 'CONFIRMED') AS confirmed
          FROM removed GROUP BY client_id) AS gone
    WHERE corpus.client_id = gone.client_id;
  RETURN NULL;
END $$`;

const onTermsAdded = `
CREATE OR REPLACE FUNCTION situation_match_terms_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO situation_match_gram (client_id, gram, term)
    SELECT DISTINCT fresh.client_id, gram, fresh.term
    FROM (SELECT DISTINCT client_id, term FROM added) AS fresh CROSS JOIN LATERAL unnest(show_trgm(fresh.term)) AS gram
    WHERE NOT EXISTS (SELECT 1 FROM situation_match_vocabulary v WHERE v.client_id = fresh.client_id AND v.term = fresh.term)
    ORDER BY 1, 2, 3
    ON CONFLICT DO NOTHING;
  INSERT INTO situation_match_vocabulary (client_id, term, document_count, confirmed_count, gram_count)
    SELECT client_id, term, count(*) FILTER (WHERE NOT confirmed), count(*) FILTER (WHERE confirmed), cardinality(show_trgm(term))
    FROM added GROUP BY client_id, term
    ORDER BY client_id, term -- the same lock order in every transaction: concurrent imports do not deadlock
    ON CONFLICT (client_id, term) DO UPDATE SET document_count = situation_match_vocabulary.document_count + excluded.document_count,
      confirmed_count = situation_match_vocabulary.confirmed_count + excluded.confirmed_count;
  RETURN NULL;
END $$`;

const onTermsRemoved = `
CREATE OR REPLACE FUNCTION situation_match_terms_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE situation_match_vocabulary AS vocabulary
    SET document_count = vocabulary.document_count - gone.curated, confirmed_count = vocabulary.confirmed_count - gone.confirmed
    FROM (SELECT client_id, term, count(*) FILTER (WHERE NOT confirmed) AS curated, count(*) FILTER (WHERE confirmed) AS confirmed
          FROM removed GROUP BY client_id, term ORDER BY client_id, term) AS gone
    WHERE vocabulary.client_id = gone.client_id AND vocabulary.term = gone.term;
  RETURN NULL;
END $$`;

export const CONFIRMED_MATCH_FUNCTIONS = [addSources, onDocumentsAdded, onDocumentsRemoved, onTermsAdded, onTermsRemoved];

const replaced = ['situation_match_add_sources(', 'situation_match_documents_added(', 'situation_match_documents_removed(', 'situation_match_terms_added(', 'situation_match_terms_removed('];

/** The functions as migration MatchIndex made them, for the way down. */
export const PREVIOUS_MATCH_FUNCTIONS = MATCH_INDEX_FUNCTIONS.filter((statement) => replaced.some((name) => statement.includes(`CREATE FUNCTION ${name}`))).map((statement) =>
  statement.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'),
);

/**
 * The index made again from the base: derived rows only, so they are dropped and rebuilt rather than
 * migrated (the counts of the vocabulary and the corpus change meaning).
 */
export const REBUILD_MATCH_INDEX = [
  `TRUNCATE situation_match_term, situation_match_document, situation_match_gram, situation_match_vocabulary, situation_match_corpus`,
  `SELECT situation_match_rebuild(id) FROM situation`,
];
