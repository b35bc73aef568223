import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

interface Counter {
  statements: number;
}

const storage = new AsyncLocalStorage<Counter>();

/** Runs `work` while counting the SQL statements it sends; tests assert on these counts. */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const counter: Counter = { statements: 0 };
  const result = await storage.run(counter, work);
  return { result, statements: counter.statements };
}

/** Runs `work` (the handling of one HTTP request) with a fresh statement counter. */
export function withStatementCounter<T>(work: () => T): T {
  return storage.run({ statements: 0 }, work);
}

export function currentStatementCount(): number | undefined {
  return storage.getStore()?.statements;
}

/** A TypeORM logger that counts statements and reports failures; it never logs SQL text or parameters. */
export class StatementCountingLogger implements Logger {
  constructor(private readonly onError: (message: string) => void) {}

  logQuery(): void {
    const counter = storage.getStore();
    if (counter) counter.statements += 1;
  }

  logQueryError(error: string | Error, query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.logQuery();
    this.onError(`${error instanceof Error ? error.message : error} in: ${query.slice(0, 200)}`);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

/** Runs background work (bookkeeping after a response) without charging it to the current request. */
export function outsideStatementCount<T>(work: () => T): T {
  return storage.exit(work);
}

/** Forgets the statements sent since `count`: those of a transaction that was rolled back and run again. */
export function rewindStatementCount(count: number | undefined): void {
  const counter = storage.getStore();
  if (counter && count !== undefined) counter.statements = count;
}
