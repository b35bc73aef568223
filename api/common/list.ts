import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { hydrate } from '../database/hydrate';
import { rawRowsOf } from '../database/query-text';
import { ErrorReason } from './error-reasons';
import { badInput } from './errors';

export enum SortOrder {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortOrder, { name: 'SortOrder' });

export const MAX_PER_PAGE = 500;

/**
 * Paging and sorting for `allXs(page, perPage, sortField, sortOrder, filter)`, the list grammar the
 * admin's data provider speaks (react-admin's ra-data-graphql-simple convention; page counts from 0).
 */
@ArgsType()
export class ListArgs {
  @Field(() => Int, { nullable: true, description: 'Page number, counting from 0.' })
  @Min(0, { message: 'page counts from 0 and cannot be negative' })
  page?: number;

  @Field(() => Int, { nullable: true, description: `Rows per page, at most ${MAX_PER_PAGE}.` })
  @Min(1, { message: 'perPage must be at least 1' })
  @Max(MAX_PER_PAGE, { message: `perPage can be at most ${MAX_PER_PAGE}` })
  perPage?: number;

  @Field({ nullable: true, description: 'A field of the listed type to sort by; `id` is accepted on every list (react-admin\'s default).' })
  sortField?: string;

  @Field(() => SortOrder, { nullable: true })
  sortOrder?: SortOrder;
}

@ObjectType({ description: 'The total behind a list, for paging.' })
export class ListMetadata {
  @Field(() => Int)
  count: number;
}

/**
 * Orders and pages a query. `sortable` maps the public field names a list may be sorted by to
 * columns; anything else is refused, so a sort field can never inject SQL. `id` is sortable on every
 * list (react-admin sorts by it unless told otherwise), and every order ends with the id, so pages
 * never repeat or skip a row whatever the sort.
 */
export function paginate<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  args: ListArgs,
  sortable: Record<string, string>,
  defaultSort: { field: string; order: SortOrder },
): SelectQueryBuilder<E> {
  const field = args.sortField ?? defaultSort.field;
  const columns: Record<string, string> = { ...sortable, id: `${query.alias}.id` };
  const column = Object.hasOwn(columns, field) ? columns[field] : undefined;
  if (!column) {
    throw badInput(
      { field: 'sortField', message: `cannot sort by "${field}"; choose one of ${Object.keys(columns).join(', ')}` },
      ErrorReason.UNKNOWN_SORT_FIELD,
    );
  }
  const perPage = args.perPage ?? 25;
  query.orderBy(column, args.sortOrder ?? (args.sortField ? SortOrder.ASC : defaultSort.order));
  if (column !== `${query.alias}.id`) query.addOrderBy(`${query.alias}.id`, 'ASC');
  return query.offset((args.page ?? 0) * perPage).limit(perPage);
}

export async function listMetadata(query: SelectQueryBuilder<ObjectLiteral>): Promise<ListMetadata> {
  return { count: await query.getCount() };
}

/**
 * A list query's rows as entities, each read as one row_to_json and hydrated: on a short page
 * TypeORM's entity transformer costs more than the query. `with` adds named SQL expressions (the
 * json of related rows, for loaders to be primed with) to the same statement.
 */
export async function entitiesOf<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  with_: Record<string, string> = {},
): Promise<{ entity: E; with: Record<string, unknown> }[]> {
  const target = query.expressionMap.mainAlias!.target;
  query.select(`row_to_json(${query.escape(query.alias)})`, 'row');
  for (const [name, expression] of Object.entries(with_)) query.addSelect(expression, name);
  const rows = await rawRowsOf<{ row: Record<string, unknown> } & Record<string, unknown>>(query);
  return rows.map(({ row, ...rest }) => ({ entity: hydrate(query.connection, target, row) as E, with: rest }));
}
