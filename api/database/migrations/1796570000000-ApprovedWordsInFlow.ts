import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The approved words used the right way: a case keeps the wording it was served (reply_delivery.case_id),
 * a post records what the reply check found and why it went out anyway, an approval records why it
 * overrode the check, and a brief can require four eyes on approvals.
 */
export class ApprovedWordsInFlow1796570000000 implements MigrationInterface {
  name = 'ApprovedWordsInFlow1796570000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reply_delivery" ADD "case_id" uuid`);
    await queryRunner.query(`CREATE INDEX "reply_delivery_by_case" ON "reply_delivery" ("client_id", "case_id", "reply_id") WHERE case_id IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "reaction" ADD "edited" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "reaction" ADD "check_findings" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "reaction" ADD "override_reason" text`);
    await queryRunner.query(`ALTER TABLE "reply_revision" ADD "approval_override_reason" text`);
    await queryRunner.query(`ALTER TABLE "brief" ADD "four_eyes_approval" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "brief" DROP COLUMN "four_eyes_approval"`);
    await queryRunner.query(`ALTER TABLE "reply_revision" DROP COLUMN "approval_override_reason"`);
    await queryRunner.query(`ALTER TABLE "reaction" DROP COLUMN "override_reason"`);
    await queryRunner.query(`ALTER TABLE "reaction" DROP COLUMN "check_findings"`);
    await queryRunner.query(`ALTER TABLE "reaction" DROP COLUMN "edited"`);
    await queryRunner.query(`DROP INDEX "public"."reply_delivery_by_case"`);
    await queryRunner.query(`ALTER TABLE "reply_delivery" DROP COLUMN "case_id"`);
  }
}
