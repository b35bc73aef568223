import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Platforms1795334995773 implements MigrationInterface {
  name = 'Platforms1795334995773';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."platform_kind" AS ENUM('FORUM', 'SOCIAL_GROUP', 'BLOG', 'MICROBLOG', 'REVIEW_SITE', 'HASHTAG_HOTLINE', 'OWN_SITE')`);
    await queryRunner.query(`CREATE TYPE "public"."agreement_status" AS ENUM('NOT_STARTED', 'NEGOTIATING', 'AGREED', 'REFUSED')`);
    await queryRunner.query(`CREATE TABLE "platform" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "kind" "public"."platform_kind" NOT NULL, "name" character varying NOT NULL, "url" text, "audience" text, "geography" text, "agreement_status" "public"."agreement_status" NOT NULL DEFAULT 'NOT_STARTED', "agreement_contact" text, "agreement_date" TIMESTAMP WITH TIME ZONE, "reply_length_limit" integer, "kpi_ceilings" jsonb NOT NULL DEFAULT '[]', "is_archived" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_c33d6abeebd214bd2850bfd6b8e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1b1eacd5b73803aef3bec878b8" ON "platform"  ("client_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b209f5cfbdd81bef782bf03d45" ON "platform"  ("client_id", "name") `);
    await queryRunner.query(`ALTER TABLE "platform" ADD CONSTRAINT "FK_1b1eacd5b73803aef3bec878b8e" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "platform" DROP CONSTRAINT "FK_1b1eacd5b73803aef3bec878b8e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b209f5cfbdd81bef782bf03d45"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1b1eacd5b73803aef3bec878b8"`);
    await queryRunner.query(`DROP TABLE "platform"`);
    await queryRunner.query(`DROP TYPE "public"."agreement_status"`);
    await queryRunner.query(`DROP TYPE "public"."platform_kind"`);
  }
}
