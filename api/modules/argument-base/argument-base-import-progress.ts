import type { TenantScope } from '../../auth/tenant-scope';
import { AppError, badInput, conflict } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import { isUuid } from '../../common/ids';
import type { RowProblem } from './argument-base.csv';
import { ArgumentBaseImportStatus } from './argument-base-import.entity';
import type { ArgumentBaseImportResult } from './argument-base-import.service';

/**
 * An import's progress row (ArgumentBaseImport), written through `scope`: a scope on the pool, not
 * on the import's transaction, so that each write commits at once and a poll on any API process
 * sees it while the import runs.
 */
export class ImportProgress {
  private constructor(
    private readonly scope: TenantScope,
    readonly id: string,
  ) {}

  /** Opens the row under the id the caller chose (so it can poll before the import answers); an id already used is refused. */
  static async start(scope: TenantScope, id: string, startedById: string | null): Promise<ImportProgress> {
    if (!isUuid(id)) throw badInput({ field: 'progressId', message: 'must be a UUID' }, ErrorReason.INVALID_INPUT);
    const [opened] = await scope.sql<{ count: number }>(
      `WITH opened AS (
         INSERT INTO argument_base_import (id, client_id, status, started_by_id) VALUES ($2, $client, $3, $4)
         ON CONFLICT (id) DO NOTHING RETURNING id
       ) SELECT count(*)::int AS count FROM opened`,
      [id, ArgumentBaseImportStatus.RUNNING, startedById],
    );
    if (!opened.count) throw conflict(`Import progress ${id} already exists; choose a new id.`, { reason: ErrorReason.UNIQUE_VIOLATION, field: 'progressId' });
    return new ImportProgress(scope, id);
  }

  readonly report = async (done: number, total: number): Promise<void> => {
    await this.write(`rows_done = $3, rows_total = $4`, [done, total]);
  };

  async finish(result: ArgumentBaseImportResult): Promise<void> {
    await this.write(`status = $3, rows_done = $4, rows_total = $4, created = $5, updated = $6, unchanged = $7, finished_at = now()`, [
      ArgumentBaseImportStatus.DONE,
      result.rows,
      result.created,
      result.updated,
      result.unchanged,
    ]);
  }

  /** Rolled back: nothing was written; refused rows (bad cells, existing situations) are counted by line. */
  async fail(error: unknown): Promise<void> {
    const problems = error instanceof AppError ? ((error.details as { problems?: RowProblem[] }).problems ?? []) : [];
    await this.write(`status = $3, refusals = $4, finished_at = now()`, [ArgumentBaseImportStatus.FAILED, new Set(problems.map((problem) => problem.line)).size]);
  }

  private async write(assignments: string, parameters: unknown[]): Promise<void> {
    await this.scope.sql(
      `WITH written AS (UPDATE argument_base_import SET ${assignments}, updated_at = now(), version = version + 1 WHERE id = $2 AND client_id = $client RETURNING id)
       SELECT count(*) FROM written`,
      [this.id, ...parameters],
    );
  }
}
