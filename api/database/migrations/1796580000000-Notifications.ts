import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notifications to people (the bell and e-mail), their choices per kind, and the hand-overs of escalated questions. */
export class Notifications1796580000000 implements MigrationInterface {
  name = 'Notifications1796580000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "notification_kind" AS ENUM ('NEW_QUESTION', 'QUESTION_HANDED_OVER', 'QUESTION_ANSWERED', 'CASE_OVERDUE', 'BRIEF_AWAITING_APPROVAL', 'REPORT_SUBMITTED', 'REPORT_RETURNED', 'WEBHOOK_DISABLED')`,
    );
    await queryRunner.query(`CREATE TYPE "email_status" AS ENUM ('NONE', 'PENDING', 'SENT', 'SKIPPED', 'FAILED')`);
    await queryRunner.query(`CREATE TABLE "notification" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "user_id" uuid NOT NULL REFERENCES "user"("id") ON DELETE CASCADE, "kind" "notification_kind" NOT NULL, "title" character varying NOT NULL,
      "body" text NOT NULL, "link" text, "read_at" TIMESTAMP WITH TIME ZONE, "dedupe_key" text,
      "email_status" "email_status" NOT NULL DEFAULT 'NONE', "email_attempts" integer NOT NULL DEFAULT 0, "email_next_attempt_at" TIMESTAMP WITH TIME ZONE, "email_error" text,
      CONSTRAINT "notification_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_notification_client" ON "notification" ("client_id")`);
    await queryRunner.query(`CREATE INDEX "notification_inbox" ON "notification" ("client_id", "user_id", "created_at")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_once" ON "notification" ("client_id", "dedupe_key") WHERE dedupe_key IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "notification_email_pending" ON "notification" ("email_status", "email_next_attempt_at") WHERE email_status = 'PENDING'`);
    await queryRunner.query(`CREATE TABLE "notification_preference" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT '1', "user_id" uuid NOT NULL REFERENCES "user"("id") ON DELETE CASCADE, "kind" "notification_kind" NOT NULL,
      "in_app" boolean NOT NULL DEFAULT true, "email" boolean NOT NULL DEFAULT true, CONSTRAINT "notification_preference_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "notification_preference_per_kind" ON "notification_preference" ("user_id", "kind")`);
    await queryRunner.query(`CREATE TABLE "escalation_handover" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE,
      "escalation_id" uuid NOT NULL REFERENCES "escalation"("id") ON DELETE CASCADE, "from_name" character varying NOT NULL, "to_name" character varying NOT NULL,
      "comment" text NOT NULL, "handed_by_id" uuid, CONSTRAINT "escalation_handover_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_escalation_handover_client" ON "escalation_handover" ("client_id")`);
    await queryRunner.query(`CREATE INDEX "escalation_handover_by_escalation" ON "escalation_handover" ("client_id", "escalation_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "escalation_handover"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "email_status"`);
    await queryRunner.query(`DROP TYPE "notification_kind"`);
  }
}
