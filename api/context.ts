import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor, Caller } from './auth/caller';
import { actorOf, rolesIn } from './auth/caller';
import type { ClientAccess } from './auth/authenticate';
import { TenantScope } from './auth/tenant-scope';
import { AppError, ErrorCode, forbidden, unauthenticated } from './common/errors';
import { Loaders } from './common/loaders';
import { TransactionScope, type TransactionOwner } from './common/transaction-scope';
import type { Client } from './modules/clients/client.entity';
import { Role } from './modules/users/role';
import type { User } from './modules/users/user.entity';
import { ErrorReason } from './common/error-reasons';

/** Everything a resolver knows about the request it serves. Built once per request. */
export class RequestContext implements TransactionOwner {
  readonly requestId = randomUUID();
  readonly loaders: Loaders;
  private tenantScope: TenantScope | undefined;
  private auditEvents = 0;
  /** The representative an API key with cases:write acts for (api/modules/representatives/on-behalf.ts). */
  private delegate: { user: User; roles: Role[] } | undefined;

  constructor(
    readonly dataSource: DataSource,
    readonly caller: Caller | null,
    private readonly access: ClientAccess,
    /** Where the request came from, as sign-in throttling counts it (api/auth/source-address.ts); worked out when first asked. */
    sourceAddress: string | (() => string) = 'unknown',
  ) {
    this.sourceAddressOrThunk = sourceAddress;
    this.loaders = new Loaders(dataSource.manager, () => this.tenant);
  }

  private sourceAddressOrThunk: string | (() => string);

  /** Where the request came from, as sign-in throttling counts it. */
  get sourceAddress(): string {
    if (typeof this.sourceAddressOrThunk === 'function') this.sourceAddressOrThunk = this.sourceAddressOrThunk();
    return this.sourceAddressOrThunk;
  }

  get actor(): Actor {
    const actor = actorOf(this.caller);
    return this.delegate ? { ...actor, label: `${actor.label} for ${this.delegate.user.email}` } : actor;
  }

  /** From here on, this API key's request acts as `user` with `roles`: the rules of that person apply. */
  actFor(user: User, roles: Role[]): void {
    this.delegate = { user, roles };
  }

  /** The client this request works on; throws (FORBIDDEN, or asks to choose one) when there is none. */
  get client(): Client {
    if (this.access.problem) throw this.access.problem;
    return this.access.client;
  }

  /** Set when X-Client names a client the caller may not work on. */
  get clientRefusal(): AppError | undefined {
    return this.access.problem?.code === ErrorCode.FORBIDDEN ? this.access.problem : undefined;
  }

  get currentClient(): Client | undefined {
    return this.access.client;
  }

  /** Reads scoped to the request's client. */
  get tenant(): TenantScope {
    this.tenantScope ??= new TenantScope(this.client, this.dataSource.manager);
    return this.tenantScope;
  }

  /** The signed-in staff member; API keys are refused. */
  get user(): User {
    if (!this.caller) throw unauthenticated();
    if (this.caller.kind !== 'user' && this.delegate) return this.delegate.user;
    if (this.caller.kind !== 'user') throw forbidden('This operation is for staff accounts, not API keys.', { reason: ErrorReason.STAFF_ONLY });
    return this.caller.user;
  }

  get isAdmin(): boolean {
    return this.caller?.kind === 'user' && this.caller.user.isAdmin;
  }

  /** Roles held in the request's client; ADMIN holds all of them. */
  get roles(): Role[] {
    if (this.isAdmin) return Object.values(Role);
    if (this.caller?.kind === 'apiKey') return this.delegate?.roles ?? [];
    return rolesIn(this.caller, this.client.id);
  }

  hasRole(...roles: Role[]): boolean {
    if (this.caller?.kind !== 'user' && !this.delegate) return false;
    return roles.some((role) => this.roles.includes(role));
  }

  /** Runs `work` in one database transaction with audited, version-checked writes. */
  transaction<T>(work: (scope: TransactionScope) => Promise<T>): Promise<T> {
    return TransactionScope.run(this.dataSource, this, work);
  }

  noteAuditEvent(): void {
    this.auditEvents += 1;
  }

  get auditEventCount(): number {
    return this.auditEvents;
  }
}
