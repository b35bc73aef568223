/**
 * The SQL behind migration MatchIndexBulkWrites: the same index, written for less. Measured inside
 * one transaction (3,000 situations, 12,000 documents, 139,000 postings), the index cost went from
 * ~3.7 s to ~2.1 s of the database's CPU (bench/README.md, "The argument-base import"):
 * - Abbreviations are looked for only in a text that holds "ТО" at all: the three regular
 *   expressions ran on every text, and were most of what computing its lexemes cost.
 * - A posting is inserted without ON CONFLICT (a document's lexemes are distinct: array_agg over a
 *   tsvector's lexemes) and without a foreign key to its document: the key checked and locked the
 *   document once per posting, ~30 times per document. The cascade it gave is now the documents'
 *   own statement trigger, which deletes their postings in one statement (and so still runs
 *   situation_match_terms_removed).
 * - A term's trigrams are written only when its vocabulary row is new, which the vocabulary upsert
 *   now says itself (RETURNING): the anti-join against the vocabulary it replaces scanned the whole
 *   table once per term while the table had no statistics, which a base imported at once never has.
 * - The sources to index are joined by id to the ids given (one index probe each), not tested with
 *   `= ANY(ids)`: without statistics (a base imported at once) the planner scanned the table and
 *   tested each row against the whole array, once per statement, slower as the base grew.
 * Every row the index holds is the same as before; matching reads nothing else. A later change is a
 * new migration.
 */

export const ABBREVIATIONS_FAST = `
CREATE OR REPLACE FUNCTION situation_match_abbreviations(content text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN strpos(content, 'ТО') = 0 THEN content -- neither abbreviation can occur: the common case, and the cheap one
    WHEN length(regexp_replace(content, '[^А-ЯЁA-Z]', '', 'g')) * 2 > length(regexp_replace(content, '[^А-Яа-яЁёA-Za-z]', '', 'g')) THEN content
    ELSE regexp_replace(regexp_replace(content,
      '(^|[^А-Яа-яЁёA-Za-z0-9])ТО(?=[^А-Яа-яЁёA-Za-z]|$)', '\\1техобслуживание ', 'g'),
      '(^|[^А-Яа-яЁёA-Za-z0-9])СТО(?=[^А-Яа-яЁёA-Za-z]|$)', '\\1автосервис ', 'g')
  END
$$`;

export const ABBREVIATIONS_BEFORE = `
CREATE OR REPLACE FUNCTION situation_match_abbreviations(content text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE
    WHEN length(regexp_replace(content, '[^А-ЯЁA-Z]', '', 'g')) * 2 > length(regexp_replace(content, '[^А-Яа-яЁёA-Za-z]', '', 'g')) THEN content
    ELSE regexp_replace(regexp_replace(content,
      '(^|[^А-Яа-яЁёA-Za-z0-9])ТО(?=[^А-Яа-яЁёA-Za-z]|$)', '\\1техобслуживание ', 'g'),
      '(^|[^А-Яа-яЁёA-Za-z0-9])СТО(?=[^А-Яа-яЁёA-Za-z]|$)', '\\1автосервис ', 'g')
  END
$$`;

const corpusAdded = `
  INSERT INTO situation_match_corpus (client_id, document_count, confirmed_count)
    SELECT client_id, count(*) FILTER (WHERE kind <> 'CONFIRMED'), count(*) FILTER (WHERE kind = 'CONFIRMED') FROM added GROUP BY client_id
    ON CONFLICT (client_id) DO UPDATE SET document_count = situation_match_corpus.document_count + excluded.document_count,
      confirmed_count = situation_match_corpus.confirmed_count + excluded.confirmed_count;`;

export const DOCUMENTS_ADDED_FAST = `
CREATE OR REPLACE FUNCTION situation_match_documents_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- In the documents' order, lexemes in theirs: postings of a term are read in this order, LIMIT n.
  INSERT INTO situation_match_term (document_id, term, client_id, situation_id, confirmed)
    SELECT d.id, term, d.client_id, d.situation_id, d.kind = 'CONFIRMED' FROM added d CROSS JOIN LATERAL unnest(d.lexemes) AS term;${corpusAdded}
  RETURN NULL;
END $$`;

export const DOCUMENTS_ADDED_BEFORE = `
CREATE OR REPLACE FUNCTION situation_match_documents_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO situation_match_term (document_id, term, client_id, situation_id, confirmed)
    SELECT d.id, term, d.client_id, d.situation_id, d.kind = 'CONFIRMED' FROM added d CROSS JOIN LATERAL unnest(d.lexemes) AS term
    ON CONFLICT DO NOTHING;${corpusAdded}
  RETURN NULL;
END $$`;

const corpusRemoved = `
  UPDATE situation_match_corpus AS corpus
    SET document_count = corpus.document_count - gone.curated, confirmed_count = corpus.confirmed_count - gone.confirmed
    FROM (SELECT client_id, count(*) FILTER (WHERE kind <> 'CONFIRMED') AS curated, count(*) FILTER (WHERE kind = 'CONFIRMED') AS confirmed
          FROM removed GROUP BY client_id) AS gone
    WHERE corpus.client_id = gone.client_id;`;

export const DOCUMENTS_REMOVED_FAST = `
CREATE OR REPLACE FUNCTION situation_match_documents_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- What the postings' foreign key did (ON DELETE CASCADE), once per statement instead of once per document.
  DELETE FROM situation_match_term AS posting USING removed WHERE posting.document_id = removed.id;${corpusRemoved}
  RETURN NULL;
END $$`;

export const DOCUMENTS_REMOVED_BEFORE = `
CREATE OR REPLACE FUNCTION situation_match_documents_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN${corpusRemoved}
  RETURN NULL;
END $$`;

export const TERMS_ADDED_FAST = `
CREATE OR REPLACE FUNCTION situation_match_terms_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A row the upsert inserted has no xmax; one it updated carries the lock it took. Only new terms get trigrams.
  WITH counted AS (
    INSERT INTO situation_match_vocabulary AS vocabulary (client_id, term, document_count, confirmed_count, gram_count)
    SELECT client_id, term, count(*) FILTER (WHERE NOT confirmed), count(*) FILTER (WHERE confirmed), cardinality(show_trgm(term))
    FROM added GROUP BY client_id, term
    ORDER BY client_id, term -- the same lock order in every transaction: concurrent imports do not deadlock
    ON CONFLICT (client_id, term) DO UPDATE SET document_count = vocabulary.document_count + excluded.document_count,
      confirmed_count = vocabulary.confirmed_count + excluded.confirmed_count
    RETURNING vocabulary.client_id, vocabulary.term, vocabulary.xmax = 0 AS fresh
  )
  INSERT INTO situation_match_gram (client_id, gram, term)
    SELECT DISTINCT counted.client_id, gram, counted.term FROM counted CROSS JOIN LATERAL unnest(show_trgm(counted.term)) AS gram
    WHERE counted.fresh
    ORDER BY 1, 2, 3
    ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$`;

export const TERMS_ADDED_BEFORE = `
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

const confirmedCategory = "CASE e.source WHEN 'CONFIRMED' THEN coalesce(mc.category, s.category) ELSE s.category END";

export const ADD_SOURCES_FAST = `
CREATE OR REPLACE FUNCTION situation_match_add_sources(origins uuid[]) RETURNS void LANGUAGE sql AS $$
  -- Set-based, so that a bulk rebuild is one INSERT and the statement triggers run once; each id is looked up by its key.
  INSERT INTO situation_match_document (client_id, situation_id, kind, category, source_id, text, lexemes)
  WITH origin AS MATERIALIZED (SELECT DISTINCT id FROM unnest(origins) AS id)
  SELECT s.client_id, s.id, 'TITLE', s.category, s.id, s.title, situation_match_lexemes(s.title)
    FROM origin o JOIN situation s ON s.id = o.id WHERE NOT s.is_archived
  UNION ALL
  SELECT e.client_id, e.situation_id, CASE e.source WHEN 'CONFIRMED' THEN 'CONFIRMED' ELSE 'EXAMPLE' END, ${confirmedCategory}, e.id, e.text, situation_match_lexemes(e.text)
    FROM origin o JOIN situation_example e ON e.id = o.id JOIN situation s ON s.id = e.situation_id LEFT JOIN mention_case mc ON mc.id = e.case_id WHERE NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'REPLY', s.category, r.id, r.text, situation_match_lexemes(r.text)
    FROM origin o JOIN reply r ON r.id = o.id JOIN situation s ON s.id = r.situation_id WHERE r.status <> 'RETIRED' AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'THESIS', s.category, r.id, thesis, situation_match_lexemes(thesis)
    FROM origin o JOIN reply r ON r.id = o.id JOIN situation s ON s.id = r.situation_id CROSS JOIN LATERAL unnest(r.theses) AS thesis
    WHERE r.status <> 'RETIRED' AND NOT s.is_archived AND btrim(thesis) <> ''
$$`;

export const ADD_SOURCES_BEFORE = `
CREATE OR REPLACE FUNCTION situation_match_add_sources(origins uuid[]) RETURNS void LANGUAGE sql AS $$
  -- Set-based, so that a bulk rebuild is one INSERT and the statement triggers run once.
  INSERT INTO situation_match_document (client_id, situation_id, kind, category, source_id, text, lexemes)
  SELECT s.client_id, s.id, 'TITLE', s.category, s.id, s.title, situation_match_lexemes(s.title)
    FROM situation s WHERE s.id = ANY(origins) AND NOT s.is_archived
  UNION ALL
  SELECT e.client_id, e.situation_id, CASE e.source WHEN 'CONFIRMED' THEN 'CONFIRMED' ELSE 'EXAMPLE' END, ${confirmedCategory}, e.id, e.text, situation_match_lexemes(e.text)
    FROM situation_example e JOIN situation s ON s.id = e.situation_id LEFT JOIN mention_case mc ON mc.id = e.case_id WHERE e.id = ANY(origins) AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'REPLY', s.category, r.id, r.text, situation_match_lexemes(r.text)
    FROM reply r JOIN situation s ON s.id = r.situation_id WHERE r.id = ANY(origins) AND r.status <> 'RETIRED' AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'THESIS', s.category, r.id, thesis, situation_match_lexemes(thesis)
    FROM reply r JOIN situation s ON s.id = r.situation_id CROSS JOIN LATERAL unnest(r.theses) AS thesis
    WHERE r.id = ANY(origins) AND r.status <> 'RETIRED' AND NOT s.is_archived AND btrim(thesis) <> ''
$$`;

export const POSTING_FOREIGN_KEY = 'FK_276d2a8f0550829532eb3f95398';
