import { pick, type ResourceDefinition } from '../resource-definition';

export const webhookEndpointResource: ResourceDefinition = {
  type: 'WebhookEndpoint',
  plural: 'WebhookEndpoints',
  fields: 'id url events active secretPrefix failingSince disabledAt disabledReason createdAt version createdBy { name }',
  filterType: 'WebhookEndpointFilter',
  createInputType: 'CreateWebhookEndpointInput',
  updateInputType: 'UpdateWebhookEndpointInput',
  toCreateInput: (data) => pick(data, ['url', 'events', 'active']),
  toUpdateInput: (data) => pick(data, ['url', 'events', 'active']),
  createdRecordField: 'webhookEndpoint',
  createdExtraFields: 'secret',
};

export const webhookDeliveryResource: ResourceDefinition = {
  type: 'WebhookDelivery',
  plural: 'WebhookDeliveries',
  fields: 'id endpointId eventId eventType status attempts responseCode latencyMs lastAttemptAt nextAttemptAt lastError deliveredAt createdAt body',
  filterType: 'WebhookDeliveryFilter',
};
