/**
 * The SQL behind migration MatchIndexLockOrder. Every change of a client's match documents updates
 * counters that all of that client's writers share (the corpus row, vocabulary, trigram and category
 * rows), one statement at a time: an edit that adds two examples locks the counters of its terms in
 * two statements, and two editors whose words cross wait for each other (PostgreSQL's "deadlock
 * detected"). Sorting inside one statement cannot help across statements. So the first change of a
 * transaction to a client's documents takes that client's index lock, before any counter: the
 * writers of one client then meet at this one lock, in one order. They were already serialised by
 * the corpus row, which each of them updated and held until commit; the lock is only taken earlier.
 * A later change is a new migration.
 */

const lockClient = `
CREATE FUNCTION situation_match_lock_client() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Held until the transaction ends; taking it again in the same transaction costs nothing.
  PERFORM pg_advisory_xact_lock(hashtextextended('match-index:' || CASE TG_OP WHEN 'DELETE' THEN OLD.client_id ELSE NEW.client_id END, 0));
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$`;

export const MATCH_INDEX_LOCK_ORDER = [
  lockClient,
  `CREATE TRIGGER situation_match_lock_client BEFORE INSERT OR DELETE ON situation_match_document FOR EACH ROW EXECUTE FUNCTION situation_match_lock_client()`,
];

export const MATCH_INDEX_LOCK_ORDER_DROPS = [
  `DROP TRIGGER situation_match_lock_client ON situation_match_document`,
  `DROP FUNCTION situation_match_lock_client()`,
];
