import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CONFIRMED_MATCH_FUNCTIONS, PREVIOUS_MATCH_FUNCTIONS, REBUILD_MATCH_INDEX } from './confirmed-match-documents.sql';

/**
 * Confirmed examples indexed apart from the curated base (confirmed-match-documents.sql.ts): a
 * document kind of their own, flagged postings, counts of their own. The postings are looked up by
 * (client, term, confirmed), and a situation's curated documents by (situation, kind), so neither
 * read grows with the number of cases answered.
 */

export class ConfirmedMatchDocuments1795340901642 implements MigrationInterface {
  name = 'ConfirmedMatchDocuments1795340901642';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_e987e57c194b56c7b9240db3df"`);
    await queryRunner.query(`ALTER TABLE "situation_match_term" ADD "confirmed" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "situation_match_vocabulary" ADD "confirmed_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "situation_match_corpus" ADD "confirmed_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`CREATE INDEX "IDX_27675d7072d5688983c912e22e" ON "situation_match_document"  ("situation_id", "kind") `);
    // Hand-made from here.
    await queryRunner.query(`DROP INDEX "public"."situation_match_term_lookup"`);
    await queryRunner.query(`CREATE INDEX "situation_match_term_lookup" ON "situation_match_term" ("client_id", "term", "confirmed")`);
    for (const statement of CONFIRMED_MATCH_FUNCTIONS) await queryRunner.query(statement);
    for (const statement of REBUILD_MATCH_INDEX) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of PREVIOUS_MATCH_FUNCTIONS) await queryRunner.query(statement);
    await queryRunner.query(`DROP INDEX "public"."situation_match_term_lookup"`);
    await queryRunner.query(`CREATE INDEX "situation_match_term_lookup" ON "situation_match_term" ("client_id", "term")`);
    await queryRunner.query(`DROP INDEX "public"."IDX_27675d7072d5688983c912e22e"`);
    await queryRunner.query(`ALTER TABLE "situation_match_corpus" DROP COLUMN "confirmed_count"`);
    await queryRunner.query(`ALTER TABLE "situation_match_vocabulary" DROP COLUMN "confirmed_count"`);
    await queryRunner.query(`ALTER TABLE "situation_match_term" DROP COLUMN "confirmed"`);
    await queryRunner.query(`CREATE INDEX "IDX_e987e57c194b56c7b9240db3df" ON "situation_match_document" USING btree ("situation_id") `);
    for (const statement of REBUILD_MATCH_INDEX) await queryRunner.query(statement);
  }
}
