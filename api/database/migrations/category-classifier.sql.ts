/**
 * The SQL behind migration CategoryClassifier: the word counts of each category of the curated base
 * (situation_match_category_term, situation_match_category), kept by triggers on the match documents,
 * for the category classifier of the matcher (api/modules/matching/category-classifier.ts). A
 * document carries its situation's category, so that it is counted out of it when it leaves, and a
 * situation whose category changes is indexed again. A later change is a new migration.
 */
import { CONFIRMED_MATCH_FUNCTIONS } from './confirmed-match-documents.sql';
import { MATCH_INDEX_FUNCTIONS } from './match-index.sql';

const addSources = `
CREATE OR REPLACE FUNCTION situation_match_add_sources(origins uuid[]) RETURNS void LANGUAGE sql AS $$
  -- Set-based, so that a bulk rebuild is one INSERT and the statement triggers run once.
  INSERT INTO situation_match_document (client_id, situation_id, kind, category, source_id, text, lexemes)
  SELECT s.client_id, s.id, 'TITLE', s.category, s.id, s.title, situation_match_lexemes(s.title)
    FROM situation s WHERE s.id = ANY(origins) AND NOT s.is_archived
  UNION ALL
  SELECT e.client_id, e.situation_id, CASE e.source WHEN 'CONFIRMED' THEN 'CONFIRMED' ELSE 'EXAMPLE' END, s.category, e.id, e.text, situation_match_lexemes(e.text)
    FROM situation_example e JOIN situation s ON s.id = e.situation_id WHERE e.id = ANY(origins) AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'REPLY', s.category, r.id, r.text, situation_match_lexemes(r.text)
    FROM reply r JOIN situation s ON s.id = r.situation_id WHERE r.id = ANY(origins) AND r.status <> 'RETIRED' AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'THESIS', s.category, r.id, thesis, situation_match_lexemes(thesis)
    FROM reply r JOIN situation s ON s.id = r.situation_id CROSS JOIN LATERAL unnest(r.theses) AS thesis
    WHERE r.id = ANY(origins) AND r.status <> 'RETIRED' AND NOT s.is_archived AND btrim(thesis) <> ''
$$`;

const onSituation = `
CREATE OR REPLACE FUNCTION situation_match_on_situation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM situation_match_add_sources(ARRAY[NEW.id]);
  ELSIF NEW.title IS DISTINCT FROM OLD.title OR NEW.is_archived IS DISTINCT FROM OLD.is_archived OR NEW.category IS DISTINCT FROM OLD.category THEN
    PERFORM situation_match_rebuild(NEW.id);
  END IF;
  RETURN NULL;
END $$`;

// Confirmed examples are real posts, counted apart (their case's category is the people's word, not the base's).
const onCategoriesAdded = `
CREATE FUNCTION situation_match_categories_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO situation_match_category (client_id, category, kind, document_count, lexeme_count)
    SELECT client_id, category, kind, count(*), sum(cardinality(lexemes)) FROM added WHERE kind <> 'CONFIRMED'
    GROUP BY client_id, category, kind ORDER BY client_id, category, kind
    ON CONFLICT (client_id, category, kind) DO UPDATE SET document_count = situation_match_category.document_count + excluded.document_count,
      lexeme_count = situation_match_category.lexeme_count + excluded.lexeme_count;
  INSERT INTO situation_match_category_term (client_id, term, category, kind, document_count)
    SELECT d.client_id, term, d.category, d.kind, count(*) FROM added d CROSS JOIN LATERAL unnest(d.lexemes) AS term WHERE d.kind <> 'CONFIRMED'
    GROUP BY d.client_id, term, d.category, d.kind ORDER BY 1, 2, 3, 4 -- one lock order: concurrent imports do not deadlock
    ON CONFLICT (client_id, term, category, kind) DO UPDATE SET document_count = situation_match_category_term.document_count + excluded.document_count;
  RETURN NULL;
END $$`;

const onCategoriesRemoved = `
CREATE FUNCTION situation_match_categories_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE situation_match_category AS counted SET document_count = counted.document_count - gone.documents, lexeme_count = counted.lexeme_count - gone.lexemes
    FROM (SELECT client_id, category, kind, count(*) AS documents, sum(cardinality(lexemes)) AS lexemes FROM removed WHERE kind <> 'CONFIRMED'
          GROUP BY client_id, category, kind ORDER BY client_id, category, kind) AS gone
    WHERE counted.client_id = gone.client_id AND counted.category = gone.category AND counted.kind = gone.kind;
  UPDATE situation_match_category_term AS counted SET document_count = counted.document_count - gone.documents
    FROM (SELECT d.client_id, term, d.category, d.kind, count(*) AS documents FROM removed d CROSS JOIN LATERAL unnest(d.lexemes) AS term
          WHERE d.kind <> 'CONFIRMED' GROUP BY d.client_id, term, d.category, d.kind ORDER BY 1, 2, 3, 4) AS gone
    WHERE counted.client_id = gone.client_id AND counted.term = gone.term AND counted.category = gone.category AND counted.kind = gone.kind;
  RETURN NULL;
END $$`;

export const CATEGORY_CLASSIFIER_FUNCTIONS = [
  addSources,
  onSituation,
  onCategoriesAdded,
  onCategoriesRemoved,
  `CREATE TRIGGER situation_match_categories_added AFTER INSERT ON situation_match_document REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_categories_added()`,
  `CREATE TRIGGER situation_match_categories_removed AFTER DELETE ON situation_match_document REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION situation_match_categories_removed()`,
];

/** The functions as migrations MatchIndex and ConfirmedMatchDocuments left them, for the way down. */
export const CATEGORY_CLASSIFIER_DROPS = [
  `DROP TRIGGER situation_match_categories_removed ON situation_match_document`,
  `DROP TRIGGER situation_match_categories_added ON situation_match_document`,
  `DROP FUNCTION situation_match_categories_removed()`,
  `DROP FUNCTION situation_match_categories_added()`,
  CONFIRMED_MATCH_FUNCTIONS.find((statement) => statement.includes('FUNCTION situation_match_add_sources('))!,
  MATCH_INDEX_FUNCTIONS.find((statement) => statement.includes('CREATE FUNCTION situation_match_on_situation('))!.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'),
];

/** Derived rows only: emptied before the documents gain their category, and made again from the base. */
export const CLEAR_MATCH_INDEX = `TRUNCATE situation_match_term, situation_match_document, situation_match_gram, situation_match_vocabulary, situation_match_corpus`;
export const REBUILD_MATCH_DOCUMENTS = `SELECT situation_match_rebuild(id) FROM situation`;
