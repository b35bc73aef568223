import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BriefWorkflow1795335555304 implements MigrationInterface {
  name = 'BriefWorkflow1795335555304';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "brief_version" ADD "title" character varying NOT NULL DEFAULT ''`);
    await queryRunner.query(`ALTER TABLE "brief_version" ADD "replaces_version_id" uuid`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "brief_version" DROP COLUMN "replaces_version_id"`);
    await queryRunner.query(`ALTER TABLE "brief_version" DROP COLUMN "title"`);
  }
}
