import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Turns a row read with hand-written SQL (row_to_json of the table) into an entity, the way TypeORM
 * would. Used on the hottest paths, where one SQL statement replaces several repository calls.
 */
export function hydrate<E extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<E>, row: Record<string, unknown>): E {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as E;
  for (const column of metadata.columns) {
    if (column.isVirtual) continue;
    const raw = row[column.databaseName];
    if (raw === undefined) continue;
    const isTimestamp = column.type === 'timestamptz' || column.type === 'timestamp with time zone' || column.type === Date;
    column.setEntityValue(entity, isTimestamp && raw !== null ? new Date(raw as string) : raw);
  }
  return entity;
}
