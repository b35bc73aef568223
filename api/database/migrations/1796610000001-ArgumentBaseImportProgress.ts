import type { MigrationInterface, QueryRunner } from 'typeorm';

/** argument_base_import: an import's progress, written outside its transaction (ArgumentBaseImport). */
export class ArgumentBaseImportProgress1796610000001 implements MigrationInterface {
  name = 'ArgumentBaseImportProgress1796610000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "argument_base_import" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "client_id" uuid NOT NULL,
      "status" character varying(16) NOT NULL, "rows_total" integer NOT NULL DEFAULT '0', "rows_done" integer NOT NULL DEFAULT '0',
      "refusals" integer NOT NULL DEFAULT '0', "created" integer, "updated" integer, "unchanged" integer, "started_by_id" uuid,
      "finished_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_argument_base_import" PRIMARY KEY ("id"),
      CONSTRAINT "FK_argument_base_import_client" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE CASCADE,
      CONSTRAINT "argument_base_import_status" CHECK (status IN ('RUNNING', 'DONE', 'FAILED')))`);
    await queryRunner.query(`CREATE INDEX "IDX_argument_base_import_client" ON "argument_base_import" ("client_id")`);
    await queryRunner.query(`CREATE INDEX "argument_base_import_by_client" ON "argument_base_import" ("client_id", "created_at")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "argument_base_import"`);
  }
}
