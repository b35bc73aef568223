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

/** Marks a value a shape cannot hold: anything but plain data. */
const UNDESCRIBABLE = Symbol('undescribable');

/** A plain value (text, numbers, booleans, arrays and plain objects of them) as a string; UNDESCRIBABLE otherwise. */
function describe(value: unknown): string | typeof UNDESCRIBABLE {
  if (value === null || value === undefined) return String(value);
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object': {
      const prototype = Object.getPrototypeOf(value) as unknown;
      if (prototype === Array.prototype) {
        let text = '[';
        for (const item of value as unknown[]) {
          const part = describe(item);
          if (part === UNDESCRIBABLE) return part;
          text += part + ',';
        }
        return text + ']';
      }
      if (prototype !== Object.prototype) return UNDESCRIBABLE;
      let text = '{';
      for (const key in value) {
        const part = describe((value as Record<string, unknown>)[key]);
        if (part === UNDESCRIBABLE) return part;
        text += JSON.stringify(key) + ':' + part + ',';
      }
      return text + '}';
    }
    default:
      return UNDESCRIBABLE;
  }
}

let untouched: Map<string, string | typeof UNDESCRIBABLE> | undefined;

/** The parts of a new builder's expression map, described. */
function untouchedParts(query: SelectQueryBuilder<ObjectLiteral>): Map<string, string | typeof UNDESCRIBABLE> {
  if (!untouched) {
    const ExpressionMap = query.expressionMap.constructor as new (dataSource: DataSource) => Record<string, unknown>;
    const fresh = new ExpressionMap(query.connection);
    untouched = new Map(Object.keys(fresh).map((key) => [key, describe(fresh[key])]));
  }
  return untouched;
}

/**
 * Everything in a select query builder that decides its SQL text, as a string; undefined when the
 * builder holds anything this cannot describe faithfully (a function, a sub-query builder, a join's
 * metadata, a spread `:...list` whose length is part of the text). Parameter values are left out
 * (they are bound, not written), their names are in.
 */
function shapeOf(query: SelectQueryBuilder<ObjectLiteral>, parameters: ObjectLiteral): string | undefined {
  const map = query.expressionMap as unknown as Record<string, unknown>;
  if (map.useTransaction) return undefined;
  const untouched = untouchedParts(query);
  let shape = '';
  for (const key in map) {
    if (NOT_SQL.has(key)) continue;
    const part = describe(map[key]);
    if (part === UNDESCRIBABLE) return undefined;
    // A shorter key to hash on every request: a part as a new builder has it says nothing.
    if (part !== untouched.get(key)) shape += key + '=' + part + ';';
  }
  if (shape.includes(':...')) return undefined;
  for (const alias of query.expressionMap.aliases) {
    if (alias.subQuery !== undefined && typeof alias.subQuery !== 'string') return undefined;
    shape += `alias=${alias.type} ${alias.name} ${alias.hasMetadata ? alias.metadata.tablePath : alias.tablePath} ${alias.subQuery ?? ''};`;
  }
  return shape + 'main=' + query.expressionMap.mainAlias?.name + ';parameters=' + Object.keys(parameters).join(',');
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
