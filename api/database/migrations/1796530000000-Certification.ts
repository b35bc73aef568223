import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Certification (issue 12): question bank categories, questions, quizzes with per-person overrides, attempts with their drawn questions, certificates. */
export class Certification1796530000000 implements MigrationInterface {
  name = 'Certification1796530000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "attempt_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "question_id" uuid NOT NULL, "position" integer NOT NULL, "snapshot" jsonb NOT NULL, "choice_order" text array NOT NULL DEFAULT '{}', "answer" jsonb, "answered_at" TIMESTAMP WITH TIME ZONE, "mark" double precision, CONSTRAINT "PK_2acedd563bedc0b31b5fadf7665" PRIMARY KEY ("id")); COMMENT ON COLUMN "attempt_question"."mark" IS 'The fraction of the question earned (0–1), once submitted.'`);
    await queryRunner.query(`CREATE INDEX "IDX_017430f9143f1988982f0a8765" ON "attempt_question"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1436ef54da9ef5024942e3788d" ON "attempt_question"  ("client_id", "question_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a9d7f49b3ab1552099ea65198a" ON "attempt_question"  ("attempt_id", "position") `);
    await queryRunner.query(`CREATE TABLE "certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "representative_id" uuid NOT NULL, "quiz_id" uuid NOT NULL, "attempt_id" uuid NOT NULL, "score" double precision NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE, "verification_code" character varying NOT NULL, CONSTRAINT "PK_8daddfc65f59e341c2bbc9c9e43" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4d49c8d69f8baceb2f2b558eb8" ON "certificate"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_60a9e298400a26898d775085a9" ON "certificate"  ("verification_code") `);
    await queryRunner.query(`CREATE INDEX "IDX_a7ad89178306b16555034917b6" ON "certificate"  ("client_id", "representative_id") `);
    await queryRunner.query(`CREATE TABLE "question_category" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "name" character varying NOT NULL, "description" text, "parent_id" uuid, CONSTRAINT "PK_5fd605f755be75e9ea3ee3fdc18" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_2e9fbf9536be634b132fc44db0" ON "question_category"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2502b078813435b1def68b8d11" ON "question_category"  ("client_id", "name") `);
    await queryRunner.query(`CREATE TYPE "public"."question_type" AS ENUM('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'SHORT_ANSWER', 'PICK_THE_REPLY', 'FIND_THE_FAULT')`);
    await queryRunner.query(`CREATE TYPE "public"."question_status" AS ENUM('DRAFT', 'APPROVED')`);
    await queryRunner.query(`CREATE TABLE "question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "category_id" uuid NOT NULL, "type" "public"."question_type" NOT NULL, "status" "public"."question_status" NOT NULL DEFAULT 'DRAFT', "text" text NOT NULL, "material" text, "explanation" text, "tags" text array NOT NULL DEFAULT '{}', "choices" jsonb NOT NULL DEFAULT '[]', "accepted_answers" text array NOT NULL DEFAULT '{}', "source_brief_id" uuid, "source_brief_section" character varying, "source_brief_item_key" character varying, "source_situation_id" uuid, "source_reply_revision_id" uuid, CONSTRAINT "PK_21e5786aa0ea704ae185a79b2d5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_ced22df208f00b738358a7cfaa" ON "question"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_988613097fbad63de7e4db7e67" ON "question"  ("client_id", "category_id") `);
    await queryRunner.query(`CREATE TYPE "public"."attempt_status" AS ENUM('IN_PROGRESS', 'SUBMITTED')`);
    await queryRunner.query(`CREATE TABLE "quiz_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "quiz_id" uuid NOT NULL, "representative_id" uuid NOT NULL, "number" integer NOT NULL, "status" "public"."attempt_status" NOT NULL DEFAULT 'IN_PROGRESS', "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE, "submitted_at" TIMESTAMP WITH TIME ZONE, "auto_submitted" boolean NOT NULL DEFAULT false, "score" double precision, "passed" boolean, CONSTRAINT "PK_9a6c33ec08b4bcb74ca27701a94" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3173e7f0fc9f79425f4fef25d4" ON "quiz_attempt"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "quiz_attempt_due" ON "quiz_attempt"  ("deadline") WHERE "status" = 'IN_PROGRESS'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_364f55ed8e2ab49feb806d3ce8" ON "quiz_attempt"  ("quiz_id", "representative_id", "number") `);
    await queryRunner.query(`CREATE TABLE "quiz_override" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "quiz_id" uuid NOT NULL, "representative_id" uuid NOT NULL, "extra_minutes" integer NOT NULL DEFAULT '0', "extra_attempts" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_d0a3c8ef3c44fc40609cb0f3e23" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a1f622a8795da3b3d83e03a60c" ON "quiz_override"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_64a5dd534a6a653aea54d5b6f4" ON "quiz_override"  ("quiz_id", "representative_id") `);
    await queryRunner.query(`CREATE TYPE "public"."quiz_grading" AS ENUM('HIGHEST', 'LAST', 'FIRST', 'AVERAGE')`);
    await queryRunner.query(`CREATE TYPE "public"."quiz_review" AS ENUM('SCORE_ONLY', 'RIGHT_ANSWERS', 'EXPLANATIONS')`);
    await queryRunner.query(`CREATE TABLE "quiz" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "title" character varying NOT NULL, "description" text, "question_count" integer NOT NULL, "category_ids" uuid array NOT NULL DEFAULT '{}', "tags" text array NOT NULL DEFAULT '{}', "shuffle_questions" boolean NOT NULL DEFAULT true, "shuffle_choices" boolean NOT NULL DEFAULT true, "time_limit_minutes" integer, "attempts_allowed" integer, "delay_between_attempts_minutes" integer NOT NULL DEFAULT '0', "grading" "public"."quiz_grading" NOT NULL DEFAULT 'HIGHEST', "pass_mark" double precision NOT NULL, "review" "public"."quiz_review" NOT NULL DEFAULT 'SCORE_ONLY', "opens_at" TIMESTAMP WITH TIME ZONE, "closes_at" TIMESTAMP WITH TIME ZONE, "certifying" boolean NOT NULL DEFAULT false, "certificate_validity_days" integer, "is_archived" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_422d974e7217414e029b3e641d0" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_0f3f8d11367b0d1e833402463f" ON "quiz"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_063017f174b1f284c0743e5455" ON "quiz"  ("client_id", "title") `);
    await queryRunner.query(`ALTER TABLE "attempt_question" ADD CONSTRAINT "FK_017430f9143f1988982f0a87650" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "certificate" ADD CONSTRAINT "FK_4d49c8d69f8baceb2f2b558eb84" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question_category" ADD CONSTRAINT "FK_2e9fbf9536be634b132fc44db06" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question" ADD CONSTRAINT "FK_ced22df208f00b738358a7cfaa1" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "question" ADD CONSTRAINT "FK_5fd605f755be75e9ea3ee3fdc18" FOREIGN KEY ("category_id") REFERENCES "question_category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_attempt" ADD CONSTRAINT "FK_3173e7f0fc9f79425f4fef25d43" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz_override" ADD CONSTRAINT "FK_a1f622a8795da3b3d83e03a60cc" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "quiz" ADD CONSTRAINT "FK_0f3f8d11367b0d1e833402463f1" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quiz" DROP CONSTRAINT "FK_0f3f8d11367b0d1e833402463f1"`);
    await queryRunner.query(`ALTER TABLE "quiz_override" DROP CONSTRAINT "FK_a1f622a8795da3b3d83e03a60cc"`);
    await queryRunner.query(`ALTER TABLE "quiz_attempt" DROP CONSTRAINT "FK_3173e7f0fc9f79425f4fef25d43"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "FK_5fd605f755be75e9ea3ee3fdc18"`);
    await queryRunner.query(`ALTER TABLE "question" DROP CONSTRAINT "FK_ced22df208f00b738358a7cfaa1"`);
    await queryRunner.query(`ALTER TABLE "question_category" DROP CONSTRAINT "FK_2e9fbf9536be634b132fc44db06"`);
    await queryRunner.query(`ALTER TABLE "certificate" DROP CONSTRAINT "FK_4d49c8d69f8baceb2f2b558eb84"`);
    await queryRunner.query(`ALTER TABLE "attempt_question" DROP CONSTRAINT "FK_017430f9143f1988982f0a87650"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_063017f174b1f284c0743e5455"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_0f3f8d11367b0d1e833402463f"`);
    await queryRunner.query(`DROP TABLE "quiz"`);
    await queryRunner.query(`DROP TYPE "public"."quiz_review"`);
    await queryRunner.query(`DROP TYPE "public"."quiz_grading"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_64a5dd534a6a653aea54d5b6f4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a1f622a8795da3b3d83e03a60c"`);
    await queryRunner.query(`DROP TABLE "quiz_override"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_364f55ed8e2ab49feb806d3ce8"`);
    await queryRunner.query(`DROP INDEX "public"."quiz_attempt_due"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3173e7f0fc9f79425f4fef25d4"`);
    await queryRunner.query(`DROP TABLE "quiz_attempt"`);
    await queryRunner.query(`DROP TYPE "public"."attempt_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_988613097fbad63de7e4db7e67"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ced22df208f00b738358a7cfaa"`);
    await queryRunner.query(`DROP TABLE "question"`);
    await queryRunner.query(`DROP TYPE "public"."question_status"`);
    await queryRunner.query(`DROP TYPE "public"."question_type"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2502b078813435b1def68b8d11"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2e9fbf9536be634b132fc44db0"`);
    await queryRunner.query(`DROP TABLE "question_category"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7ad89178306b16555034917b6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_60a9e298400a26898d775085a9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4d49c8d69f8baceb2f2b558eb8"`);
    await queryRunner.query(`DROP TABLE "certificate"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a9d7f49b3ab1552099ea65198a"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1436ef54da9ef5024942e3788d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_017430f9143f1988982f0a8765"`);
    await queryRunner.query(`DROP TABLE "attempt_question"`);
  }
}
