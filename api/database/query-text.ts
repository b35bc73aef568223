import type { DataSource, ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';

/** A query's SQL with `$n` placeholders, and which named parameter each placeholder takes. */
interface QueryText {
  sql: string;
  parameterNames: string[];
}

/** Shapes beyond this many (pages of a long list, say) start the cache over rather than grow it without end. */
const MAX_SHAPES = 1_000;

const texts = new WeakMap<DataSource, Map<string, QueryText>>();

/** Parts of a query builder's expression map that hold no SQL of their own (aliases are described apart). */
const NOT_SQL = new Set(['dataSource', 'parameters', 'aliases', 'mainAlias']);

/**
 * Everything in a select query builder that decides its SQL text, as a string; undefined when the
 * builder holds anything this cannot describe faithfully (a function, a sub-query builder, a join's
 * metadata, a spread `:...list` whose length is part of the text). Parameter values are left out
 * (they are bound, not written), their names are in.
 */
function shapeOf(query: SelectQueryBuilder<ObjectLiteral>, parameters: ObjectLiteral): string | undefined {
  const map = query.expressionMap;
  if (map.useTransaction) return undefined;
  let faithful = true;
  const parts = JSON.stringify(map, function (this: unknown, key: string, value: unknown) {
    if (value === map) return value;
    if ((this === map && NOT_SQL.has(key)) || !faithful) return undefined;
    if (typeof value === 'function' || typeof value === 'bigint' || typeof value === 'symbol') faithful = false;
    else if (value !== null && typeof value === 'object') {
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype !== Object.prototype && prototype !== Array.prototype) faithful = false;
    }
    return value;
  });
  if (!faithful || parts.includes(':...')) return undefined;
  const aliases = map.aliases.map((alias) => {
    if (alias.subQuery !== undefined && typeof alias.subQuery !== 'string') faithful = false;
    return [alias.type, alias.name, alias.hasMetadata ? alias.metadata.tablePath : alias.tablePath, alias.subQuery];
  });
  return faithful ? JSON.stringify([map.mainAlias?.name, aliases, Object.keys(parameters), parts]) : undefined;
}

/** Builds the query's text once, with each parameter marked, to learn which placeholder takes which parameter. */
function textOf(query: SelectQueryBuilder<ObjectLiteral>, parameters: ObjectLiteral): QueryText {
  const markers = Object.fromEntries(Object.keys(parameters).map((name) => [name, { parameter: name }]));
  const [sql, bound] = query.connection.driver.escapeQueryWithParameters(query.getQuery(), markers);
  return { sql, parameterNames: (bound as { parameter: string }[]).map((marker) => marker.parameter) };
}

/**
 * The SQL and parameters TypeORM would send for a select query builder, with the text built once per
 * shape of query (target, conditions, order, page) and this call's parameters (the request's client
 * among them) bound to it; undefined for a builder whose shape cannot be described.
 */
export function cachedQueryAndParameters(query: SelectQueryBuilder<ObjectLiteral>): [string, unknown[]] | undefined {
  // As getRawMany does: raw rows, no entities.
  query.expressionMap.queryEntity = false;
  const parameters = query.getParameters();
  const shape = shapeOf(query, parameters);
  if (shape === undefined) return undefined;
  let ofSource = texts.get(query.connection);
  if (!ofSource) texts.set(query.connection, (ofSource = new Map()));
  let text = ofSource.get(shape);
  if (!text) {
    if (ofSource.size >= MAX_SHAPES) ofSource.clear();
    ofSource.set(shape, (text = textOf(query, parameters)));
  }
  return [text.sql, text.parameterNames.map((name) => parameters[name] as unknown)];
}

/**
 * A select query builder's raw rows. TypeORM builds the SQL text anew on every call, which on a
 * short list page cost more than the statement; this reuses it (cachedQueryAndParameters). A builder
 * whose shape cannot be described runs as TypeORM would run it.
 */
export async function rawRowsOf<R>(query: SelectQueryBuilder<ObjectLiteral>): Promise<R[]> {
  const cached = cachedQueryAndParameters(query);
  if (!cached) return (await query.getRawMany()) as R[];
  // The builder's own runner when it has one (a transaction's), as TypeORM would use it.
  const own = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const runner = own ?? query.connection.createQueryRunner();
  try {
    return (await runner.query(...cached)) as R[];
  } finally {
    if (runner !== own) await runner.release();
  }
}
