import type { DataSource, DeepPartial, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Actor } from '../auth/caller';
import { isClientOwned, TenantScope } from '../auth/tenant-scope';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { changedFields, snapshot } from '../modules/audit/audit-snapshot';
import type { Client } from '../modules/clients/client.entity';
import { conflict, notFound } from './errors';
import type { StoredEntity } from './stored-entity';
import { ErrorReason } from './error-reasons';
import { runAgainOnRace } from './transaction-retry';

export interface AuditRecord {
  entityType: string;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  /** Defaults to the entity's own client, else the request's client, else agency-wide. */
  clientId?: string | null;
  /** Defaults to the caller; sign-in names the user signing in. */
  actor?: Actor;
}

/** What a transaction needs from the request it serves. */
export interface TransactionOwner {
  readonly actor: Actor;
  readonly currentClient: Client | undefined;
  readonly tenant: TenantScope;
  noteAuditEvent(): void;
}

/**
 * A unit of work inside one database transaction. Its writes are audited as they happen, in the same
 * transaction, so a change and its audit event are committed or lost together; updates are
 * conditioned on the version the caller read, so no edit silently overwrites another.
 */
export class TransactionScope {
  /**
   * Runs `work` in a transaction of its own. A transaction that PostgreSQL broke off because it raced
   * with another (deadlock, serialization failure) was rolled back whole, so it is run again, a few
   * times at most; only the attempt that committed counts its audit events for the owner. So `work`
   * keeps its effects inside the transaction: nothing sent or cached from inside it.
   */
  static run<T>(dataSource: DataSource, owner: TransactionOwner, work: (scope: TransactionScope) => Promise<T>): Promise<T> {
    return runAgainOnRace(async () => {
      let auditEvents = 0;
      const attempt: TransactionOwner = {
        get actor() {
          return owner.actor;
        },
        get currentClient() {
          return owner.currentClient;
        },
        get tenant() {
          return owner.tenant;
        },
        noteAuditEvent: () => {
          auditEvents += 1;
        },
      };
      const result = await dataSource.transaction((manager) => work(new TransactionScope(manager, attempt)));
      for (let event = 0; event < auditEvents; event += 1) owner.noteAuditEvent();
      return result;
    });
  }

  constructor(
    readonly manager: EntityManager,
    private readonly owner: TransactionOwner,
  ) {}

  /** Tenant-scoped reads inside this transaction. */
  get tenant(): TenantScope {
    return this.owner.tenant.within(this.manager);
  }

  get actor(): Actor {
    return this.owner.actor;
  }

  /**
   * Inserts and audits a row. A client-owned row goes to the request's client unless an agency-wide
   * operation names the client explicitly.
   */
  async insert<E extends ObjectLiteral>(
    target: EntityTarget<E>,
    values: DeepPartial<E>,
    options: { action?: string; clientId?: string } = {},
  ): Promise<E> {
    const owned = isClientOwned(this.manager, target);
    const clientId = owned ? (options.clientId ?? this.tenant.clientId) : undefined;
    const entity = this.manager.create(target, { ...values, ...(owned ? { clientId } : {}) } as DeepPartial<E>);
    const saved = await this.manager.save(target, entity);
    await this.record({
      entityType: this.entityType(target),
      entityId: String(saved.id),
      action: options.action ?? 'CREATE',
      before: null,
      after: snapshot(this.manager, target, saved),
      clientId: clientId ?? this.clientIdOf(target, saved),
    });
    return saved;
  }

  /**
   * Applies `changes` only if the row is still at `expectedVersion` (default: the version of
   * `current`). Otherwise CONFLICT, saying who changed which fields since.
   */
  async update<E extends StoredEntity>(
    target: EntityTarget<E>,
    current: E,
    changes: Partial<E>,
    options: { expectedVersion?: number; action?: string } = {},
  ): Promise<E> {
    const expectedVersion = options.expectedVersion ?? current.version;
    const query = this.manager
      .createQueryBuilder()
      .update(target)
      .set(changes as never)
      .where('id = :id', { id: current.id })
      .andWhere('version = :expectedVersion', { expectedVersion });
    const clientId = (current as { clientId?: string }).clientId;
    if (clientId) query.andWhere('client_id = :clientId', { clientId });
    const result = await query.returning('version, updated_at').execute();
    const stored = (result.raw as { version: number; updated_at: Date }[])[0];
    if (!stored) throw await this.staleVersion(target, current, expectedVersion);
    const updated = this.manager.create(target, { ...current, ...changes, version: stored.version, updatedAt: stored.updated_at } as DeepPartial<E>);
    await this.record({
      entityType: this.entityType(target),
      entityId: current.id,
      action: options.action ?? 'UPDATE',
      before: snapshot(this.manager, target, current),
      after: snapshot(this.manager, target, updated),
      clientId: this.clientIdOf(target, current),
    });
    return updated;
  }

  async remove<E extends StoredEntity>(target: EntityTarget<E>, current: E, options: { action?: string } = {}): Promise<void> {
    await this.manager.delete(target, { id: current.id } as never);
    await this.record({
      entityType: this.entityType(target),
      entityId: current.id,
      action: options.action ?? 'DELETE',
      before: snapshot(this.manager, target, current),
      after: null,
      clientId: this.clientIdOf(target, current),
    });
  }

  /** Records a domain action that is not a plain row change (sign-in, approval of a set of rows...). */
  async record(record: AuditRecord): Promise<void> {
    const actor = record.actor ?? this.owner.actor;
    const event = this.manager.create(AuditEvent, {
      clientId: record.clientId === undefined ? (this.owner.currentClient?.id ?? null) : record.clientId,
      actorType: actor.type,
      actorUserId: actor.userId,
      actorApiKeyId: actor.apiKeyId,
      actorLabel: actor.label,
      entityType: record.entityType,
      entityId: record.entityId,
      action: record.action,
      before: record.before ?? null,
      after: record.after ?? null,
    });
    await this.manager.insert(AuditEvent, event as never);
    this.owner.noteAuditEvent();
  }

  private entityType(target: EntityTarget<ObjectLiteral>): string {
    return this.manager.connection.getMetadata(target).name;
  }

  /** A row's client for its audit event: its own, the client itself, or none (agency-wide: users). */
  private clientIdOf(target: EntityTarget<ObjectLiteral>, entity: ObjectLiteral): string | null {
    if (isClientOwned(this.manager, target)) return (entity as { clientId: string }).clientId;
    if (this.entityType(target) === 'Client') return String(entity.id);
    return null;
  }

  private async staleVersion<E extends StoredEntity>(target: EntityTarget<E>, current: E, expectedVersion: number) {
    const entityType = this.entityType(target);
    const latest = await this.manager.findOne(target, { where: { id: current.id } as never });
    if (!latest) return notFound(entityType, current.id);
    const events = await this.manager
      .createQueryBuilder(AuditEvent, 'event')
      .where('event.entityType = :entityType AND event.entityId = :entityId', { entityType, entityId: current.id })
      .andWhere(`(event.after ->> 'version')::int > :expectedVersion`, { expectedVersion })
      .orderBy('event.createdAt', 'ASC')
      .getMany();
    const changes = events.map((event) => ({
      by: event.actorLabel,
      at: event.createdAt.toISOString(),
      action: event.action,
      fields: changedFields(event.before, event.after),
    }));
    const fields = [...new Set(changes.flatMap((change) => change.fields))];
    const who = [...new Set(changes.map((change) => change.by))].join(', ') || 'someone else';
    return conflict(
      `This ${entityType} was changed by ${who} after you opened it (you had version ${expectedVersion}, it is now ${latest.version}` +
        (fields.length ? `; changed: ${fields.join(', ')}` : '') +
        '). Reload it and apply your edit again.',
      { reason: ErrorReason.STALE_VERSION, expectedVersion, currentVersion: latest.version, changes, current: snapshot(this.manager, target, latest) },
    );
  }
}
