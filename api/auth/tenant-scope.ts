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

/**
 * The one place tenant scoping happens. Every read of a client-owned entity goes through here and
 * gets `client_id = <the request's client>` added, whatever the caller asked for; rows of another
 * client are indistinguishable from rows that do not exist.
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

  /** A query builder already restricted to the request's client; add conditions with andWhere. */
  query<E extends ObjectLiteral & { clientId: string | null }>(target: EntityTarget<E>, alias: string): SelectQueryBuilder<E> {
    return this.manager
      .createQueryBuilder(target, alias)
      .where(`${alias}.clientId = :tenantClientId`, { tenantClientId: this.clientId });
  }
}
