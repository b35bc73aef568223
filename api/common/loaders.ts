import DataLoader from 'dataloader';
import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { isClientOwned, type TenantScope } from '../auth/tenant-scope';

type Target<E extends ObjectLiteral> = EntityTarget<E> & Function;

/**
 * A DataLoader that also answers, without waiting, for a key a list primed before anything loaded
 * it (`peek`): a field that reads a primed value then completes at once, where a promise per row
 * made graphql-js wait for every row of the page on its own.
 */
export class RequestLoader<V> extends DataLoader<string, V> {
  private readonly primedValues = new Map<string, V>();
  private readonly asked = new Set<string>();

  override load(key: string): Promise<V> {
    this.asked.add(key);
    return super.load(key);
  }

  /** As DataLoader's: a key already asked for or primed keeps its value. */
  override prime(key: string, value: V | PromiseLike<V> | Error): this {
    if (!this.asked.has(key) && !this.primedValues.has(key) && !(value instanceof Error) && !isPromiseLike(value)) this.primedValues.set(key, value);
    return super.prime(key, value);
  }

  override clear(key: string): this {
    this.primedValues.delete(key);
    this.asked.delete(key);
    return super.clear(key);
  }

  override clearAll(): this {
    this.primedValues.clear();
    this.asked.clear();
    return super.clearAll();
  }

  /** The value primed for `key`, if it was primed (not loaded). */
  peek(key: string): V | undefined {
    return this.primedValues.get(key);
  }
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * Per-request batching: a list of 50 rows asking for their related rows costs one query, not 50.
 * Loaders of client-owned entities are restricted to the request's client like every other read.
 */
export class Loaders {
  private readonly cache = new Map<string, RequestLoader<unknown>>();

  constructor(
    private readonly manager: EntityManager,
    /** The request's tenant scope (the one rule for client-owned rows); throws when the request has no client. */
    private readonly tenant: () => TenantScope,
  ) {}

  /** Rows by id; missing (or another client's) ids load as null. */
  byId<E extends ObjectLiteral & { id: string }>(target: Target<E>): RequestLoader<E | null> {
    return this.loader(`byId:${target.name}`, async (ids) => {
      const rows = await this.manager.find(target, { where: this.scoped(target, { id: In([...ids]) }) });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  /**
   * All rows whose `field` equals each key, e.g. memberships by userId. `acrossClients` lifts the
   * tenant restriction; only agency-wide (ADMIN) operations may ask for it.
   */
  manyBy<E extends ObjectLiteral>(
    target: Target<E>,
    field: keyof E & string,
    options: { order?: Partial<Record<keyof E & string, 'ASC' | 'DESC'>>; acrossClients?: boolean } = {},
  ): RequestLoader<E[]> {
    const name = `manyBy:${target.name}.${field}${options.acrossClients ? ':agency' : ''}`;
    return this.loader(name, async (keys) => {
      const where = { [field]: In([...keys]) };
      const rows = await this.manager.find(target, {
        where: (options.acrossClients ? where : this.scoped(target, where)) as never,
        order: options.order as never,
      });
      const grouped = new Map<string, E[]>(keys.map((key) => [key, []]));
      for (const row of rows) grouped.get(String(row[field]))?.push(row);
      return keys.map((key) => grouped.get(key) ?? []);
    });
  }

  /** A loader of a module's own batch query (one statement for many keys), cached for the request under `name`. */
  custom<V>(name: string, batch: (keys: readonly string[]) => Promise<V[]>): RequestLoader<V> {
    return this.loader(`custom:${name}`, batch);
  }

  private scoped(target: EntityTarget<ObjectLiteral>, where: Record<string, unknown>): never {
    return (isClientOwned(this.manager, target) ? this.tenant().where(where) : where) as never;
  }

  private loader<V>(key: string, batch: (keys: readonly string[]) => Promise<V[]>): RequestLoader<V> {
    let loader = this.cache.get(key) as RequestLoader<V> | undefined;
    if (!loader) {
      loader = new RequestLoader<V>(batch);
      this.cache.set(key, loader as RequestLoader<unknown>);
    }
    return loader;
  }
}
