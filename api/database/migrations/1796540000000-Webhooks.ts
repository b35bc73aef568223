import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook endpoints, the event outbox and its deliveries; the mark that a case's overdue event was written. */
export class Webhooks1796540000000 implements MigrationInterface {
  name = 'Webhooks1796540000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const stored = `"id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL REFERENCES "client"("id") ON DELETE CASCADE`;
    await queryRunner.query(`CREATE TABLE "webhook_endpoint" (${stored}, "url" character varying NOT NULL, "events" text array NOT NULL, "secret" character varying NOT NULL,
      "secret_prefix" character varying NOT NULL, "active" boolean NOT NULL DEFAULT true, "failing_since" TIMESTAMP WITH TIME ZONE, "disabled_at" TIMESTAMP WITH TIME ZONE,
      "disabled_reason" text, "created_by_id" uuid, PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_endpoint_client" ON "webhook_endpoint" ("client_id")`);
    await queryRunner.query(`CREATE TABLE "webhook_event" (${stored}, "type" text NOT NULL, "object" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_event_client" ON "webhook_event" ("client_id", "occurred_at")`);
    await queryRunner.query(`CREATE TABLE "webhook_delivery" (${stored}, "event_id" uuid NOT NULL REFERENCES "webhook_event"("id") ON DELETE CASCADE,
      "endpoint_id" uuid NOT NULL REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE, "event_type" text NOT NULL, "status" text NOT NULL DEFAULT 'PENDING',
      "attempts" integer NOT NULL DEFAULT 0, "give_up_at" TIMESTAMP WITH TIME ZONE NOT NULL, "next_attempt_at" TIMESTAMP WITH TIME ZONE, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "response_code" integer,
      "latency_ms" integer, "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, PRIMARY KEY ("id"), UNIQUE ("event_id", "endpoint_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_delivery_client" ON "webhook_delivery" ("client_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_delivery_endpoint" ON "webhook_delivery" ("endpoint_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_webhook_delivery_due" ON "webhook_delivery" ("next_attempt_at") WHERE "status" = 'PENDING'`);
    await queryRunner.query(`ALTER TABLE "mention_case" ADD "overdue_event_at" TIMESTAMP WITH TIME ZONE`);
    // Cases already overdue before webhooks existed are not announced all at once on the first scan.
    await queryRunner.query(`UPDATE "mention_case" SET "overdue_event_at" = now() WHERE "deadline_at" < now()`);
    await queryRunner.query(
      `CREATE INDEX "IDX_mention_case_overdue_scan" ON "mention_case" ("deadline_at") WHERE "overdue_event_at" IS NULL AND "first_response_at" IS NULL AND "status" IN ('NEW', 'IN_PROGRESS')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_mention_case_overdue_scan"`);
    await queryRunner.query(`ALTER TABLE "mention_case" DROP COLUMN "overdue_event_at"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP TABLE "webhook_event"`);
    await queryRunner.query(`DROP TABLE "webhook_endpoint"`);
  }
}
