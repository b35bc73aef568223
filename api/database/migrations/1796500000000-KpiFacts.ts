import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Metric entries (figures only the platform knows) and logged posts (news, offers, free answers): the inputs of KPI facts. */
export class KpiFacts1796500000000 implements MigrationInterface {
  name = 'KpiFacts1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "metric_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "metric" character varying NOT NULL, "platform_id" uuid NOT NULL, "day" date NOT NULL, "value" double precision NOT NULL, "source" text NOT NULL, "entered_by_user_id" uuid, "entered_by_api_key_id" uuid, CONSTRAINT "PK_metric_entry" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_metric_entry_client" ON "metric_entry" ("client_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_metric_entry_one_per_day" ON "metric_entry" ("client_id", "metric", "platform_id", "day")`);
    await queryRunner.query(`CREATE INDEX "IDX_metric_entry_client_day" ON "metric_entry" ("client_id", "day")`);
    await queryRunner.query(`ALTER TABLE "metric_entry" ADD CONSTRAINT "FK_metric_entry_client" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "metric_entry" ADD CONSTRAINT "FK_metric_entry_platform" FOREIGN KEY ("platform_id") REFERENCES "platform"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);

    await queryRunner.query(`CREATE TABLE "post" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "platform_id" uuid NOT NULL, "kind" character varying NOT NULL, "text" text NOT NULL, "url" text, "posted_at" TIMESTAMP WITH TIME ZONE NOT NULL, "user_id" uuid NOT NULL, "official_account_id" uuid NOT NULL, "violations" jsonb NOT NULL DEFAULT '[]', CONSTRAINT "PK_post" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_post_client" ON "post" ("client_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_post_client_platform_posted" ON "post" ("client_id", "platform_id", "posted_at")`);
    await queryRunner.query(`CREATE INDEX "IDX_post_client_posted" ON "post" ("client_id", "posted_at")`);
    await queryRunner.query(`ALTER TABLE "post" ADD CONSTRAINT "FK_post_client" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post" ADD CONSTRAINT "FK_post_platform" FOREIGN KEY ("platform_id") REFERENCES "platform"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "post" ADD CONSTRAINT "FK_post_official_account" FOREIGN KEY ("official_account_id") REFERENCES "official_account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "post"`);
    await queryRunner.query(`DROP TABLE "metric_entry"`);
  }
}
