import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MATCH_INDEX_LOCK_ORDER, MATCH_INDEX_LOCK_ORDER_DROPS } from './match-index-lock-order.sql';

/**
 * Concurrent editors of one client no longer deadlock on the match index's shared counters: each
 * transaction takes its client's index lock before touching any of them (match-index-lock-order.sql.ts).
 * Only triggers change; the index's rows stay as they are.
 */
export class MatchIndexLockOrder1796291687283 implements MigrationInterface {
  name = 'MatchIndexLockOrder1796291687283';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of MATCH_INDEX_LOCK_ORDER) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of MATCH_INDEX_LOCK_ORDER_DROPS) await queryRunner.query(statement);
  }
}
