import { systemActor } from '../../api/auth/caller';
import { TenantScope } from '../../api/auth/tenant-scope';
import { AppError, conflict } from '../../api/common/errors';
import { ErrorReason } from '../../api/common/error-reasons';
import { TRANSACTION_ATTEMPTS, transactionRetryCount } from '../../api/common/transaction-retry';
import { TransactionScope, type TransactionOwner } from '../../api/common/transaction-scope';
import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import type { Client } from '../../api/modules/clients/client.entity';
import { makeClient, makeSituation } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';

const app = useTestApp();

/** The owner a request would be, counting the audit events it is told about. */
function ownerOf(client: Client): TransactionOwner & { auditEvents: number } {
  return {
    actor: systemActor,
    currentClient: client,
    tenant: new TenantScope(client, app.dataSource.manager),
    auditEvents: 0,
    noteAuditEvent() {
      this.auditEvents += 1;
    },
  };
}

const auditEventsOf = (entityId: string) => app.dataSource.getRepository(AuditEvent).countBy({ entityType: 'Test', entityId });

describe('a transaction that loses a race with another is run again', () => {
  it('two transactions that lock two rows in crossing orders both commit: the one PostgreSQL broke off runs again', async () => {
    const client = await makeClient(app.dataSource);
    const [first, second] = await Promise.all([makeSituation(app.dataSource, client), makeSituation(app.dataSource, client)]);
    const owner = ownerOf(client);
    let bothHoldOneRow: () => void;
    const holding = new Promise<void>((resolve) => {
      let holders = 0;
      bothHoldOneRow = () => (holders += 1) === 2 && resolve();
    });
    let attempts = 0;
    const lockInOrder = (rows: string[], topic: string) =>
      TransactionScope.run(app.dataSource, owner, async (scope) => {
        attempts += 1;
        await scope.record({ entityType: 'Test', entityId: rows[0], action: 'LOCK' });
        await scope.manager.query(`UPDATE situation SET topic = $2 WHERE id = $1`, [rows[0], topic]);
        bothHoldOneRow();
        await holding;
        await scope.manager.query(`UPDATE situation SET topic = $2 WHERE id = $1`, [rows[1], topic]);
        return topic;
      });
    const retriesBefore = transactionRetryCount();

    const results = await Promise.all([lockInOrder([first.id, second.id], 'one'), lockInOrder([second.id, first.id], 'two')]);

    expect(results).toEqual(['one', 'two']);
    expect(attempts).toBe(3);
    expect(transactionRetryCount() - retriesBefore).toBe(1);
    // The broken-off attempt's audit event was rolled back with it, and its owner was not told of it.
    expect(owner.auditEvents).toBe(2);
    expect((await auditEventsOf(first.id)) + (await auditEventsOf(second.id))).toBe(2);
  });

  it('a transaction that loses every time is refused as SERVICE_UNAVAILABLE, WRITE_CONTENTION, after a bounded number of attempts, keeping nothing', async () => {
    const client = await makeClient(app.dataSource);
    const owner = ownerOf(client);
    const entityId = crypto.randomUUID();
    let attempts = 0;
    const failure = await TransactionScope.run(app.dataSource, owner, async (scope) => {
      attempts += 1;
      await scope.record({ entityType: 'Test', entityId, action: 'TRY' });
      await scope.manager.query(`DO $$ BEGIN RAISE EXCEPTION 'could not serialize access' USING ERRCODE = '40001'; END $$`);
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(AppError);
    expect(failure).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { reason: 'WRITE_CONTENTION', retryAfterSeconds: 1 } });
    expect(attempts).toBe(TRANSACTION_ATTEMPTS);
    expect(owner.auditEvents).toBe(0);
    expect(await auditEventsOf(entityId)).toBe(0);
  });

  it('any other failure is not run again', async () => {
    const client = await makeClient(app.dataSource);
    let attempts = 0;
    const failure = await TransactionScope.run(app.dataSource, ownerOf(client), async () => {
      attempts += 1;
      throw conflict('Changed meanwhile.', { reason: ErrorReason.STALE_VERSION });
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'CONFLICT' });
    expect(attempts).toBe(1);
  });
});
