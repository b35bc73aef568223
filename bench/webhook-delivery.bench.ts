/**
 * What the outbox costs on delivery: the worker (claim with SKIP LOCKED, sign, POST, write the log,
 * commit; 20 a batch) against bare signed POSTs of the same bodies to the same receiver, 20 at a time,
 * side by side in one run (two senders each: two API processes).
 */
import http from 'node:http';
import { DataSource } from 'typeorm';
import { entities } from '../api/database/entities';
import { SnakeNamingStrategy } from '../api/database/naming-strategy';
import { httpSender } from '../api/modules/webhooks/webhook-sender';
import { signatureHeader } from '../api/modules/webhooks/webhook-signature';
import { deliverDueWebhooks } from '../api/modules/webhooks/webhook-worker';
import { WebhookEventType } from '../api/modules/webhooks/webhook-event-type';
import { makeClient, makeWebhookEndpoint } from '../seeds/factories';

const EVENTS = 2000;

export async function webhookDeliveryBench(databaseUrl: string): Promise<void> {
  const dataSource = await new DataSource({ type: 'postgres', url: databaseUrl, entities, namingStrategy: new SnakeNamingStrategy(), extra: { max: 4 } }).initialize();
  let received = 0;
  const receiver = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      received += 1;
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;
  try {
    const client = await makeClient(dataSource);
    const { endpoint, secret } = await makeWebhookEndpoint(dataSource, client, { url, events: [WebhookEventType.CASE_CREATED] });
    await dataSource.query(
      `WITH events AS (
         INSERT INTO webhook_event (client_id, type, object, occurred_at)
         SELECT $1, 'case.created', jsonb_build_object('id', gen_random_uuid(), 'status', 'NEW', 'number', n), now() FROM generate_series(1, $3) n
         RETURNING id, client_id, type, occurred_at)
       INSERT INTO webhook_delivery (client_id, event_id, endpoint_id, event_type, next_attempt_at, give_up_at)
       SELECT client_id, id, $2, type, occurred_at, occurred_at + interval '1 day' FROM events`,
      [client.id, endpoint.id, EVENTS],
    );
    const bodies = (await dataSource.query(`SELECT e.id, e.object, e.occurred_at FROM webhook_event e WHERE e.client_id = $1`, [client.id])) as { id: string; object: unknown; occurred_at: Date }[];

    const send = httpSender({ allowPrivate: true });
    let started = process.hrtime.bigint();
    // Two senders of 20 at a time, as the two workers below.
    const halves = [bodies.slice(0, EVENTS / 2), bodies.slice(EVENTS / 2)];
    await Promise.all(
      halves.map(async (half) => {
        for (let offset = 0; offset < half.length; offset += 20) {
          await Promise.all(
            half.slice(offset, offset + 20).map((row) => {
              const body = JSON.stringify({ id: row.id, type: 'case.created', occurredAt: row.occurred_at.toISOString(), object: row.object });
              return send(url, body, { 'Repbase-Signature': signatureHeader(secret, body, Math.floor(Date.now() / 1000)) });
            }),
          );
        }
      }),
    );
    const bareSeconds = Number(process.hrtime.bigint() - started) / 1e9;

    received = 0;
    started = process.hrtime.bigint();
    const workers = [0, 1].map(async () => {
      while ((await deliverDueWebhooks(dataSource, { send })) > 0);
    });
    await Promise.all(workers);
    const workerSeconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (received !== EVENTS) throw new Error(`the receiver got ${received} of ${EVENTS}`);

    console.log(`\nwebhook delivery, ${EVENTS} events to one local endpoint, 20 at a time`);
    console.table([
      { sender: 'bare signed POSTs (2 senders)', 'events/s': Math.round(EVENTS / bareSeconds), 'vs bare': '1.00' },
      { sender: 'outbox worker (2 side by side)', 'events/s': Math.round(EVENTS / workerSeconds), 'vs bare': (bareSeconds / workerSeconds).toFixed(2) },
    ]);
  } finally {
    receiver.close();
    await dataSource.destroy();
  }
}
