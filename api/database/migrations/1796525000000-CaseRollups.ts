import type { MigrationInterface, QueryRunner } from 'typeorm';
import { CASE_ROLLUPS, CASE_ROLLUPS_DROPS } from '../../modules/analytics/case-rollup.sql';

/**
 * Daily rollups of cases per client-local day, platform, representative and category (and situation),
 * kept by triggers in the same transaction as every case write, so caseAnalytics reads days, not cases
 * (api/modules/analytics/case-rollup.sql.ts). Existing cases are rolled up here.
 */
export class CaseRollups1796525000000 implements MigrationInterface {
  name = 'CaseRollups1796525000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of CASE_ROLLUPS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of CASE_ROLLUPS_DROPS) await queryRunner.query(statement);
  }
}
