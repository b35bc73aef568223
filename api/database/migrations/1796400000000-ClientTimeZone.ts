import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A client's days (analytics, KPI periods, reports) are its own time zone's; the call centre's answer time feeds the infographic. */
export class ClientTimeZone1796400000000 implements MigrationInterface {
  name = 'ClientTimeZone1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client" ADD "time_zone" character varying NOT NULL DEFAULT 'Europe/Moscow'`);
    await queryRunner.query(`ALTER TABLE "client" ADD "call_centre_answer_minutes" integer`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "call_centre_answer_minutes"`);
    await queryRunner.query(`ALTER TABLE "client" DROP COLUMN "time_zone"`);
  }
}
