/**
 * The SQL behind migration MatchLinearModel: a discriminative model per client, learned from the team's
 * answered cases (README, "How matching works"). Its features are a text's stems, its pairs of
 * neighbouring stems and the character trigrams of its stems, each kind normalised to unit length.
 * Per client, feature and situation it keeps two weights: `positive`, summed from the confirmed posts of
 * the situation, and `negative`, summed from the confirmed posts the matcher had suggested the situation
 * for when a person chose another (a perceptron's update on a mistake). The ranking fuses them with the
 * retrieval's score, at a balance chosen inside the evaluation's folds (matching.ranking.ts).
 * A confirmed example carries the situation the case had when it was confirmed (the matcher's
 * suggestion), so the model is a function of the confirmed examples: the triggers of the statement that
 * writes an example apply its lesson in one set-based INSERT (answering a case sends no statement more),
 * removing or moving an example takes it back, and situation_match_model_rebuild(client) recomputes a
 * client's model in full. A later change is a new migration.
 */

const NORMALISED = `replace(lower(regexp_replace(situation_match_abbreviations(coalesce(content, '')), '\\{(name|brand)\\}', ' ', 'g')), 'ё', 'е')`;

export const MATCH_LINEAR_MODEL = [
  `CREATE TABLE situation_match_model_weight (
    client_id uuid NOT NULL REFERENCES client(id) ON DELETE CASCADE,
    feature text NOT NULL,
    situation_id uuid NOT NULL REFERENCES situation(id) ON DELETE CASCADE,
    positive float8 NOT NULL DEFAULT 0,
    negative float8 NOT NULL DEFAULT 0,
    PRIMARY KEY (client_id, feature, situation_id)
  )`,
  `CREATE INDEX situation_match_model_weight_situation ON situation_match_model_weight (situation_id)`,
  `ALTER TABLE situation_example ADD COLUMN suggested_situation_id uuid NULL REFERENCES situation(id) ON DELETE SET NULL`,
  `CREATE OR REPLACE FUNCTION situation_match_features(content text) RETURNS TABLE(feature text, weight float8) LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  -- Stems as situation_match_lexemes reads them, in the order the text says them (for the pairs).
  WITH token AS (
    SELECT t.lexeme, p.position
    FROM unnest(to_tsvector('russian'::regconfig, ${NORMALISED})) AS t(lexeme, positions, weights)
    CROSS JOIN LATERAL unnest(t.positions) AS p(position)
    WHERE t.lexeme !~ '^[0-9.,:/-]+$'
  ),
  listed AS (
    SELECT 'w' AS kind, 'w ' || lexeme AS feature FROM token
    UNION
    SELECT 'p', 'p ' || lexeme || ' ' || next FROM (SELECT lexeme, lead(lexeme) OVER (ORDER BY position) AS next FROM token) AS pair WHERE next IS NOT NULL
    UNION
    SELECT 'g', 'g ' || gram FROM (SELECT DISTINCT lexeme FROM token) AS stem CROSS JOIN LATERAL unnest(show_trgm(stem.lexeme)) AS gram
  )
  -- Each kind at unit length: a long post does not outweigh a short one, and trigrams (many) do not drown stems.
  SELECT feature, 1 / sqrt(count(*) OVER (PARTITION BY kind)) FROM listed
$$`,
  `CREATE OR REPLACE FUNCTION situation_match_model_learn(clients uuid[], situations uuid[], suggested uuid[], texts text[], direction float8) RETURNS void LANGUAGE sql AS $$
  -- One set-based step for any number of examples: each adds its features to its situation's positive
  -- weights and, when the matcher had suggested another situation, to that one's negative weights.
  INSERT INTO situation_match_model_weight AS w (client_id, feature, situation_id, positive, negative)
  SELECT client_id, feature, situation_id, sum(positive), sum(negative) FROM (
    SELECT e.client_id, f.feature, target.situation_id,
      CASE WHEN target.mistaken THEN 0 ELSE direction * f.weight END AS positive,
      CASE WHEN target.mistaken THEN direction * f.weight ELSE 0 END AS negative
    FROM unnest(clients, situations, suggested, texts) AS e(client_id, situation_id, suggested_id, text)
    CROSS JOIN LATERAL situation_match_features(e.text) AS f
    CROSS JOIN LATERAL (VALUES (e.situation_id, false), (CASE WHEN e.suggested_id <> e.situation_id THEN e.suggested_id END, true)) AS target(situation_id, mistaken)
    -- A situation being deleted takes its weights with it (and its examples, whose removal lands here).
    JOIN situation s ON s.id = target.situation_id
  ) AS lesson
  GROUP BY client_id, feature, situation_id ORDER BY client_id, feature, situation_id
  ON CONFLICT (client_id, feature, situation_id) DO UPDATE SET positive = w.positive + excluded.positive, negative = w.negative + excluded.negative
$$`,
  `CREATE OR REPLACE FUNCTION situation_match_model_rebuild(target uuid) RETURNS void LANGUAGE sql AS $$
  DELETE FROM situation_match_model_weight WHERE client_id = target;
  SELECT situation_match_model_learn(array_agg(client_id ORDER BY id), array_agg(situation_id ORDER BY id), array_agg(suggested_situation_id ORDER BY id), array_agg(text ORDER BY id), 1)
  FROM situation_example WHERE client_id = target AND source = 'CONFIRMED';
$$`,
  `CREATE OR REPLACE FUNCTION situation_match_model_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM situation_match_model_learn(array_agg(client_id), array_agg(situation_id), array_agg(suggested_situation_id), array_agg(text), 1)
    FROM added WHERE source = 'CONFIRMED';
  RETURN NULL;
END $$`,
  `CREATE OR REPLACE FUNCTION situation_match_model_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM situation_match_model_learn(array_agg(client_id), array_agg(situation_id), array_agg(suggested_situation_id), array_agg(text), -1)
    FROM removed WHERE source = 'CONFIRMED';
  RETURN NULL;
END $$`,
  `CREATE OR REPLACE FUNCTION situation_match_model_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A person moved a confirmed post to another situation: its lesson is taken back and taught again.
  IF OLD.source = 'CONFIRMED' THEN
    PERFORM situation_match_model_learn(ARRAY[OLD.client_id], ARRAY[OLD.situation_id], ARRAY[OLD.suggested_situation_id], ARRAY[OLD.text], -1);
  END IF;
  IF NEW.source = 'CONFIRMED' THEN
    PERFORM situation_match_model_learn(ARRAY[NEW.client_id], ARRAY[NEW.situation_id], ARRAY[NEW.suggested_situation_id], ARRAY[NEW.text], 1);
  END IF;
  RETURN NULL;
END $$`,
  `CREATE TRIGGER situation_match_model_added AFTER INSERT ON situation_example REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_model_added()`,
  `CREATE TRIGGER situation_match_model_removed AFTER DELETE ON situation_example REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION situation_match_model_removed()`,
  `CREATE TRIGGER situation_match_model_moved AFTER UPDATE OF situation_id, text, source ON situation_example FOR EACH ROW
    WHEN (OLD.situation_id IS DISTINCT FROM NEW.situation_id OR OLD.text IS DISTINCT FROM NEW.text OR OLD.source IS DISTINCT FROM NEW.source)
    EXECUTE FUNCTION situation_match_model_moved()`,
  // What confirmed examples already hold is learned once.
  `SELECT situation_match_model_rebuild(id) FROM client`,
];

export const MATCH_LINEAR_MODEL_DROPS = [
  'DROP TRIGGER situation_match_model_moved ON situation_example',
  'DROP TRIGGER situation_match_model_removed ON situation_example',
  'DROP TRIGGER situation_match_model_added ON situation_example',
  'DROP FUNCTION situation_match_model_moved()',
  'DROP FUNCTION situation_match_model_removed()',
  'DROP FUNCTION situation_match_model_added()',
  'DROP FUNCTION situation_match_model_rebuild(uuid)',
  'DROP FUNCTION situation_match_model_learn(uuid[], uuid[], uuid[], text[], float8)',
  'DROP FUNCTION situation_match_features(text)',
  'ALTER TABLE situation_example DROP COLUMN suggested_situation_id',
  'DROP TABLE situation_match_model_weight',
];
