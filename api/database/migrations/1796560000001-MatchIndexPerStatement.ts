import type { MigrationInterface, QueryRunner } from 'typeorm';

const SOURCES = [
  { table: 'situation', trigger: 'situation_match_situation', rowFunction: 'situation_match_on_situation', rowEvents: 'UPDATE' },
  { table: 'situation_example', trigger: 'situation_match_example', rowFunction: 'situation_match_on_source', rowEvents: 'UPDATE OR DELETE' },
  { table: 'reply', trigger: 'situation_match_reply', rowFunction: 'situation_match_on_source', rowEvents: 'UPDATE OR DELETE' },
] as const;

/**
 * New situations, examples and replies are indexed once per statement instead of once per row: the
 * per-row triggers each ran situation_match_add_sources for one row, and with it the statement
 * triggers of the documents, terms and counters, so an import of 3,000 situations ran them 12,000
 * times. Now an INSERT of any number of rows indexes them all with one call of the same function,
 * over its transition table, in the same statement (and so the same transaction) as before. Updates
 * and deletes keep their per-row triggers, unchanged.
 */
export class MatchIndexPerStatement1796560000001 implements MigrationInterface {
  name = 'MatchIndexPerStatement1796560000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION situation_match_on_sources_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM situation_match_add_sources(ARRAY(SELECT id FROM added));
        RETURN NULL;
      END $$`);
    for (const { table, trigger, rowFunction, rowEvents } of SOURCES) {
      await queryRunner.query(`DROP TRIGGER ${trigger} ON ${table}`);
      await queryRunner.query(`CREATE TRIGGER ${trigger} AFTER ${rowEvents} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${rowFunction}()`);
      await queryRunner.query(
        `CREATE TRIGGER ${trigger}_added AFTER INSERT ON ${table} REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION situation_match_on_sources_added()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const { table, trigger, rowFunction, rowEvents } of SOURCES) {
      await queryRunner.query(`DROP TRIGGER ${trigger}_added ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${trigger} ON ${table}`);
      await queryRunner.query(`CREATE TRIGGER ${trigger} AFTER INSERT OR ${rowEvents} ON ${table} FOR EACH ROW EXECUTE FUNCTION ${rowFunction}()`);
    }
    await queryRunner.query('DROP FUNCTION situation_match_on_sources_added()');
  }
}
