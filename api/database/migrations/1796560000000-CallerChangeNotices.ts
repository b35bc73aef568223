import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The channel API processes LISTEN on (api/auth/caller-cache.ts). */
export const CALLER_CHANNEL = 'repbase_callers';

const CALLER_TABLES = ['"user"', 'membership', 'client'];

/**
 * Every committed change to who may call (users, their memberships, clients) is announced on one
 * channel, so that each API process drops the callers it remembered before the next request. One
 * notice per statement: PostgreSQL folds identical notices of a transaction into one, sent at commit
 * (a rolled-back change announces nothing). API keys need none: their lookup runs on every request,
 * in the statement that counts the request against the key's quota.
 */
export class CallerChangeNotices1796560000000 implements MigrationInterface {
  name = 'CallerChangeNotices1796560000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION caller_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${CALLER_CHANNEL}', '');
        RETURN NULL;
      END $$`);
    for (const table of CALLER_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER caller_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION caller_changed()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of CALLER_TABLES) await queryRunner.query(`DROP TRIGGER caller_changed ON ${table}`);
    await queryRunner.query('DROP FUNCTION caller_changed()');
  }
}
