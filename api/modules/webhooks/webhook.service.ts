import { badInput, conflict } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { RequestContext } from '../../context';
import { RETRY_WINDOW_MS } from './record-event';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import type {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryFilter,
  WebhookDeliveryListArgs,
  WebhookEndpointFilter,
  WebhookEndpointListArgs,
} from './webhook.inputs';
import { generateWebhookSecret } from './webhook-signature';
import { checkWebhookUrl } from './webhook-url';

/** Refuses a URL that is not a public http(s) address (REPBASE_WEBHOOKS_ALLOW_PRIVATE=1 allows private ones). */
async function publicUrl(raw: string): Promise<string> {
  const verdict = await checkWebhookUrl(raw);
  if (verdict.ok) return verdict.url.toString();
  const reason = verdict.problem === 'not-public' ? ErrorReason.WEBHOOK_URL_NOT_PUBLIC : verdict.problem === 'unresolved' ? ErrorReason.WEBHOOK_URL_UNRESOLVED : ErrorReason.INVALID_INPUT;
  throw badInput({ field: 'url', message: verdict.message }, reason);
}

function endpointsMatching(context: RequestContext, filter: WebhookEndpointFilter = {}) {
  const query = context.tenant.query(WebhookEndpoint, 'endpoint');
  if (filter.ids) query.andWhere('endpoint.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.q) query.andWhere('endpoint.url ILIKE :q', { q: containing(filter.q) });
  if (filter.active !== undefined) query.andWhere('endpoint.active = :active', { active: filter.active });
  return query;
}

const ENDPOINT_SORTABLE = { url: 'endpoint.url', active: 'endpoint.active', createdAt: 'endpoint.createdAt', failingSince: 'endpoint.failingSince' };

export function listWebhookEndpoints(context: RequestContext, args: WebhookEndpointListArgs): Promise<WebhookEndpoint[]> {
  return paginate(endpointsMatching(context, args.filter), args, ENDPOINT_SORTABLE, { field: 'createdAt', order: SortOrder.DESC }).getMany();
}

export async function countWebhookEndpoints(context: RequestContext, filter?: WebhookEndpointFilter): Promise<ListMetadata> {
  return { count: await endpointsMatching(context, filter).getCount() };
}

export function getWebhookEndpoint(context: RequestContext, id: string): Promise<WebhookEndpoint> {
  return context.tenant.get(WebhookEndpoint, id);
}

export async function createWebhookEndpoint(context: RequestContext, input: CreateWebhookEndpointInput): Promise<CreatedWebhookEndpoint> {
  const url = await publicUrl(input.url);
  const { secret, secretPrefix } = generateWebhookSecret();
  const webhookEndpoint = await context.transaction((transaction) =>
    transaction.insert(WebhookEndpoint, {
      url,
      events: input.events,
      active: input.active ?? true,
      secret,
      secretPrefix,
      createdById: context.user.id,
      failingSince: null,
      disabledAt: null,
      disabledReason: null,
    }),
  );
  return { webhookEndpoint, secret };
}

export async function updateWebhookEndpoint(context: RequestContext, id: string, input: UpdateWebhookEndpointInput): Promise<WebhookEndpoint> {
  const { version, url, ...rest } = input;
  const changes: Partial<WebhookEndpoint> = { ...rest, ...(url !== undefined ? { url: await publicUrl(url) } : {}) };
  if (input.active) Object.assign(changes, { failingSince: null, disabledAt: null, disabledReason: null });
  return context.transaction(async (transaction) => {
    const endpoint = await transaction.tenant.get(WebhookEndpoint, id);
    return transaction.update(WebhookEndpoint, endpoint, changes, { expectedVersion: version });
  });
}

/** A new secret at once; the old one stops signing with the next delivery. */
export async function regenerateWebhookSecret(context: RequestContext, id: string): Promise<CreatedWebhookEndpoint> {
  const { secret, secretPrefix } = generateWebhookSecret();
  const webhookEndpoint = await context.transaction(async (transaction) => {
    const endpoint = await transaction.tenant.get(WebhookEndpoint, id);
    return transaction.update(WebhookEndpoint, endpoint, { secret, secretPrefix }, { action: 'REGENERATE_SECRET' });
  });
  return { webhookEndpoint, secret };
}

function deliveriesMatching(context: RequestContext, filter: WebhookDeliveryFilter = {}) {
  const query = context.tenant.query(WebhookDelivery, 'delivery');
  if (filter.ids) query.andWhere('delivery.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.endpointId) query.andWhere('delivery.endpointId = :endpointId', { endpointId: isUuid(filter.endpointId) ? filter.endpointId : null });
  if (filter.status) query.andWhere('delivery.status = :status', { status: filter.status });
  if (filter.eventType) query.andWhere('delivery.eventType = :eventType', { eventType: filter.eventType });
  return query;
}

const DELIVERY_SORTABLE = { createdAt: 'delivery.createdAt', status: 'delivery.status', attempts: 'delivery.attempts', lastAttemptAt: 'delivery.lastAttemptAt', eventType: 'delivery.eventType' };

export function listWebhookDeliveries(context: RequestContext, args: WebhookDeliveryListArgs): Promise<WebhookDelivery[]> {
  return paginate(deliveriesMatching(context, args.filter), args, DELIVERY_SORTABLE, { field: 'createdAt', order: SortOrder.DESC }).getMany();
}

export async function countWebhookDeliveries(context: RequestContext, filter?: WebhookDeliveryFilter): Promise<ListMetadata> {
  return { count: await deliveriesMatching(context, filter).getCount() };
}

export function getWebhookDelivery(context: RequestContext, id: string): Promise<WebhookDelivery> {
  return context.tenant.get(WebhookDelivery, id);
}

/** Sends a delivery again soon (the worker's next round), retried for another 24 hours if it fails; same event id, so receivers dedupe. */
export async function resendWebhookDelivery(context: RequestContext, id: string, now = new Date()): Promise<WebhookDelivery> {
  return context.transaction(async (transaction) => {
    const delivery = await transaction.tenant.get(WebhookDelivery, id, 'pessimistic_write');
    if (delivery.status === WebhookDeliveryStatus.PENDING) {
      throw conflict('This delivery is already waiting for its next attempt.', { reason: ErrorReason.DELIVERY_PENDING, nextAttemptAt: delivery.nextAttemptAt });
    }
    return transaction.update(
      WebhookDelivery,
      delivery,
      { status: WebhookDeliveryStatus.PENDING, nextAttemptAt: now, giveUpAt: new Date(now.getTime() + RETRY_WINDOW_MS) },
      { action: 'RESEND' },
    );
  });
}
