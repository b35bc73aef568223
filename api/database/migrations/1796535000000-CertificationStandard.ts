import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Certification from the standard (issue 12, points 2, 5–7): where generated questions came from,
 * the flags that a certificate's source changed, and the grace a quiz gives before such a
 * certificate lapses.
 */
export class CertificationStandard1796535000000 implements MigrationInterface {
  name = 'CertificationStandard1796535000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quiz" ADD "refresh_grace_days" integer NOT NULL DEFAULT 14`);
    await queryRunner.query(`CREATE TABLE "question_generation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "question_id" uuid NOT NULL, "generator" character varying NOT NULL, "fingerprint" character varying NOT NULL, "content_hash" character varying NOT NULL, "brief_version_id" uuid, "reply_id" uuid, "reply_revision" integer, "generated_by_id" uuid, CONSTRAINT "PK_question_generation" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_question_generation_client" ON "question_generation" ("client_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "question_generation_question" ON "question_generation" ("question_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "question_generation_fingerprint" ON "question_generation" ("client_id", "fingerprint", "content_hash")`);
    await queryRunner.query(`ALTER TABLE "question_generation" ADD CONSTRAINT "FK_question_generation_client" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question_generation" ADD CONSTRAINT "FK_question_generation_question" FOREIGN KEY ("question_id") REFERENCES "question"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE TABLE "certificate_refresh" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "certificate_id" uuid NOT NULL, "quiz_id" uuid NOT NULL, "flagged_at" TIMESTAMP WITH TIME ZONE NOT NULL, "changes" text NOT NULL, "change_key" character varying NOT NULL, "brief_version_id" uuid, "reply_id" uuid, "reply_revision" integer, CONSTRAINT "PK_certificate_refresh" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_certificate_refresh_client" ON "certificate_refresh" ("client_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "certificate_refresh_once" ON "certificate_refresh" ("certificate_id", "change_key")`);
    await queryRunner.query(`ALTER TABLE "certificate_refresh" ADD CONSTRAINT "FK_certificate_refresh_client" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate_refresh" ADD CONSTRAINT "FK_certificate_refresh_certificate" FOREIGN KEY ("certificate_id") REFERENCES "certificate"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The certification status reads the latest certificate of a person for a quiz.
    await queryRunner.query(`CREATE INDEX "certificate_latest" ON "certificate" ("client_id", "representative_id", "quiz_id", "issued_at" DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."certificate_latest"`);
    await queryRunner.query(`DROP TABLE "certificate_refresh"`);
    await queryRunner.query(`DROP TABLE "question_generation"`);
    await queryRunner.query(`ALTER TABLE "quiz" DROP COLUMN "refresh_grace_days"`);
  }
}
