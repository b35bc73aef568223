-- The match index's SQL functions and triggers as the migrations have left them: a readable copy, to
-- read, not to run. The text each one has in the database (pg_get_functiondef, pg_get_triggerdef),
-- checked by tests/api/match-index-sql.test.ts; a change is a new migration, then this copy again.
-- Written by the migrations MatchIndex, MatchAbbreviations, ConfirmedMatchDocuments, CategoryClassifier,
-- MatchIndexLockOrder, LearnedMatchModels, MatchIndexPerStatement and
-- MatchIndexBulkWrites (api/database/migrations, with their *.sql.ts).

CREATE OR REPLACE FUNCTION public.situation_match_lexemes(content text)
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  -- The russian configuration stems words and drops stop words; ё is folded to е first so both spellings meet,
  -- reply placeholders are not words, and bare numbers say nothing about which situation a post is.
  SELECT coalesce(array_agg(lexeme ORDER BY lexeme), '{}')
  FROM unnest(tsvector_to_array(to_tsvector('russian'::regconfig,
    replace(lower(regexp_replace(situation_match_abbreviations(coalesce(content, '')), '\{(name|brand)\}', ' ', 'g')), 'ё', 'е')))) AS lexeme
  WHERE lexeme !~ '^[0-9.,:/-]+$'
$function$;

CREATE OR REPLACE FUNCTION public.situation_match_add_sources(origins uuid[])
 RETURNS void
 LANGUAGE sql
AS $function$
  -- Set-based, so that a bulk rebuild is one INSERT and the statement triggers run once; each id is looked up by its key.
  INSERT INTO situation_match_document (client_id, situation_id, kind, category, source_id, text, lexemes)
  WITH origin AS MATERIALIZED (SELECT DISTINCT id FROM unnest(origins) AS id)
  SELECT s.client_id, s.id, 'TITLE', s.category, s.id, s.title, situation_match_lexemes(s.title)
    FROM origin o JOIN situation s ON s.id = o.id WHERE NOT s.is_archived
  UNION ALL
  SELECT e.client_id, e.situation_id, CASE e.source WHEN 'CONFIRMED' THEN 'CONFIRMED' ELSE 'EXAMPLE' END, CASE e.source WHEN 'CONFIRMED' THEN coalesce(mc.category, s.category) ELSE s.category END, e.id, e.text, situation_match_lexemes(e.text)
    FROM origin o JOIN situation_example e ON e.id = o.id JOIN situation s ON s.id = e.situation_id LEFT JOIN mention_case mc ON mc.id = e.case_id WHERE NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'REPLY', s.category, r.id, r.text, situation_match_lexemes(r.text)
    FROM origin o JOIN reply r ON r.id = o.id JOIN situation s ON s.id = r.situation_id WHERE r.status <> 'RETIRED' AND NOT s.is_archived
  UNION ALL
  SELECT r.client_id, r.situation_id, 'THESIS', s.category, r.id, thesis, situation_match_lexemes(thesis)
    FROM origin o JOIN reply r ON r.id = o.id JOIN situation s ON s.id = r.situation_id CROSS JOIN LATERAL unnest(r.theses) AS thesis
    WHERE r.status <> 'RETIRED' AND NOT s.is_archived AND btrim(thesis) <> ''
$function$;

CREATE OR REPLACE FUNCTION public.situation_match_rebuild(target uuid)
 RETURNS void
 LANGUAGE sql
AS $function$
  DELETE FROM situation_match_document WHERE situation_id = target;
  SELECT situation_match_add_sources(ARRAY[target]
    || ARRAY(SELECT id FROM situation_example WHERE situation_id = target)
    || ARRAY(SELECT id FROM reply WHERE situation_id = target));
$function$;

CREATE OR REPLACE FUNCTION public.situation_match_on_situation()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM situation_match_add_sources(ARRAY[NEW.id]);
  ELSIF NEW.title IS DISTINCT FROM OLD.title OR NEW.is_archived IS DISTINCT FROM OLD.is_archived OR NEW.category IS DISTINCT FROM OLD.category THEN
    PERFORM situation_match_rebuild(NEW.id);
  END IF;
  RETURN NULL;
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_on_source()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    DELETE FROM situation_match_document WHERE source_id = OLD.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM situation_match_add_sources(ARRAY[NEW.id]);
  END IF;
  RETURN NULL;
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_documents_added()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  -- In the documents' order, lexemes in theirs: postings of a term are read in this order, LIMIT n.
  INSERT INTO situation_match_term (document_id, term, client_id, situation_id, confirmed)
    SELECT d.id, term, d.client_id, d.situation_id, d.kind = 'CONFIRMED' FROM added d CROSS JOIN LATERAL unnest(d.lexemes) AS term;
  INSERT INTO situation_match_corpus (client_id, document_count, confirmed_count)
    SELECT client_id, count(*) FILTER (WHERE kind <> 'CONFIRMED'), count(*) FILTER (WHERE kind = 'CONFIRMED') FROM added GROUP BY client_id
    ON CONFLICT (client_id) DO UPDATE SET document_count = situation_match_corpus.document_count + excluded.document_count,
      confirmed_count = situation_match_corpus.confirmed_count + excluded.confirmed_count;
  RETURN NULL;
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_documents_removed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  -- What the postings' foreign key did (ON DELETE CASCADE), once per statement instead of once per document.
  DELETE FROM situation_match_term AS posting USING removed WHERE posting.document_id = removed.id;
  UPDATE situation_match_corpus AS corpus
    SET document_count = corpus.document_count - gone.curated, confirmed_count = corpus.confirmed_count - gone.confirmed
    FROM (SELECT client_id, count(*) FILTER (WHERE kind <> 'CONFIRMED') AS curated, count(*) FILTER (WHERE kind = 'CONFIRMED') AS confirmed
          FROM removed GROUP BY client_id) AS gone
    WHERE corpus.client_id = gone.client_id;
  RETURN NULL;
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_terms_added()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_terms_removed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  UPDATE situation_match_vocabulary AS vocabulary
    SET document_count = vocabulary.document_count - gone.curated, confirmed_count = vocabulary.confirmed_count - gone.confirmed
    FROM (SELECT client_id, term, count(*) FILTER (WHERE NOT confirmed) AS curated, count(*) FILTER (WHERE confirmed) AS confirmed
          FROM removed GROUP BY client_id, term ORDER BY client_id, term) AS gone
    WHERE vocabulary.client_id = gone.client_id AND vocabulary.term = gone.term;
  RETURN NULL;
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_abbreviations(content text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT CASE
    WHEN strpos(content, 'ТО') = 0 THEN content -- neither abbreviation can occur: the common case, and the cheap one
    WHEN length(regexp_replace(content, '[^А-ЯЁA-Z]', '', 'g')) * 2 > length(regexp_replace(content, '[^А-Яа-яЁёA-Za-z]', '', 'g')) THEN content
    ELSE regexp_replace(regexp_replace(content,
      '(^|[^А-Яа-яЁёA-Za-z0-9])ТО(?=[^А-Яа-яЁёA-Za-z]|$)', '\1техобслуживание ', 'g'),
      '(^|[^А-Яа-яЁёA-Za-z0-9])СТО(?=[^А-Яа-яЁёA-Za-z]|$)', '\1автосервис ', 'g')
  END
$function$;

CREATE OR REPLACE FUNCTION public.situation_match_categories_added()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO situation_match_category (client_id, category, kind, document_count, lexeme_count)
    SELECT client_id, category, kind, count(*), sum(cardinality(lexemes)) FROM added
    GROUP BY client_id, category, kind ORDER BY client_id, category, kind
    ON CONFLICT (client_id, category, kind) DO UPDATE SET document_count = situation_match_category.document_count + excluded.document_count,
      lexeme_count = situation_match_category.lexeme_count + excluded.lexeme_count;
  INSERT INTO situation_match_category_term (client_id, term, category, kind, document_count)
    SELECT d.client_id, term, d.category, d.kind, count(*) FROM added d CROSS JOIN LATERAL unnest(d.lexemes) AS term
    GROUP BY d.client_id, term, d.category, d.kind ORDER BY 1, 2, 3, 4 -- one lock order: concurrent imports do not deadlock
    ON CONFLICT (client_id, term, category, kind) DO UPDATE SET document_count = situation_match_category_term.document_count + excluded.document_count;
  RETURN NULL;
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_categories_removed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  UPDATE situation_match_category AS counted SET document_count = counted.document_count - gone.documents, lexeme_count = counted.lexeme_count - gone.lexemes
    FROM (SELECT client_id, category, kind, count(*) AS documents, sum(cardinality(lexemes)) AS lexemes FROM removed
          GROUP BY client_id, category, kind ORDER BY client_id, category, kind) AS gone
    WHERE counted.client_id = gone.client_id AND counted.category = gone.category AND counted.kind = gone.kind;
  UPDATE situation_match_category_term AS counted SET document_count = counted.document_count - gone.documents
    FROM (SELECT d.client_id, term, d.category, d.kind, count(*) AS documents FROM removed d CROSS JOIN LATERAL unnest(d.lexemes) AS term
           GROUP BY d.client_id, term, d.category, d.kind ORDER BY 1, 2, 3, 4) AS gone
    WHERE counted.client_id = gone.client_id AND counted.term = gone.term AND counted.category = gone.category AND counted.kind = gone.kind;
  RETURN NULL;
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_lock_client()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  -- Held until the transaction ends; taking it again in the same transaction costs nothing.
  PERFORM pg_advisory_xact_lock(hashtextextended('match-index:' || CASE TG_OP WHEN 'DELETE' THEN OLD.client_id ELSE NEW.client_id END, 0));
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_learned_added()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_learned_removed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
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
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_on_case_category()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  -- The case's confirmed post is indexed again under the category a person gave the case.
  DELETE FROM situation_match_document d USING situation_example e
    WHERE e.case_id = NEW.id AND e.source = 'CONFIRMED' AND d.source_id = e.id;
  PERFORM situation_match_add_sources(ARRAY(SELECT id FROM situation_example WHERE case_id = NEW.id AND source = 'CONFIRMED'));
  RETURN NULL;
END $function$;

CREATE OR REPLACE FUNCTION public.situation_match_on_sources_added()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
      BEGIN
        PERFORM situation_match_add_sources(ARRAY(SELECT id FROM added));
        RETURN NULL;
      END $function$;

CREATE TRIGGER situation_match_case_category AFTER UPDATE OF category ON public.mention_case FOR EACH ROW WHEN ((old.category IS DISTINCT FROM new.category)) EXECUTE FUNCTION situation_match_on_case_category();
CREATE TRIGGER situation_match_reply AFTER DELETE OR UPDATE ON public.reply FOR EACH ROW EXECUTE FUNCTION situation_match_on_source();
CREATE TRIGGER situation_match_reply_added AFTER INSERT ON public.reply REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_on_sources_added();
CREATE TRIGGER situation_match_situation AFTER UPDATE ON public.situation FOR EACH ROW EXECUTE FUNCTION situation_match_on_situation();
CREATE TRIGGER situation_match_situation_added AFTER INSERT ON public.situation REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_on_sources_added();
CREATE TRIGGER situation_match_example AFTER DELETE OR UPDATE ON public.situation_example FOR EACH ROW EXECUTE FUNCTION situation_match_on_source();
CREATE TRIGGER situation_match_example_added AFTER INSERT ON public.situation_example REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_on_sources_added();
CREATE TRIGGER situation_match_categories_added AFTER INSERT ON public.situation_match_document REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_categories_added();
CREATE TRIGGER situation_match_categories_removed AFTER DELETE ON public.situation_match_document REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION situation_match_categories_removed();
CREATE TRIGGER situation_match_documents_added AFTER INSERT ON public.situation_match_document REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_documents_added();
CREATE TRIGGER situation_match_documents_removed AFTER DELETE ON public.situation_match_document REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION situation_match_documents_removed();
CREATE TRIGGER situation_match_learned_added AFTER INSERT ON public.situation_match_document REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_learned_added();
CREATE TRIGGER situation_match_learned_removed AFTER DELETE ON public.situation_match_document REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION situation_match_learned_removed();
CREATE TRIGGER situation_match_lock_client BEFORE INSERT OR DELETE ON public.situation_match_document FOR EACH ROW EXECUTE FUNCTION situation_match_lock_client();
CREATE TRIGGER situation_match_terms_added AFTER INSERT ON public.situation_match_term REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_terms_added();
CREATE TRIGGER situation_match_terms_removed AFTER DELETE ON public.situation_match_term REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION situation_match_terms_removed();
