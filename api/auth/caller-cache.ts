import { Client as PgClient, type ClientConfig } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { logger } from '../common/logger';
import { CALLER_CHANNEL } from '../database/migrations/1796560000000-CallerChangeNotices';
import type { Authentication } from './authenticate';

const ENTRIES_KEPT = 10_000;
const RECONNECT_AFTER_MS = 1_000;

/**
 * Staff callers (user, memberships, client) remembered per token and X-Client for a few seconds, so
 * that a signed-in request costs no lookup statement. Correctness does not rest on the seconds:
 * every change to users, memberships or clients is announced by the database at commit
 * (migration CallerChangeNotices) and each API process, listening on its own connection, forgets
 * everything it remembered. While that connection is down nothing is remembered at all, so a missed
 * notice cannot keep a deactivated user or a removed membership working.
 */
export class CallerCache {
  private readonly entries = new Map<string, { authentication: Authentication; expiresAt: number }>();
  private listener: PgClient | undefined;
  private listening = false;
  private stopped = false;
  /** Moves on with every notice: a lookup that started before one must not be remembered after it. */
  private generation = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly seconds: number,
  ) {}

  get enabled(): boolean {
    return this.seconds > 0;
  }

  async start(): Promise<void> {
    if (!this.enabled || this.stopped) return;
    const options = (this.dataSource.driver as PostgresDriver).master.options as ClientConfig;
    const listener = new PgClient({ ...options, application_name: 'repbase-caller-notices' });
    const lost = () => {
      if (this.listener !== listener) return;
      this.listening = false;
      this.listener = undefined;
      this.forget();
      listener.end().catch(() => undefined);
      if (!this.stopped) setTimeout(() => void this.start().catch(() => undefined), RECONNECT_AFTER_MS).unref();
    };
    this.listener = listener;
    listener.on('notification', () => this.forget());
    listener.on('error', lost);
    listener.on('end', lost);
    try {
      await listener.connect();
      await listener.query(`LISTEN ${CALLER_CHANNEL}`);
      this.listening = true;
    } catch (error) {
      logger.warn({ err: error }, 'caller notices unavailable: every request looks its caller up');
      lost();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.listening = false;
    this.forget();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
  }

  /** The caller remembered for this credential and client, if it is still good. */
  get(key: string): Authentication | undefined {
    if (!this.listening) return undefined;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > Date.now()) return entry.authentication;
    this.entries.delete(key);
    return undefined;
  }

  /** Looks the caller up with `lookup` unless remembered; remembers what it found. */
  async through(key: string, lookup: () => Promise<Authentication>): Promise<Authentication> {
    const known = this.get(key);
    if (known) return known;
    const generation = this.generation;
    const authentication = await lookup();
    if (this.listening && generation === this.generation) {
      if (this.entries.size >= ENTRIES_KEPT) this.entries.delete(this.entries.keys().next().value!);
      this.entries.set(key, { authentication, expiresAt: Date.now() + this.seconds * 1000 });
    }
    return authentication;
  }

  forget(): void {
    this.generation += 1;
    this.entries.clear();
  }
}
