import type { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

interface ColumnPlan {
  databaseName: string;
  propertyName: string;
  isTimestamp: boolean;
  /** Set for columns inside an embedded object, which TypeORM places itself. */
  embedded?: ColumnMetadata;
}

interface Plan {
  metadata: EntityMetadata;
  columns: ColumnPlan[];
  /**
   * The entity class's prototype, when its constructor gives an instance nothing but empty fields
   * (TypeORM's own transformer skips it likewise with `entitySkipConstructor`): constructing ran
   * the field initializers of every class in the chain for each row, only to overwrite them.
   */
  prototype?: object;
}

/**
 * What hydrating a table's rows needs, found once per data source and entity: looking the metadata
 * up and re-reading every column's type on every row cost more than placing the values.
 */
const plans = new WeakMap<DataSource, Map<EntityTarget<ObjectLiteral>, Plan>>();

function constructsNothing(metadata: EntityMetadata, dataSource: DataSource): boolean {
  if (typeof metadata.target !== 'function' || metadata.lazyRelations.length > 0 || dataSource.options.typename) return false;
  const constructed = metadata.create() as Record<string, unknown>;
  return Object.values(constructed).every((value) => value === undefined);
}

function planOf(dataSource: DataSource, target: EntityTarget<ObjectLiteral>): Plan {
  let ofSource = plans.get(dataSource);
  if (!ofSource) plans.set(dataSource, (ofSource = new Map()));
  let plan = ofSource.get(target);
  if (!plan) {
    const metadata = dataSource.getMetadata(target);
    const columns = metadata.columns
      .filter((column) => !column.isVirtual)
      .map((column) => ({
        databaseName: column.databaseName,
        propertyName: column.propertyName,
        isTimestamp: column.type === 'timestamptz' || column.type === 'timestamp with time zone' || column.type === Date,
        embedded: column.embeddedMetadata ? column : undefined,
      }));
    const prototype = constructsNothing(metadata, dataSource) ? ((metadata.target as { prototype: object }).prototype) : undefined;
    ofSource.set(target, (plan = { metadata, columns, prototype }));
  }
  return plan;
}

/**
 * Turns a row read with hand-written SQL (row_to_json of the table) into an entity, the way TypeORM
 * would. Used on the hottest paths, where one SQL statement replaces several repository calls.
 */
export function hydrate<E extends ObjectLiteral>(dataSource: DataSource, target: EntityTarget<E>, row: Record<string, unknown>): E {
  const { metadata, columns, prototype } = planOf(dataSource, target as EntityTarget<ObjectLiteral>);
  const entity = (prototype ? Object.create(prototype) : metadata.create()) as Record<string, unknown>;
  for (const column of columns) {
    const raw = row[column.databaseName];
    if (raw === undefined) continue;
    const value = column.isTimestamp && raw !== null ? new Date(raw as string) : raw;
    if (column.embedded) column.embedded.setEntityValue(entity, value);
    else entity[column.propertyName] = value;
  }
  return entity as E;
}
