/**
 * The SQL behind migration LearnedMatchModels: confirmed posts (real posts a person answered with a
 * situation's reply, or whose situation they corrected) train the matcher's models instead of only
 * standing as nearest neighbours.
 * - Per situation, how many of its confirmed posts hold each term, and how many posts and lexemes it
 *   has in all (situation_match_learned_term / _total): the situations' word models read them beside
 *   the curated documents (situation-model.ts).
 * - The category classifier's counts take confirmed posts in, under their own kind, so the classifier
 *   weighs them apart from the curated documents (category-classifier.ts).
 * - A confirmed post carries its case's category, which people correct on the case page; a correction
 *   indexes the post again (a trigger on mention_case), so the correction teaches the category model.
 * All of it happens in the triggers of the statements that write the example or the case: answering a
 * case sends no statement more. A later change is a new migration.
 */

const addSources = (confirmedCategory: string) => `
CREATE OR REPLACE FUNCTION situation_match_add_sources(origins uuid[]) RETURNS void LANGUAGE sql AS $$
  -- Set-based, so that a bulk rebuild is one INSERT and the statement triggers run once.
  INSERT INTO situation_match_document (client_id, situation_id, kind, category, source_id, text, lexemes)
  SELECT s.client_id, s.id, 'TITLE', s.category, s.id, s.title, situation_match_lexemes(s.title)
    FROM situation s WHERE s.id = ANY(origins) AND NOT s.is_archived
  UNION ALL
  SELECT e.client_id, e.situation_id, CASE e.source WHEN 'CONFIRMED' THEN 'CONFIRMED' ELSE 'EXAMPLE' END, ${confirmedCategory}, e.id, e.text, situation_match_lexemes(e.text)
    FROM situation_example e JOIN situation s ON s.id = e.situation_id${confirmedCategory === 's.category' ? '' : ' LEFT JOIN mention_case mc ON mc.id = e.case_id'} WHERE e.id = ANY(origins) AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'REPLY', s.category, r.id, r.text, situation_match_lexemes(r.text)
    FROM reply r JOIN situation s ON s.id = r.situation_id WHERE r.id = ANY(origins) AND r.status <> 'RETIRED' AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'THESIS', s.category, r.id, thesis, situation_match_lexemes(thesis)
    FROM reply r JOIN situation s ON s.id = r.situation_id CROSS JOIN LATERAL unnest(r.theses) AS thesis
    WHERE r.id = ANY(origins) AND r.status <> 'RETIRED' AND NOT s.is_archived AND btrim(thesis) <> ''
$$`;

const categoriesAdded = (only: string) => `
CREATE OR REPLACE FUNCTION situation_match_categories_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO situation_match_category (client_id, category, kind, document_count, lexeme_count)
    SELECT client_id, category, kind, count(*), sum(cardinality(lexemes)) FROM added${only}
    GROUP BY client_id, category, kind ORDER BY client_id, category, kind
    ON CONFLICT (client_id, category, kind) DO UPDATE SET document_count = situation_match_category.document_count + excluded.document_count,
      lexeme_count = situation_match_category.lexeme_count + excluded.lexeme_count;
  INSERT INTO situation_match_category_term (client_id, term, category, kind, document_count)
    SELECT d.client_id, term, d.category, d.kind, count(*) FROM added d CROSS JOIN LATERAL unnest(d.lexemes) AS term${only.replace('kind', 'd.kind')}
    GROUP BY d.client_id, term, d.category, d.kind ORDER BY 1, 2, 3, 4 -- one lock order: concurrent imports do not deadlock
    ON CONFLICT (client_id, term, category, kind) DO UPDATE SET document_count = situation_match_category_term.document_count + excluded.document_count;
  RETURN NULL;
END $$`;

const categoriesRemoved = (only: string) => `
CREATE OR REPLACE FUNCTION situation_match_categories_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE situation_match_category AS counted SET document_count = counted.document_count - gone.documents, lexeme_count = counted.lexeme_count - gone.lexemes
    FROM (SELECT client_id, category, kind, count(*) AS documents, sum(cardinality(lexemes)) AS lexemes FROM removed${only}
          GROUP BY client_id, category, kind ORDER BY client_id, category, kind) AS gone
    WHERE counted.client_id = gone.client_id AND counted.category = gone.category AND counted.kind = gone.kind;
  UPDATE situation_match_category_term AS counted SET document_count = counted.document_count - gone.documents
    FROM (SELECT d.client_id, term, d.category, d.kind, count(*) AS documents FROM removed d CROSS JOIN LATERAL unnest(d.lexemes) AS term
          ${only.trim().replace('kind', 'd.kind')} GROUP BY d.client_id, term, d.category, d.kind ORDER BY 1, 2, 3, 4) AS gone
    WHERE counted.client_id = gone.client_id AND counted.term = gone.term AND counted.category = gone.category AND counted.kind = gone.kind;
  RETURN NULL;
END $$`;

const learnedAdded = `
CREATE FUNCTION situation_match_learned_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A post counts each of its terms once: one long post cannot make a word frequent in its situation.
  INSERT INTO situation_match_learned_total (client_id, situation_id, document_count, lexeme_count)
    SELECT client_id, situation_id, count(*), sum(cardinality(lexemes)) FROM added WHERE kind = 'CONFIRMED'
    GROUP BY client_id, situation_id ORDER BY client_id, situation_id
    ON CONFLICT (client_id, situation_id) DO UPDATE SET document_count = situation_match_learned_total.document_count + excluded.document_count,
      lexeme_count = situation_match_learned_total.lexeme_count + excluded.lexeme_count;
  INSERT INTO situation_match_learned_term (client_id, situation_id, term, document_count)
    SELECT d.client_id, d.situation_id, term, count(*) FROM added d CROSS JOIN LATERAL unnest(d.lexemes) AS term WHERE d.kind = 'CONFIRMED'
    GROUP BY d.client_id, d.situation_id, term ORDER BY 1, 2, 3
    ON CONFLICT (client_id, situation_id, term) DO UPDATE SET document_count = situation_match_learned_term.document_count + excluded.document_count;
  RETURN NULL;
END $$`;

const learnedRemoved = `
CREATE FUNCTION situation_match_learned_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE situation_match_learned_total AS counted SET document_count = counted.document_count - gone.documents, lexeme_count = counted.lexeme_count - gone.lexemes
    FROM (SELECT client_id, situation_id, count(*) AS documents, sum(cardinality(lexemes)) AS lexemes FROM removed WHERE kind = 'CONFIRMED'
          GROUP BY client_id, situation_id ORDER BY client_id, situation_id) AS gone
    WHERE counted.client_id = gone.client_id AND counted.situation_id = gone.situation_id;
  UPDATE situation_match_learned_term AS counted SET document_count = counted.document_count - gone.documents
    FROM (SELECT d.client_id, d.situation_id, term, count(*) AS documents FROM removed d CROSS JOIN LATERAL unnest(d.lexemes) AS term
          WHERE d.kind = 'CONFIRMED' GROUP BY d.client_id, d.situation_id, term ORDER BY 1, 2, 3) AS gone
    WHERE counted.client_id = gone.client_id AND counted.situation_id = gone.situation_id AND counted.term = gone.term;
  RETURN NULL;
END $$`;

const caseRecategorised = `
CREATE FUNCTION situation_match_on_case_category() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The case's confirmed post is indexed again under the category a person gave the case.
  DELETE FROM situation_match_document d USING situation_example e
    WHERE e.case_id = NEW.id AND e.source = 'CONFIRMED' AND d.source_id = e.id;
  PERFORM situation_match_add_sources(ARRAY(SELECT id FROM situation_example WHERE case_id = NEW.id AND source = 'CONFIRMED'));
  RETURN NULL;
END $$`;

export const LEARNED_MATCH_MODELS = [
  `CREATE TABLE situation_match_learned_term (
    client_id uuid NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    situation_id uuid NOT NULL REFERENCES situation(id) ON DELETE CASCADE,
    term text NOT NULL,
    document_count int NOT NULL,
    PRIMARY KEY (client_id, situation_id, term))`,
  `CREATE TABLE situation_match_learned_total (
    client_id uuid NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    situation_id uuid NOT NULL REFERENCES situation(id) ON DELETE CASCADE,
    document_count int NOT NULL,
    lexeme_count int NOT NULL,
    PRIMARY KEY (client_id, situation_id))`,
  addSources(`CASE e.source WHEN 'CONFIRMED' THEN coalesce(mc.category, s.category) ELSE s.category END`),
  categoriesAdded(''),
  categoriesRemoved(''),
  learnedAdded,
  learnedRemoved,
  caseRecategorised,
  `CREATE TRIGGER situation_match_learned_added AFTER INSERT ON situation_match_document REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_learned_added()`,
  `CREATE TRIGGER situation_match_learned_removed AFTER DELETE ON situation_match_document REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION situation_match_learned_removed()`,
  `CREATE TRIGGER situation_match_case_category AFTER UPDATE OF category ON mention_case FOR EACH ROW WHEN (OLD.category IS DISTINCT FROM NEW.category) EXECUTE FUNCTION situation_match_on_case_category()`,
  // The confirmed posts already indexed are indexed again: their case's category, and the new counts.
  `DELETE FROM situation_match_document WHERE kind = 'CONFIRMED'`,
  `SELECT situation_match_add_sources(ARRAY(SELECT id FROM situation_example WHERE source = 'CONFIRMED'))`,
];

export const LEARNED_MATCH_MODELS_DROPS = [
  `DROP TRIGGER situation_match_case_category ON mention_case`,
  `DROP TRIGGER situation_match_learned_removed ON situation_match_document`,
  `DROP TRIGGER situation_match_learned_added ON situation_match_document`,
  `DROP FUNCTION situation_match_on_case_category()`,
  `DROP FUNCTION situation_match_learned_removed()`,
  `DROP FUNCTION situation_match_learned_added()`,
  `DELETE FROM situation_match_category_term WHERE kind = 'CONFIRMED'`,
  `DELETE FROM situation_match_category WHERE kind = 'CONFIRMED'`,
  categoriesAdded(` WHERE kind <> 'CONFIRMED'`),
  categoriesRemoved(` WHERE kind <> 'CONFIRMED'`),
  addSources('s.category'),
  `DROP TABLE situation_match_learned_total`,
  `DROP TABLE situation_match_learned_term`,
];
