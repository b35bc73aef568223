import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EscalationAtIngest1795338382909 implements MigrationInterface {
  name = 'EscalationAtIngest1795338382909';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "escalation" ALTER COLUMN "requested_by_id" DROP NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Escalations ingest opened have nobody who asked: the older schema cannot hold them.
    await queryRunner.query(`DELETE FROM "escalation" WHERE "requested_by_id" IS NULL`);
    await queryRunner.query(`ALTER TABLE "escalation" ALTER COLUMN "requested_by_id" SET NOT NULL`);
  }
}
