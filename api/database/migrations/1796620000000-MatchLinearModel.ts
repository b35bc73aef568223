import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MATCH_LINEAR_MODEL, MATCH_LINEAR_MODEL_DROPS } from './match-linear-model.sql';

/** A discriminative model per client learned from answered cases, fused with retrieval (match-linear-model.sql.ts). */
export class MatchLinearModel1796620000000 implements MigrationInterface {
  name = 'MatchLinearModel1796620000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of MATCH_LINEAR_MODEL) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of MATCH_LINEAR_MODEL_DROPS) await queryRunner.query(statement);
  }
}
