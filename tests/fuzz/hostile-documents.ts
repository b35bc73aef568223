import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,

  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** What one generated request sends: a GraphQL body, or raw bytes for bodies that are not even JSON. */
export interface HostileRequest {
  kind: string;
  body: { query: string; variables?: Record<string, unknown>; operationName?: string } | string;
}

/** A small seeded generator (mulberry32): the same seed gives the same documents on every run. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let value = this.state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  }
  integer(below: number): number {
    return Math.floor(this.next() * below);
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.integer(items.length)];
  }
}

const HOSTILE_STRINGS: ReadonlyArray<(random: Random) => string> = [
  () => 'a\u0000b',
  () => '\u0000',
  () => 'x'.repeat(25_000),
  () => 'ж'.repeat(20_001),
  () => '',
  () => '   ',
  () => '\ud800',
  () => 'abc\udfff',
  () => '\u202egnp.exe',
  () => '\u200b\u200c\u200d\ufeff',
  () => 'é'.normalize('NFD').repeat(50),
  () => '👨‍👩‍👧‍👦'.repeat(100),
  () => "' OR 1=1 --",
  () => '%_\\',
  () => '$1 $2 \\x00',
  () => '<script>alert(1)</script>',
  () => '{{brand}} {name} {',
  () => 'Третью неделю жду запчасть по гарантии',
  () => 'ordinary text',
  (random) => String.fromCharCode(...Array.from({ length: 40 }, () => random.integer(0xffff))),
];

const HOSTILE_INTEGERS: ReadonlyArray<unknown> = [0, -1, 1, 10, 11, 501, 2147483647, -2147483648, 2147483648, 1e308, -1e308, 1.5, '7', 'NaN', true, null];
const HOSTILE_FLOATS: ReadonlyArray<unknown> = [0, -0, 1e308, -1e308, 5e-324, 1.5, -1, 'Infinity', 'NaN', '1e999', null];
const HOSTILE_DATES: ReadonlyArray<unknown> = ['2026-11-20T09:00:00Z', '2026-13-45T99:99:99Z', 'not a date', '9999-12-31T23:59:59Z', '0000-01-01T00:00:00Z', '', 1e15, -1];
const HOSTILE_IDS = (real: readonly string[]): ReadonlyArray<unknown> => [
  ...real,
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '12345678-1234-1234-1234-12345678901',
  'not-a-uuid',
  '1 OR 1=1',
  '',
  'a\u0000b',
  'x'.repeat(25_000),
  12345,
  -1,
];

/** A JSON value nested `depth` levels deep. */
function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

export interface GeneratorOptions {
  schema: GraphQLSchema;
  /** Ids of real records of the caller's client, so that some requests get past NOT_FOUND. */
  realIds: readonly string[];
  seed: number;
}

/** Generates hostile requests from a schema: valid shapes with hostile arguments, and broken documents. */
export class HostileDocuments {
  private readonly random: Random;
  private readonly roots: Array<{ operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }>;

  constructor(private readonly options: GeneratorOptions) {
    this.random = new Random(options.seed);
    const { schema } = options;
    this.roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ operation: 'query' as const, field })),
      ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({ operation: 'mutation' as const, field })),
    ];
  }

  next(): HostileRequest {
    const roll = this.random.next();
    if (roll < 0.7) return this.hostileArguments();
    return this.brokenDocument();
  }

  /** A valid document shape whose argument values are hostile, sent inline or as variables. */
  private hostileArguments(): HostileRequest {
    const { operation, field } = this.random.pick(this.roots);
    const asVariables = this.random.chance(0.5);
    const variables: Record<string, unknown> = {};
    const definitions: string[] = [];
    const argumentsText = field.args
      .filter((argument) => isNonNullType(argument.type) || this.random.chance(0.6))
      .map((argument) => {
        const value = this.value(argument.type, 0);
        if (asVariables) {
          definitions.push(`$${argument.name}: ${String(argument.type)}`);
          variables[argument.name] = value;
          return `${argument.name}: $${argument.name}`;
        }
        return `${argument.name}: ${literal(value, argument)}`;
      });
    const call = argumentsText.length ? `${field.name}(${argumentsText.join(', ')})` : field.name;
    const header = definitions.length ? `${operation} Fuzz(${definitions.join(', ')})` : operation;
    const query = `${header} { ${call}${this.selection(field.type, 0)} }`;
    return { kind: `${operation}.${field.name}${asVariables ? ' (variables)' : ''}`, body: { query, variables } };
  }

  private selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return '';
    if (!isObjectType(named)) return ' { __typename }';
    const fields = Object.values((named as GraphQLObjectType).getFields()).filter((field) => depth < 2 || isLeafType(getNamedType(field.type)));
    const chosen = fields.filter((field) => isLeafType(getNamedType(field.type)) || this.random.chance(0.25)).slice(0, 12);
    const parts = chosen
      .filter((field) => field.args.every((argument) => !isNonNullType(argument.type)))
      .map((field) => {
        const argumentsText = field.args.length && this.random.chance(0.5) ? `(${field.args.map((argument) => `${argument.name}: ${literal(this.value(argument.type, 0), argument)}`).join(', ')})` : '';
        return `${field.name}${argumentsText}${this.selection(field.type, depth + 1)}`;
      });
    return ` { ${parts.length ? parts.join(' ') : '__typename'} }`;
  }

  /** A value for an input type: mostly of the right shape with hostile contents, sometimes of the wrong type. */
  private value(type: GraphQLInputType, depth: number): unknown {
    const random = this.random;
    if (random.chance(0.04)) return random.pick([null, 42, 'wrong type', [1, 2], { unexpected: true }, nested(40)]);
    const inner = getNullableType(type);
    if (isListType(inner)) {
      // Over the 1,000-item limits now and then; such lists are costly to run, so rarely.
      const length = random.chance(0.02) ? 1001 : random.pick([0, 1, 2, 3]);
      const item = this.value(inner.ofType, depth + 1);
      return Array.from({ length }, (_, index) => (index < 3 ? this.value(inner.ofType, depth + 1) : item));
    }
    if (isInputObjectType(inner)) {
      if (depth > 3) return {};
      const value: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) {
        if (isNonNullType(field.type) ? random.chance(0.95) : random.chance(0.6)) value[field.name] = this.value(field.type, depth + 1);
      }
      if (random.chance(0.05)) value.unknownField = 'x';
      return value;
    }
    if (isEnumType(inner)) {
      const values = inner.getValues().map((entry) => entry.value as string);
      return random.chance(0.8) ? random.pick(values) : random.pick(['NOPE', values[0].toLowerCase(), '', 0]);
    }
    if (isScalarType(inner)) {
      switch (inner.name) {
        case 'String':
          return random.pick(HOSTILE_STRINGS)(random);
        case 'Int':
          return random.pick(HOSTILE_INTEGERS);
        case 'Float':
          return random.pick(HOSTILE_FLOATS);
        case 'Boolean':
          return random.pick([true, false, 'true', 0, null]);
        case 'ID':
          return random.pick(HOSTILE_IDS(this.options.realIds));
        case 'DateTimeISO':
          return random.pick(HOSTILE_DATES);
        case 'JSON':
        case 'JSONObject':
          return random.pick([{}, { a: 'b\u0000' }, nested(30), nested(200), [1, 'x'], 'text', { key: 'x'.repeat(25_000) }]);
        default:
          return random.pick(HOSTILE_STRINGS)(random);
      }
    }
    return null;
  }

  /** Documents and bodies broken in the ways clients and scanners break them. */
  private brokenDocument(): HostileRequest {
    const random = this.random;
    const valid = this.hostileArguments();
    const query = typeof valid.body === 'string' ? '' : valid.body.query;
    const variables = typeof valid.body === 'string' ? undefined : valid.body.variables;
    const broken: Array<() => HostileRequest> = [
      () => ({ kind: 'truncated document', body: { query: query.slice(0, 1 + random.integer(Math.max(1, query.length - 1))), variables } }),
      () => ({ kind: 'stray characters', body: { query: insertAt(query, random.integer(query.length), random.pick(['}', '{', '(', '"', '$', '@', '!', '\u0000', '#'])), variables } }),
      () => ({ kind: 'unknown field', body: { query: '{ noSuchField { id } }' } }),
      () => ({ kind: 'unknown operationName', body: { query, variables, operationName: 'NoSuchOperation' } }),
      () => ({ kind: 'two operations, no name', body: { query: '{ me { user { id } } } query Other { __typename }' } }),
      () => ({ kind: 'too many tokens', body: { query: `{ ${'__typename '.repeat(3100)} }` } }),
      () => ({ kind: 'too many aliases', body: { query: `{ ${Array.from({ length: 40 }, (_, index) => `a${index}: __typename`).join(' ')} }` } }),
      () => ({ kind: 'repeated field', body: { query: `{ me { user { ${'id '.repeat(200)} } } }` } }),
      () => ({ kind: 'too deep', body: { query: `{ me { user { ${'memberships { user { '.repeat(8)} id ${'} } '.repeat(8)} } } }` } }),
      () => ({ kind: 'introspection too deep', body: { query: `{ __schema { types { fields { type { ${'ofType { '.repeat(30)} name ${'} '.repeat(30)} } } } } }` } }),
      () => ({ kind: 'undeclared variable', body: { query: '{ allSituations(filter: { q: $q }) { id } }', variables: { q: 'x' } } }),
      () => ({ kind: 'variables not an object', body: { query, variables: random.pick(['text', 5, [1, 2], true]) as unknown as Record<string, unknown> } }),
      () => ({ kind: 'query not a string', body: { query: random.pick([5, null, ['{ me { user { id } } }'], {}]) as unknown as string } }),
      () => ({ kind: 'empty document', body: { query: random.pick(['', ' ', '#comment']) } }),
      () => ({ kind: 'bad JSON body', body: random.pick(['{"query": ', '{"query": "{ me { user { id } } }", "variables": {', 'not json', '[]', '{"query": "\\u0000"}', '"just a string"', 'null']) }),
      () => ({ kind: 'deep JSON variables', body: `{"query":"{ __typename }","variables":{"a":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}}` }),
      () => ({ kind: 'subscription', body: { query: 'subscription { me { user { id } } }' } }),
      () => ({ kind: 'fragment cycle', body: { query: '{ me { ...A } } fragment A on Me { ...B } fragment B on Me { ...A }' } }),
      () => ({ kind: 'directive misuse', body: { query: `{ me @include(if: "yes") @skip(if: $nope) { user { id } } }` } }),
    ];
    return random.pick(broken)();
  }
}

function insertAt(text: string, index: number, inserted: string): string {
  return text.slice(0, index) + inserted + text.slice(index);
}

/** A JS value written as a GraphQL literal; enum values of the argument's type are written bare. */
function literal(value: unknown, argument: GraphQLArgument): string {
  const enumNames = new Set<string>();
  collectEnumNames(argument.type, enumNames, new Set());
  const write = (item: unknown): string => {
    if (item === null || item === undefined) return 'null';
    if (typeof item === 'string') return enumNames.has(item) ? item : JSON.stringify(item);
    if (typeof item === 'number') return Number.isFinite(item) ? String(item) : JSON.stringify(String(item));
    if (typeof item === 'boolean') return String(item);
    if (Array.isArray(item)) return `[${item.map(write).join(', ')}]`;
    return `{ ${Object.entries(item as Record<string, unknown>).map(([key, entry]) => `${key}: ${write(entry)}`).join(', ')} }`;
  };
  return write(value);
}

function collectEnumNames(type: GraphQLInputType, names: Set<string>, seen: Set<string>): void {
  const named = getNamedType(type);
  if (seen.has(named.name)) return;
  seen.add(named.name);
  if (isEnumType(named)) for (const value of named.getValues()) names.add(value.name);
  if (isInputObjectType(named)) for (const field of Object.values(named.getFields())) collectEnumNames(field.type, names, seen);
}

