import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling, per-key request quotas and ending sessions (issue 9). The counters are UNLOGGED:
 * they are written on every sign-in attempt and every API-key request, and an unlogged write commits
 * without waiting for a WAL flush; after a database crash they start again from zero, which costs an
 * attacker nothing they did not have and a tool nothing at all.
 */
export class AbuseLimits1796291312780 implements MigrationInterface {
  name = 'AbuseLimits1796291312780';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user" ADD "session_generation" integer NOT NULL DEFAULT 0`);
    await queryRunner.query(`ALTER TABLE "api_key" ADD "requests_per_minute" integer NOT NULL DEFAULT 300`);
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "sign_in_throttle" (
         "key" text PRIMARY KEY,
         "failures" integer NOT NULL,
         "last_attempt_at" timestamptz NOT NULL
       )`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_sign_in_throttle_last_attempt_at" ON "sign_in_throttle" ("last_attempt_at")`);
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "known_sign_in_address" (
         "key" text PRIMARY KEY,
         "last_success_at" timestamptz NOT NULL
       )`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_known_sign_in_address_last_success_at" ON "known_sign_in_address" ("last_success_at")`);
    await queryRunner.query(
      `CREATE UNLOGGED TABLE "api_key_usage" (
         "api_key_id" uuid PRIMARY KEY REFERENCES "api_key" ("id") ON DELETE CASCADE,
         "minute" timestamptz NOT NULL,
         "requests" integer NOT NULL
       )`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "api_key_usage"`);
    await queryRunner.query(`DROP TABLE "known_sign_in_address"`);
    await queryRunner.query(`DROP TABLE "sign_in_throttle"`);
    await queryRunner.query(`ALTER TABLE "api_key" DROP COLUMN "requests_per_minute"`);
    await queryRunner.query(`ALTER TABLE "user" DROP COLUMN "session_generation"`);
  }
}
