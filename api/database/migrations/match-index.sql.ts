/**
 * The SQL behind the match index (migration MatchIndex): functions and triggers that keep
 * situation_match_document / _term / _vocabulary / _corpus in step with situations, examples and
 * replies, whichever module or tool writes them. Kept beside the migration that installs it; a
 * later change to it is a new migration, never an edit here.
 */

const lexemes = `
CREATE FUNCTION situation_match_lexemes(content text) RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  -- The russian configuration stems words and drops stop words; ё is folded to е first so both spellings meet,
  -- reply placeholders are not words, and bare numbers say nothing about which situation a post is.
  SELECT coalesce(array_agg(lexeme ORDER BY lexeme), '{}')
  FROM unnest(tsvector_to_array(to_tsvector('russian'::regconfig,
    replace(lower(regexp_replace(coalesce(content, ''), '\\{(name|brand)\\}', ' ', 'g')), 'ё', 'е')))) AS lexeme
  WHERE lexeme !~ '^[0-9.,:/-]+$'
$$`;

const addDocuments = `
CREATE FUNCTION situation_match_add_sources(origins uuid[]) RETURNS void LANGUAGE sql AS $$
  -- Set-based, so that a bulk rebuild is one INSERT and the statement triggers below run once.
  INSERT INTO situation_match_document (client_id, situation_id, kind, source_id, text, lexemes)
  SELECT s.client_id, s.id, 'TITLE', s.id, s.title, situation_match_lexemes(s.title)
    FROM situation s WHERE s.id = ANY(origins) AND NOT s.is_archived
  UNION ALL
  SELECT e.client_id, e.situation_id, 'EXAMPLE', e.id, e.text, situation_match_lexemes(e.text)
    FROM situation_example e JOIN situation s ON s.id = e.situation_id WHERE e.id = ANY(origins) AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'REPLY', r.id, r.text, situation_match_lexemes(r.text)
    FROM reply r JOIN situation s ON s.id = r.situation_id WHERE r.id = ANY(origins) AND r.status <> 'RETIRED' AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'THESIS', r.id, thesis, situation_match_lexemes(thesis)
    FROM reply r JOIN situation s ON s.id = r.situation_id CROSS JOIN LATERAL unnest(r.theses) AS thesis
    WHERE r.id = ANY(origins) AND r.status <> 'RETIRED' AND NOT s.is_archived AND btrim(thesis) <> ''
$$`;

const rebuild = `
CREATE FUNCTION situation_match_rebuild(target uuid) RETURNS void LANGUAGE sql AS $$
  DELETE FROM situation_match_document WHERE situation_id = target;
  SELECT situation_match_add_sources(ARRAY[target]
    || ARRAY(SELECT id FROM situation_example WHERE situation_id = target)
    || ARRAY(SELECT id FROM reply WHERE situation_id = target));
$$`;

const onSituation = `
CREATE FUNCTION situation_match_on_situation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM situation_match_add_sources(ARRAY[NEW.id]);
  ELSIF NEW.title IS DISTINCT FROM OLD.title OR NEW.is_archived IS DISTINCT FROM OLD.is_archived THEN
    PERFORM situation_match_rebuild(NEW.id);
  END IF;
  RETURN NULL;
END $$`;

const onSource = `
CREATE FUNCTION situation_match_on_source() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM situation_match_document WHERE source_id = OLD.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM situation_match_add_sources(ARRAY[NEW.id]);
  END IF;
  RETURN NULL;
END $$`;

const onDocumentsAdded = `
CREATE FUNCTION situation_match_documents_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO situation_match_term (document_id, term, client_id, situation_id)
    SELECT d.id, term, d.client_id, d.situation_id FROM added d CROSS JOIN LATERAL unnest(d.lexemes) AS term
    ON CONFLICT DO NOTHING;
  INSERT INTO situation_match_corpus (client_id, document_count)
    SELECT client_id, count(*) FROM added GROUP BY client_id
    ON CONFLICT (client_id) DO UPDATE SET document_count = situation_match_corpus.document_count + excluded.document_count;
  RETURN NULL;
END $$`;

const onDocumentsRemoved = `
CREATE FUNCTION situation_match_documents_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE situation_match_corpus AS corpus SET document_count = corpus.document_count - gone.count
    FROM (SELECT client_id, count(*) AS count FROM removed GROUP BY client_id) AS gone WHERE corpus.client_id = gone.client_id;
  RETURN NULL;
END $$`;

const onTermsAdded = `
CREATE FUNCTION situation_match_terms_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO situation_match_gram (client_id, gram, term)
    SELECT DISTINCT fresh.client_id, gram, fresh.term
    FROM (SELECT DISTINCT client_id, term FROM added) AS fresh CROSS JOIN LATERAL unnest(show_trgm(fresh.term)) AS gram
    WHERE NOT EXISTS (SELECT 1 FROM situation_match_vocabulary v WHERE v.client_id = fresh.client_id AND v.term = fresh.term)
    ORDER BY 1, 2, 3
    ON CONFLICT DO NOTHING;
  INSERT INTO situation_match_vocabulary (client_id, term, document_count, gram_count)
    SELECT client_id, term, count(*), cardinality(show_trgm(term)) FROM added GROUP BY client_id, term
    ORDER BY client_id, term -- the same lock order in every transaction: concurrent imports do not deadlock
    ON CONFLICT (client_id, term) DO UPDATE SET document_count = situation_match_vocabulary.document_count + excluded.document_count;
  RETURN NULL;
END $$`;

const onTermsRemoved = `
CREATE FUNCTION situation_match_terms_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE situation_match_vocabulary AS vocabulary SET document_count = vocabulary.document_count - gone.count
    FROM (SELECT client_id, term, count(*) AS count FROM removed GROUP BY client_id, term ORDER BY client_id, term) AS gone
    WHERE vocabulary.client_id = gone.client_id AND vocabulary.term = gone.term;
  RETURN NULL;
END $$`;

export const MATCH_INDEX_FUNCTIONS = [
  lexemes,
  addDocuments,
  rebuild,
  onSituation,
  onSource,
  onDocumentsAdded,
  onDocumentsRemoved,
  onTermsAdded,
  onTermsRemoved,
  `CREATE TRIGGER situation_match_situation AFTER INSERT OR UPDATE ON situation FOR EACH ROW EXECUTE FUNCTION situation_match_on_situation()`,
  `CREATE TRIGGER situation_match_example AFTER INSERT OR UPDATE OR DELETE ON situation_example FOR EACH ROW EXECUTE FUNCTION situation_match_on_source()`,
  `CREATE TRIGGER situation_match_reply AFTER INSERT OR UPDATE OR DELETE ON reply FOR EACH ROW EXECUTE FUNCTION situation_match_on_source()`,
  `CREATE TRIGGER situation_match_documents_added AFTER INSERT ON situation_match_document REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_documents_added()`,
  `CREATE TRIGGER situation_match_documents_removed AFTER DELETE ON situation_match_document REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION situation_match_documents_removed()`,
  `CREATE TRIGGER situation_match_terms_added AFTER INSERT ON situation_match_term REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_terms_added()`,
  `CREATE TRIGGER situation_match_terms_removed AFTER DELETE ON situation_match_term REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION situation_match_terms_removed()`,
];

export const MATCH_INDEX_DROPS = [
  `DROP TRIGGER situation_match_terms_removed ON situation_match_term`,
  `DROP TRIGGER situation_match_terms_added ON situation_match_term`,
  `DROP TRIGGER situation_match_documents_removed ON situation_match_document`,
  `DROP TRIGGER situation_match_documents_added ON situation_match_document`,
  `DROP TRIGGER situation_match_reply ON reply`,
  `DROP TRIGGER situation_match_example ON situation_example`,
  `DROP TRIGGER situation_match_situation ON situation`,
  `DROP FUNCTION situation_match_terms_removed()`,
  `DROP FUNCTION situation_match_terms_added()`,
  `DROP FUNCTION situation_match_documents_removed()`,
  `DROP FUNCTION situation_match_documents_added()`,
  `DROP FUNCTION situation_match_on_source()`,
  `DROP FUNCTION situation_match_on_situation()`,
  `DROP FUNCTION situation_match_rebuild(uuid)`,
  `DROP FUNCTION situation_match_add_sources(uuid[])`,
  `DROP FUNCTION situation_match_lexemes(text)`,
];
