import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MATCH_INDEX_DROPS, MATCH_INDEX_FUNCTIONS } from './match-index.sql';

export class MatchIndex1795336525114 implements MigrationInterface {
  name = 'MatchIndex1795336525114';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "situation_match_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" uuid NOT NULL, "situation_id" uuid NOT NULL, "kind" character varying(16) NOT NULL, "source_id" uuid NOT NULL, "text" text NOT NULL, "lexemes" text array NOT NULL, CONSTRAINT "PK_ffcc6a386c1a2d3346bfe394b53" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1db00098fa8f3dfbc16782404d" ON "situation_match_document"  ("source_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e987e57c194b56c7b9240db3df" ON "situation_match_document"  ("situation_id") `);
    await queryRunner.query(`CREATE TABLE "situation_match_term" ("document_id" uuid NOT NULL, "term" text NOT NULL, "client_id" uuid NOT NULL, "situation_id" uuid NOT NULL, CONSTRAINT "PK_59f9353980ed3aed9558c31ee36" PRIMARY KEY ("document_id", "term"))`);
    await queryRunner.query(`CREATE TABLE "situation_match_vocabulary" ("client_id" uuid NOT NULL, "term" text NOT NULL, "document_count" integer NOT NULL, "gram_count" integer NOT NULL, CONSTRAINT "PK_28a51fd773311c79db1f591dd84" PRIMARY KEY ("client_id", "term"))`);
    await queryRunner.query(`CREATE TABLE "situation_match_gram" ("client_id" uuid NOT NULL, "gram" text NOT NULL, "term" text NOT NULL, CONSTRAINT "PK_b3b4337057ae272afe5d29f9b61" PRIMARY KEY ("client_id", "gram", "term"))`);
    await queryRunner.query(`CREATE TABLE "situation_match_corpus" ("client_id" uuid NOT NULL, "document_count" integer NOT NULL, CONSTRAINT "PK_52e3403014c2b4a8d029467f5ff" PRIMARY KEY ("client_id"))`);
    await queryRunner.query(`ALTER TABLE "situation_match_document" ADD CONSTRAINT "FK_e987e57c194b56c7b9240db3dfd" FOREIGN KEY ("situation_id") REFERENCES "situation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "situation_match_term" ADD CONSTRAINT "FK_276d2a8f0550829532eb3f95398" FOREIGN KEY ("document_id") REFERENCES "situation_match_document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "situation_match_vocabulary" ADD CONSTRAINT "FK_0e3412cab2ddc9d5aa9fa72bb0b" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "situation_match_gram" ADD CONSTRAINT "FK_7a9ae31cea7a0bfb88df92e527b" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "situation_match_corpus" ADD CONSTRAINT "FK_52e3403014c2b4a8d029467f5ff" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Hand-made from here: the indexes and the triggers that keep the match index in step with the base.
    await queryRunner.query(`CREATE INDEX "situation_match_term_lookup" ON "situation_match_term" ("client_id", "term")`);
    await queryRunner.query(`CREATE INDEX "situation_match_vocabulary_trigram" ON "situation_match_vocabulary" USING gin ("term" gin_trgm_ops)`);
    for (const statement of MATCH_INDEX_FUNCTIONS) await queryRunner.query(statement);
    await queryRunner.query(`SELECT situation_match_rebuild(id) FROM situation`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of MATCH_INDEX_DROPS) await queryRunner.query(statement);
    await queryRunner.query(`DROP INDEX "public"."situation_match_vocabulary_trigram"`);
    await queryRunner.query(`DROP INDEX "public"."situation_match_term_lookup"`);
    await queryRunner.query(`ALTER TABLE "situation_match_corpus" DROP CONSTRAINT "FK_52e3403014c2b4a8d029467f5ff"`);
    await queryRunner.query(`ALTER TABLE "situation_match_gram" DROP CONSTRAINT "FK_7a9ae31cea7a0bfb88df92e527b"`);
    await queryRunner.query(`ALTER TABLE "situation_match_vocabulary" DROP CONSTRAINT "FK_0e3412cab2ddc9d5aa9fa72bb0b"`);
    await queryRunner.query(`ALTER TABLE "situation_match_term" DROP CONSTRAINT "FK_276d2a8f0550829532eb3f95398"`);
    await queryRunner.query(`ALTER TABLE "situation_match_document" DROP CONSTRAINT "FK_e987e57c194b56c7b9240db3dfd"`);
    await queryRunner.query(`DROP TABLE "situation_match_corpus"`);
    await queryRunner.query(`DROP TABLE "situation_match_gram"`);
    await queryRunner.query(`DROP TABLE "situation_match_vocabulary"`);
    await queryRunner.query(`DROP TABLE "situation_match_term"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e987e57c194b56c7b9240db3df"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1db00098fa8f3dfbc16782404d"`);
    await queryRunner.query(`DROP TABLE "situation_match_document"`);
  }
}
