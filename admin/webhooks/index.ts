import WebhookIcon from '@mui/icons-material/Webhook';
import type { AdminResource } from '../registry/admin-resource';
import { webhookDeliveryResource, webhookEndpointResource } from './graphql';
import { WebhookCreate } from './WebhookCreate';
import { WebhookEdit } from './WebhookEdit';
import { WebhookList } from './WebhookList';

export const webhookEndpoints: AdminResource = {
  name: 'webhook-endpoints',
  views: { list: WebhookList, create: WebhookCreate, edit: WebhookEdit, icon: WebhookIcon, recordRepresentation: 'url' },
  access: { read: ['PR_SPECIALIST'] },
  menu: { group: 'setup', order: 55 },
  graphql: webhookEndpointResource,
  names: {
    ru: { one: 'вебхук', many: 'вебхуки', genitiveMany: 'вебхуков', accusative: 'вебхук', gender: 'masculine' },
    en: { one: 'webhook', many: 'webhooks' },
  },
};

/** Read on the endpoint's page (its delivery log), not from the menu. */
export const webhookDeliveries: AdminResource = {
  name: 'webhook-deliveries',
  views: {},
  access: { read: ['PR_SPECIALIST'] },
  graphql: webhookDeliveryResource,
  names: {
    ru: { one: 'доставка', many: 'доставки', genitiveMany: 'доставок', accusative: 'доставку', gender: 'feminine' },
    en: { one: 'delivery', many: 'deliveries' },
  },
};
