import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LEARNED_MATCH_MODELS, LEARNED_MATCH_MODELS_DROPS } from './learned-match-models.sql';

/** Confirmed posts train the situations' word models and the category classifier (learned-match-models.sql.ts). */
export class LearnedMatchModels1796550000000 implements MigrationInterface {
  name = 'LearnedMatchModels1796550000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of LEARNED_MATCH_MODELS) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of LEARNED_MATCH_MODELS_DROPS) await queryRunner.query(statement);
  }
}
