import type { MigrationInterface, QueryRunner } from 'typeorm';

/** KPI targets' revisions between briefs in force; when the priority KPI last switched and why a guard was overridden. */
export class KpiRevisions1796510000000 implements MigrationInterface {
  name = 'KpiRevisions1796510000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kpi_revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL, "brief_version_id" uuid NOT NULL, "previous_version_id" uuid, "metric" character varying NOT NULL, "period" character varying NOT NULL, "platform_id" uuid, "old_target" double precision, "new_target" double precision, "is_priority" boolean NOT NULL DEFAULT false, "reason" text, "changed_by_id" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_df31b98b1a6f61ed96ce21ad4d9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5e4cb30afe8fb5c7c4577cacfd" ON "kpi_revision"  ("client_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c6001e3b72cc25ba8fe4d380cf" ON "kpi_revision"  ("client_id", "changed_at") `);
    await queryRunner.query(`ALTER TABLE "brief_version" ADD "priority_kpi_since" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "brief_version" ADD "approval_reason" text`);
    await queryRunner.query(`ALTER TABLE "kpi_revision" ADD CONSTRAINT "FK_5e4cb30afe8fb5c7c4577cacfd5" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "kpi_revision" DROP CONSTRAINT "FK_5e4cb30afe8fb5c7c4577cacfd5"`);
    await queryRunner.query(`ALTER TABLE "brief_version" DROP COLUMN "approval_reason"`);
    await queryRunner.query(`ALTER TABLE "brief_version" DROP COLUMN "priority_kpi_since"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6001e3b72cc25ba8fe4d380cf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5e4cb30afe8fb5c7c4577cacfd"`);
    await queryRunner.query(`DROP TABLE "kpi_revision"`);
  }
}
