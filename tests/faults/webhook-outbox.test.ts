import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { WebhookDelivery, WebhookDeliveryStatus } from '../../api/modules/webhooks/webhook-delivery.entity';
import { WebhookEventType } from '../../api/modules/webhooks/webhook-event-type';
import { makeApiKey, makeWebhookEndpoint } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { makeCrmWorld, type CrmWorld } from '../helpers/crm';
import { postGraphql, startServerProcess, type ServerProcess } from '../helpers/server-process';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';

/**
 * The built server as real processes on one database (of this file's own): the outbox survives a
 * kill -9 between commit and delivery, and processes side by side never send a row twice.
 */
jest.setTimeout(240_000);
const app = useTestApp({ ownDatabase: true });
let receiver: WebhookReceiver;
const running: ServerProcess[] = [];

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  for (const server of running) if (server.child.exitCode === null) server.child.kill('SIGKILL');
  await receiver.close();
});

function start(): Promise<ServerProcess> {
  const environment = { ...process.env, DATABASE_URL: String((app.dataSource.options as { url?: string }).url), REPBASE_WEBHOOKS_ALLOW_PRIVATE: '1', REPBASE_WEBHOOK_POLL_MS: '100' };
  return startServerProcess(environment).then((server) => (running.push(server), server));
}

const INGEST = 'mutation($input: [MentionInput!]!) { ingestMentions(input: $input) { created } }';
let posts = 0;
async function ingest(server: ServerProcess, world: CrmWorld, apiKey: string, count: number): Promise<void> {
  const input = Array.from({ length: count }, () => {
    posts += 1;
    return { platformId: world.platform.id, externalId: `outbox-${posts}`, authorHandle: `reader${posts}`, text: `Вопрос номер ${posts}: когда будет скидка?`, postedAt: new Date().toISOString() };
  });
  const result = await postGraphql(server.port, INGEST, { input }, { token: apiKey });
  if ('networkError' in result) throw new Error(result.networkError);
  expect(result.body.errors).toBeUndefined();
}

async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const countDeliveries = (status: WebhookDeliveryStatus) => app.dataSource.getRepository(WebhookDelivery).countBy({ status });

/** (endpoint path, event id) → how many requests carried it. */
function tally(from: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of receiver.received.slice(from)) counts.set(`${request.path} ${request.eventId}`, (counts.get(`${request.path} ${request.eventId}`) ?? 0) + 1);
  return counts;
}

it('kill -9 between commit and delivery: after the restart every event reaches each endpoint; two processes side by side send no row twice', async () => {
  const world = await makeCrmWorld(app);
  const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.MENTIONS_WRITE]);
  await makeWebhookEndpoint(app.dataSource, world.client, { url: receiver.url('/a'), events: [WebhookEventType.CASE_CREATED] });
  await makeWebhookEndpoint(app.dataSource, world.client, { url: receiver.url('/b'), events: [WebhookEventType.CASE_CREATED] });

  // The receiver takes the requests and never answers: the first process dies with them in flight.
  receiver.hold = true;
  const first = await start();
  await ingest(first, world, secret, 5);
  await until(() => receiver.received.length >= 10, 'the first process to send');
  first.child.kill('SIGKILL');
  await first.exited;
  expect(await countDeliveries(WebhookDeliveryStatus.PENDING)).toBe(10);
  expect(await countDeliveries(WebhookDeliveryStatus.DELIVERED)).toBe(0);

  receiver.hold = false;
  const afterKill = receiver.received.length;
  const second = await start();
  await until(async () => (await countDeliveries(WebhookDeliveryStatus.DELIVERED)) === 10, 'delivery after the restart');
  const resent = tally(afterKill);
  expect([...resent.keys()].filter((key) => key.startsWith('/a ')).length).toBe(5);
  expect([...resent.keys()].filter((key) => key.startsWith('/b ')).length).toBe(5);
  expect([...resent.values()].every((count) => count === 1)).toBe(true);
  // The events the first process had sent are the ones sent again: receivers dedupe them by id.
  expect(new Set(receiver.received.slice(0, afterKill).map((request) => `${request.path} ${request.eventId}`))).toEqual(new Set(resent.keys()));

  // Two processes polling the same outbox.
  const third = await start();
  const before = receiver.received.length;
  for (let batch = 0; batch < 8; batch += 1) await ingest(batch % 2 ? second : third, world, secret, 5);
  await until(async () => (await countDeliveries(WebhookDeliveryStatus.DELIVERED)) === 90, 'both processes to deliver 80 more');
  await new Promise((resolve) => setTimeout(resolve, 500));
  const shared = tally(before);
  expect(shared.size).toBe(80);
  expect([...shared.values()].filter((count) => count !== 1)).toEqual([]);
  expect(receiver.received.length - before).toBe(80);

  for (const server of [second, third]) server.child.kill('SIGTERM');
  expect(await Promise.all([second.exited, third.exited])).toEqual([0, 0]);
});
