import fs from 'node:fs';
import path from 'node:path';
import { systemActor } from '../../api/auth/caller';
import { TenantScope } from '../../api/auth/tenant-scope';
import { TransactionScope } from '../../api/common/transaction-scope';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { BriefStatus } from '../../api/modules/briefs/brief-version.entity';
import { Case } from '../../api/modules/cases/case.entity';
import type { Client } from '../../api/modules/clients/client.entity';
import { Escalation } from '../../api/modules/escalations/escalation.entity';
import { recordOverdueCases } from '../../api/modules/webhooks/overdue-cases';
import { recordEvent } from '../../api/modules/webhooks/record-event';
import { WebhookDelivery, WebhookDeliveryStatus } from '../../api/modules/webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../../api/modules/webhooks/webhook-endpoint.entity';
import { WebhookEvent } from '../../api/modules/webhooks/webhook-event.entity';
import { WebhookEventType } from '../../api/modules/webhooks/webhook-event-type';
import { signatureHeader } from '../../api/modules/webhooks/webhook-signature';
import { deliverDueWebhooks, FIRST_RETRY_MS, LONGEST_RETRY_MS } from '../../api/modules/webhooks/webhook-worker';
import { makeBriefVersion, makeCase, makeSituationWithOneReply } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeCrmWorld, type CrmWorld } from '../helpers/crm';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';

// A database of its own: the worker claims every due delivery, and other files' must not be among them.
const app = useTestApp({ ownDatabase: true });
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());
beforeEach(async () => {
  receiver.received.length = 0;
  receiver.status = 200;
  // Each test delivers only its own events.
  await app.dataSource.getRepository(WebhookDelivery).update({ status: WebhookDeliveryStatus.PENDING }, { status: WebhookDeliveryStatus.FAILED, nextAttemptAt: null });
});

const CREATE = 'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { webhookEndpoint { id } secret } }';
const INGEST = `mutation($input: [MentionInput!]!) { ingestMentions(input: $input) { mentions { caseId escalationId } } }`;
const DELIVERIES = `query($endpointId: ID!) { allWebhookDeliveries(filter: { endpointId: $endpointId }) { id status attempts responseCode latencyMs eventType lastError body } }`;

async function register(world: CrmWorld, events: string[], url = receiver.url()): Promise<{ id: string; secret: string }> {
  const result = await app.gql(CREATE, { input: { url, events } }, world.pr);
  expect(result.errors).toBeUndefined();
  return { id: result.data!.createWebhookEndpoint.webhookEndpoint.id, secret: result.data!.createWebhookEndpoint.secret };
}

let posts = 0;
async function ingest(world: CrmWorld): Promise<{ caseId: string; escalationId: string | null }> {
  posts += 1;
  const input = [{ platformId: world.platform.id, externalId: `post-${posts}-${Date.now()}`, authorHandle: 'reader', text: 'Когда откроется новый салон на севере города?', postedAt: new Date().toISOString() }];
  const result = await app.gql(INGEST, { input }, world.key);
  expect(result.errors).toBeUndefined();
  return result.data!.ingestMentions.mentions[0];
}

async function eventsOf(client: Client): Promise<{ type: string; objectId: string }[]> {
  const events = await app.dataSource.getRepository(WebhookEvent).find({ where: { clientId: client.id }, order: { occurredAt: 'ASC' } });
  return events.map((event) => ({ type: event.type, objectId: String(event.object.id) }));
}

/** The verification block of the README, run as a receiver would run it. */
function readmeVerifier(): (header: string, body: string, secret: string) => boolean {
  const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Webhooks and scopes for external tools'));
  const code = /```js\n([\s\S]*?)```/.exec(section)![1];
  return new Function('require', `${code}\nreturn verifyRepbaseSignature;`)(require);
}

describe('webhooks: an outbox written with the change', () => {
  it('every committed change writes its event (and a delivery per subscribed endpoint); a rolled-back one writes none', async () => {
    const world = await makeCrmWorld(app);
    const endpoint = await register(world, ['CASE_CREATED', 'ESCALATION_CREATED', 'ESCALATION_ANSWERED', 'REPLY_APPROVED', 'BRIEF_VERSION_APPROVED']);
    const { caseId, escalationId } = await ingest(world);
    expect(escalationId).toBeTruthy();
    const escalation = await app.dataSource.getRepository(Escalation).findOneByOrFail({ id: escalationId! });
    expect((await app.gql('mutation($id: ID!, $input: AnswerEscalationInput!) { answerEscalation(id: $id, input: $input) { id } }', { id: escalation.id, input: { answer: 'Салон откроется в марте.', version: escalation.version } }, world.pr)).errors).toBeUndefined();
    const { reply } = await makeSituationWithOneReply(app.dataSource, world.client, { replyStatus: ReplyStatus.DRAFT });
    expect((await app.gql('mutation($id: ID!) { approveReply(id: $id) { id } }', { id: reply.id }, world.pr)).errors).toBeUndefined();
    const version = await makeBriefVersion(app.dataSource, world.client, { status: BriefStatus.IN_REVIEW });
    expect((await app.gql('mutation($id: ID!) { approveBriefVersion(id: $id) { id } }', { id: version.id }, world.pr)).errors).toBeUndefined();
    // A refused change (a stale version) commits nothing, its event included.
    errorOf(await app.gql('mutation($id: ID!, $input: AnswerEscalationInput!) { answerEscalation(id: $id, input: $input) { id } }', { id: escalation.id, input: { answer: 'Иначе', version: escalation.version } }, world.pr), 'CONFLICT');

    expect(await eventsOf(world.client)).toEqual([
      { type: 'case.created', objectId: caseId },
      { type: 'escalation.created', objectId: escalation.id },
      { type: 'escalation.answered', objectId: escalation.id },
      { type: 'reply.approved', objectId: reply.id },
      { type: 'brief_version.approved', objectId: version.id },
    ]);
    expect(await app.dataSource.getRepository(WebhookDelivery).countBy({ endpointId: endpoint.id, status: WebhookDeliveryStatus.PENDING })).toBe(5);

    const caseRow = await app.dataSource.getRepository(Case).findOneByOrFail({ id: caseId });
    const owner = { actor: systemActor, currentClient: world.client, tenant: new TenantScope(world.client, app.dataSource.manager), noteAuditEvent: () => undefined };
    await expect(
      TransactionScope.run(app.dataSource, owner, async (transaction) => {
        await recordEvent(transaction, WebhookEventType.CASE_OVERDUE, caseRow);
        throw new Error('the change fails after its event was written');
      }),
    ).rejects.toThrow('the change fails');
    expect(await eventsOf(world.client)).toHaveLength(5);
  });

  it('an endpoint gets only the events it subscribed to, and an inactive one none', async () => {
    const world = await makeCrmWorld(app);
    const casesOnly = await register(world, ['CASE_CREATED']);
    const inactive = await register(world, ['CASE_CREATED']);
    await app.dataSource.getRepository(WebhookEndpoint).update(inactive.id, { active: false });
    await ingest(world);
    expect(await app.dataSource.getRepository(WebhookDelivery).findBy({ endpointId: casesOnly.id })).toEqual([expect.objectContaining({ eventType: 'case.created' })]);
    expect(await app.dataSource.getRepository(WebhookDelivery).countBy({ endpointId: inactive.id })).toBe(0);
  });

  it('delivers a signed body that the README\'s recipe verifies, and that fails with a wrong secret or an old timestamp; the log shows it', async () => {
    const world = await makeCrmWorld(app);
    const endpoint = await register(world, ['CASE_CREATED']);
    const { caseId } = await ingest(world);
    expect(await deliverDueWebhooks(app.dataSource)).toBe(1);

    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const body = JSON.parse(request.body);
    expect(body).toEqual({ id: request.eventId, type: 'case.created', occurredAt: expect.any(String), object: expect.objectContaining({ id: caseId, status: 'NEW' }) });
    expect(request.headers['content-type']).toBe('application/json');
    const verify = readmeVerifier();
    const header = String(request.headers['repbase-signature']);
    expect(verify(header, request.body, endpoint.secret)).toBe(true);
    expect(verify(header, request.body, 'whsec_wrong')).toBe(false);
    expect(verify(header, request.body.replace(caseId, 'another'), endpoint.secret)).toBe(false);
    const tenMinutesAgo = Math.floor(Date.now() / 1000) - 600;
    expect(verify(signatureHeader(endpoint.secret, request.body, tenMinutesAgo), request.body, endpoint.secret)).toBe(false);

    const log = (await app.gql(DELIVERIES, { endpointId: endpoint.id }, world.pr)).data!.allWebhookDeliveries;
    expect(log).toEqual([expect.objectContaining({ status: 'DELIVERED', attempts: 1, responseCode: 200, eventType: 'CASE_CREATED', lastError: null, body: request.body })]);
    expect(log[0].latencyMs).toBeGreaterThanOrEqual(0);

    // Resend: the same event again (receivers dedupe by its id).
    expect((await app.gql('mutation($id: ID!) { resendWebhookDelivery(id: $id) { status } }', { id: log[0].id }, world.pr)).data!.resendWebhookDelivery.status).toBe('PENDING');
    errorOf(await app.gql('mutation($id: ID!) { resendWebhookDelivery(id: $id) { status } }', { id: log[0].id }, world.pr), 'CONFLICT');
    await deliverDueWebhooks(app.dataSource);
    expect(receiver.received.map((received) => received.eventId)).toEqual([request.eventId, request.eventId]);
    expect((await app.gql(DELIVERIES, { endpointId: endpoint.id }, world.pr)).data!.allWebhookDeliveries[0]).toMatchObject({ status: 'DELIVERED', attempts: 2 });
  });

  it('retries with exponential backoff and jitter for 24 hours, then gives up; an endpoint failing for a day is switched off and audited', async () => {
    const world = await makeCrmWorld(app);
    const endpoint = await register(world, ['CASE_CREATED']);
    await ingest(world);
    const deliveries = app.dataSource.getRepository(WebhookDelivery);
    const [delivery] = await deliveries.findBy({ endpointId: endpoint.id });
    const sent: number[] = [];
    const failing = async () => ({ responseCode: 503, latencyMs: 3, error: 'the endpoint answered 503' });
    const start = delivery.nextAttemptAt!.getTime();
    let clock = start;
    let random = 0;
    const run = (at: number) =>
      deliverDueWebhooks(app.dataSource, {
        now: () => new Date(at),
        random: () => random,
        send: async () => {
          sent.push(at);
          return failing();
        },
      });
    for (let attempt = 1; attempt < 100; attempt += 1) {
      random = (attempt % 4) / 4; // jitter moves each wait within its upper half
      expect(await run(clock)).toBe(1);
      const after = await deliveries.findOneByOrFail({ id: delivery.id });
      expect(after.attempts).toBe(attempt);
      if (after.status === WebhookDeliveryStatus.FAILED) break;
      const ceiling = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempt - 1));
      expect(after.nextAttemptAt!.getTime() - clock).toBe(Math.round(ceiling / 2 + (random * ceiling) / 2));
      // Not a moment early.
      expect(await run(after.nextAttemptAt!.getTime() - 1)).toBe(0);
      clock = after.nextAttemptAt!.getTime();
    }
    const failed = await deliveries.findOneByOrFail({ id: delivery.id });
    expect(failed).toMatchObject({ status: 'FAILED', responseCode: 503, nextAttemptAt: null });
    expect(sent.length).toBeGreaterThan(20);
    expect(sent.at(-1)! - start).toBeLessThan(24 * 3600 * 1000);
    expect(sent.at(-1)! - start).toBeGreaterThan(22 * 3600 * 1000);

    // Still failing a day after its first failure: the next event's failure switches the endpoint off.
    await ingest(world);
    await run(start + 24 * 3600 * 1000 + 60_000);
    const switchedOff = (await app.gql('query($id: ID!) { WebhookEndpoint(id: $id) { active disabledAt disabledReason failingSince } }', { id: endpoint.id }, world.pr)).data!.WebhookEndpoint;
    expect(switchedOff).toMatchObject({ active: false, disabledAt: expect.any(String), disabledReason: expect.stringMatching(/^failing since /) });
    const audit = await app.dataSource.getRepository(AuditEvent).findOneByOrFail({ entityId: endpoint.id, action: 'SWITCH_OFF' });
    expect(audit).toMatchObject({ clientId: world.client.id, actorType: 'SYSTEM' });
    // The PR specialist is told, in the bell (and by e-mail where set up).
    const told = (await app.gql('{ myNotifications { kind title link } }', {}, world.pr)).data!.myNotifications;
    expect(told).toContainEqual({ kind: 'WEBHOOK_DISABLED', title: 'Вебхук отключён после суток ошибок', link: `/webhook-endpoints/${endpoint.id}/show` });
    await ingest(world);
    expect(await deliveries.countBy({ endpointId: endpoint.id, status: WebhookDeliveryStatus.PENDING })).toBe(0);

    // Switched back on by the PR specialist, it works again and its failing mark is gone.
    const current = await app.dataSource.getRepository(WebhookEndpoint).findOneByOrFail({ id: endpoint.id });
    const back = await app.gql('mutation($id: ID!, $input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(id: $id, input: $input) { active disabledReason failingSince } }', { id: endpoint.id, input: { active: true, version: current.version } }, world.pr);
    expect(back.data!.updateWebhookEndpoint).toEqual({ active: true, disabledReason: null, failingSince: null });
  });

  describe('only public addresses', () => {
    const allowed = process.env.REPBASE_WEBHOOKS_ALLOW_PRIVATE;
    afterEach(() => {
      process.env.REPBASE_WEBHOOKS_ALLOW_PRIVATE = allowed;
    });

    it('127.0.0.1, ::1, localhost, link-local and private addresses are refused unless the environment allows them', async () => {
      const world = await makeCrmWorld(app);
      delete process.env.REPBASE_WEBHOOKS_ALLOW_PRIVATE;
      for (const url of ['http://127.0.0.1:8080/hook', 'http://[::1]/hook', 'http://localhost/hook', 'http://169.254.169.254/latest', 'https://10.1.2.3/hook', 'http://192.168.0.10/', 'http://[fd00::1]/']) {
        const refusal = errorOf(await app.gql(CREATE, { input: { url, events: ['CASE_CREATED'] } }, world.pr), 'BAD_USER_INPUT');
        expect([url, refusal.extensions.reason]).toEqual([url, 'WEBHOOK_URL_NOT_PUBLIC']);
      }
      expect(errorOf(await app.gql(CREATE, { input: { url: 'ftp://8.8.8.8/x', events: ['CASE_CREATED'] } }, world.pr), 'BAD_USER_INPUT').message).toContain('http');
      expect(await app.dataSource.getRepository(WebhookEndpoint).countBy({ clientId: world.client.id })).toBe(0);
      process.env.REPBASE_WEBHOOKS_ALLOW_PRIVATE = '1';
      await register(world, ['CASE_CREATED'], 'http://127.0.0.1:8080/hook');
    });

    it('a delivery to an address that is not public is not sent when the setting is off', async () => {
      const world = await makeCrmWorld(app);
      const endpoint = await register(world, ['CASE_CREATED']);
      await ingest(world);
      delete process.env.REPBASE_WEBHOOKS_ALLOW_PRIVATE;
      await deliverDueWebhooks(app.dataSource);
      expect(receiver.received).toEqual([]);
      const [delivery] = await app.dataSource.getRepository(WebhookDelivery).findBy({ endpointId: endpoint.id });
      expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, responseCode: null, lastError: expect.stringContaining('public addresses only') });
    });
  });

  it('a case past its deadline with no answer gets one case.overdue event, however many scans run at once', async () => {
    const world = await makeCrmWorld(app);
    const endpoint = await register(world, ['CASE_OVERDUE']);
    const hour = 3600 * 1000;
    const overdue = await makeCase(app.dataSource, world.client, { platform: world.platform, requestedAt: new Date(Date.now() - 5 * hour), deadlineAt: new Date(Date.now() - hour) });
    const answered = await makeCase(app.dataSource, world.client, { platform: world.platform, requestedAt: new Date(Date.now() - 5 * hour), deadlineAt: new Date(Date.now() - hour), firstResponseAt: new Date(Date.now() - 2 * hour) });
    const notYet = await makeCase(app.dataSource, world.client, { platform: world.platform, requestedAt: new Date(), deadlineAt: new Date(Date.now() + hour) });
    await Promise.all([recordOverdueCases(app.dataSource), recordOverdueCases(app.dataSource), recordOverdueCases(app.dataSource)]);
    await recordOverdueCases(app.dataSource);
    const events = (await eventsOf(world.client)).filter((event) => event.type === 'case.overdue');
    expect(events).toEqual([{ type: 'case.overdue', objectId: overdue.id }]);
    expect(events.map((event) => event.objectId)).not.toContain(answered.id);
    expect(await app.dataSource.getRepository(WebhookDelivery).countBy({ endpointId: endpoint.id })).toBe(1);
    // Its deadline passes later: then it gets its own.
    await recordOverdueCases(app.dataSource, new Date(Date.now() + 2 * hour));
    expect((await eventsOf(world.client)).filter((event) => event.type === 'case.overdue').map((event) => event.objectId)).toEqual([overdue.id, notYet.id]);
  });
});
