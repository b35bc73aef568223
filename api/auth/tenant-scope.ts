import type {
  EntityManager,
  EntityTarget,
  FindManyOptions,
  FindOneOptions,
  FindOptionsWhere,
  ObjectLiteral,
  SelectQueryBuilder,
} from 'typeorm';
import { notFound } from '../common/errors';
import { isUuid } from '../common/ids';
import type { Client } from '../modules/clients/client.entity';
import type { ClientOwnedEntity } from '../modules/clients/client-owned.entity';

type Where<E> = FindOptionsWhere<E> | FindOptionsWhere<E>[];

export function isClientOwned(manager: EntityManager, target: EntityTarget<ObjectLiteral>): boolean {
  return Boolean(manager.connection.getMetadata(target).findColumnWithPropertyPath('clientId'));
}

/** How raw SQL names the request's client; `sql` binds it as `$1`, so the caller's own parameters start at `$2`. */
export const CLIENT_PLACEHOLDER = '$client';

/**
 * The one place tenant scoping happens, and the only road from a request to a client's rows: finds,
 * query builders, loaders (api/common/loaders.ts), transactions (their `tenant` is this scope on the
 * transaction's manager) and raw SQL (`sql`, which binds the client itself). Every read of a
 * client-owned entity gets `client_id = <the request's client>` added, whatever the caller asked for;
 * rows of another client are indistinguishable from rows that do not exist.
 * tests/unit/tenant-road.test.ts fails when code outside this file writes `client_id = $n` by hand.
 */
export class TenantScope {
  constructor(
    readonly client: Client,
    readonly manager: EntityManager,
  ) {}

  get clientId(): string {
    return this.client.id;
  }

  /** The same scope inside a transaction. */
  within(manager: EntityManager): TenantScope {
    return manager === this.manager ? this : new TenantScope(this.client, manager);
  }

  where<E extends ClientOwnedEntity>(where: Where<E> = {}): Where<E> {
    const scoped = (condition: FindOptionsWhere<E>) => ({ ...condition, clientId: this.clientId }) as FindOptionsWhere<E>;
    return Array.isArray(where) ? where.map(scoped) : scoped(where);
  }

  find<E extends ClientOwnedEntity>(target: EntityTarget<E>, options: FindManyOptions<E> = {}): Promise<E[]> {
    return this.manager.find(target, { ...options, where: this.where(options.where) });
  }

  findOne<E extends ClientOwnedEntity>(target: EntityTarget<E>, options: FindOneOptions<E>): Promise<E | null> {
    return this.manager.findOne(target, { ...options, where: this.where(options.where) });
  }

  count<E extends ClientOwnedEntity>(target: EntityTarget<E>, where?: Where<E>): Promise<number> {
    return this.manager.count(target, { where: this.where(where) });
  }

  /** The row with this id in the request's client, or NOT_FOUND. */
  async get<E extends ClientOwnedEntity>(target: EntityTarget<E>, id: string, lock?: 'pessimistic_write'): Promise<E> {
    const entityName = this.manager.connection.getMetadata(target).name;
    if (!isUuid(id)) throw notFound(entityName, id);
    const found = await this.manager.findOne(target, {
      where: this.where({ id } as FindOptionsWhere<E>),
      ...(lock ? { lock: { mode: lock } } : {}),
    });
    if (!found) throw notFound(entityName, id);
    return found;
  }

  /**
   * Runs raw SQL for the request's client: the statement says `$client` wherever it means the client
   * (bound as `$1`; its own parameters are `$2`, `$3`...). A statement without `$client`, or one that
   * binds `$1` itself, is refused before it reaches the database.
   */
  sql<R = Record<string, unknown>>(text: string, parameters: unknown[] = []): Promise<R[]> {
    if (!text.includes(CLIENT_PLACEHOLDER)) throw new Error('TenantScope.sql: the statement does not restrict itself to $client.');
    if (/\$1(?!\d)/.test(text)) throw new Error('TenantScope.sql: $1 is the client; number your own parameters from $2.');
    return this.manager.query(text.replaceAll(CLIENT_PLACEHOLDER, '$1'), [this.clientId, ...parameters]) as Promise<R[]>;
  }

  /** A query builder already restricted to the request's client; add conditions with andWhere. */
  query<E extends ObjectLiteral & { clientId: string | null }>(target: EntityTarget<E>, alias: string): SelectQueryBuilder<E> {
    return this.manager
      .createQueryBuilder(target, alias)
      .where(`${alias}.clientId = :tenantClientId`, { tenantClientId: this.clientId });
  }
}
