import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CATEGORY_CLASSIFIER_DROPS, CATEGORY_CLASSIFIER_FUNCTIONS, CLEAR_MATCH_INDEX, REBUILD_MATCH_DOCUMENTS } from './category-classifier.sql';

/**
 * The word counts of each category of the curated base, kept by triggers (category-classifier.sql.ts),
 * for the matcher's category classifier. The index is emptied first (its documents gain a category
 * they must have) and rebuilt last, which fills the counts.
 */
export class CategoryClassifier1795347262767 implements MigrationInterface {
  name = 'CategoryClassifier1795347262767';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(CLEAR_MATCH_INDEX);
    await queryRunner.query(`CREATE TABLE "situation_match_category_term" ("client_id" uuid NOT NULL, "term" text NOT NULL, "category" "public"."consumer_cycle_category" NOT NULL, "kind" character varying(16) NOT NULL, "document_count" integer NOT NULL, CONSTRAINT "PK_fac7edb83ad8e152bef78351b75" PRIMARY KEY ("client_id", "term", "category", "kind"))`);
    await queryRunner.query(`CREATE TABLE "situation_match_category" ("client_id" uuid NOT NULL, "category" "public"."consumer_cycle_category" NOT NULL, "kind" character varying(16) NOT NULL, "document_count" integer NOT NULL, "lexeme_count" integer NOT NULL, CONSTRAINT "PK_233556c324b031efa765477db2e" PRIMARY KEY ("client_id", "category", "kind"))`);
    await queryRunner.query(`ALTER TABLE "situation_match_document" ADD "category" "public"."consumer_cycle_category" NOT NULL`);
    await queryRunner.query(`ALTER TABLE "situation_match_category_term" ADD CONSTRAINT "FK_317f8a0d672573b9e902fb7f33a" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "situation_match_category" ADD CONSTRAINT "FK_0902c8b2f3b6d937ab5a1eb61ff" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Hand-made from here.
    for (const statement of CATEGORY_CLASSIFIER_FUNCTIONS) await queryRunner.query(statement);
    await queryRunner.query(REBUILD_MATCH_DOCUMENTS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of CATEGORY_CLASSIFIER_DROPS) await queryRunner.query(statement);
    await queryRunner.query(`ALTER TABLE "situation_match_category" DROP CONSTRAINT "FK_0902c8b2f3b6d937ab5a1eb61ff"`);
    await queryRunner.query(`ALTER TABLE "situation_match_category_term" DROP CONSTRAINT "FK_317f8a0d672573b9e902fb7f33a"`);
    await queryRunner.query(`ALTER TABLE "situation_match_document" DROP COLUMN "category"`);
    await queryRunner.query(`DROP TABLE "situation_match_category"`);
    await queryRunner.query(`DROP TABLE "situation_match_category_term"`);
    await queryRunner.query(CLEAR_MATCH_INDEX);
    await queryRunner.query(REBUILD_MATCH_DOCUMENTS);
  }
}
