import type { DataSource } from 'typeorm';
import type { ClientWorld } from '../helpers/world';
import { Case } from '../../api/modules/cases/case.entity';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { WebhookDelivery } from '../../api/modules/webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../../api/modules/webhooks/webhook-endpoint.entity';
import { makeCase, makeRepresentative, makeWebhookDelivery, makeWebhookEndpoint } from '../../seeds/factories';
import { defineCases } from './harness';

const arrangeEndpoint = async (b: ClientWorld, dataSource: DataSource) => {
  const { endpoint } = await makeWebhookEndpoint(dataSource, b.client);
  return { id: endpoint.id, url: endpoint.url, version: endpoint.version };
};

const endpointUnchanged = async ({ id, url }: { id: string; url: string }, dataSource: DataSource) => {
  const endpoint = await dataSource.getRepository(WebhookEndpoint).findOneByOrFail({ id });
  expect({ url: endpoint.url, active: endpoint.active, version: endpoint.version }).toEqual({ url, active: true, version: 1 });
};

/** Webhooks are a client's own: its PR specialist sees and changes only its endpoints and deliveries. */
export const webhookCases = defineCases([
  {
    operation: 'allWebhookEndpoints',
    title: "the endpoint list holds only the caller's client's endpoints",
    as: 'pr',
    arrange: arrangeEndpoint,
    query: 'query($id: ID!) { allWebhookEndpoints(perPage: 500) { id } filtered: allWebhookEndpoints(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: {
      answer: (data, { id }) => {
        expect(data.allWebhookEndpoints.map((row: { id: string }) => row.id)).not.toContain(id);
        expect(data.filtered).toEqual([]);
      },
    },
  },
  {
    operation: '_allWebhookEndpointsMeta',
    title: "another client's endpoints are not counted",
    as: 'pr',
    arrange: arrangeEndpoint,
    query: 'query($id: ID!) { _allWebhookEndpointsMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allWebhookEndpointsMeta.count).toBe(0) },
  },
  {
    operation: 'WebhookEndpoint',
    title: "reading another client's endpoint is NOT_FOUND",
    as: 'pr',
    arrange: arrangeEndpoint,
    query: 'query($id: ID!) { WebhookEndpoint(id: $id) { id url } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createWebhookEndpoint',
    title: "a new endpoint belongs to the caller's client",
    as: 'pr',
    arrange: async (b) => ({ clientId: b.client.id }),
    query: 'mutation { createWebhookEndpoint(input: { url: "http://127.0.0.1:9/isolation", events: [CASE_CREATED] }) { webhookEndpoint { id } secret } }',
    expect: { answer: (data) => expect(data.createWebhookEndpoint.secret).toMatch(/^whsec_/) },
    unchanged: async ({ clientId }, dataSource) => {
      expect(await dataSource.getRepository(WebhookEndpoint).countBy({ clientId, url: 'http://127.0.0.1:9/isolation' })).toBe(0);
    },
  },
  {
    operation: 'updateWebhookEndpoint',
    title: "changing another client's endpoint is NOT_FOUND and changes nothing",
    as: 'pr',
    arrange: arrangeEndpoint,
    query: 'mutation($id: ID!) { updateWebhookEndpoint(id: $id, input: { url: "http://127.0.0.1:9/taken", active: false, version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: endpointUnchanged,
  },
  {
    operation: 'regenerateWebhookSecret',
    title: "another client's secret cannot be replaced (or read)",
    as: 'pr',
    arrange: arrangeEndpoint,
    query: 'mutation($id: ID!) { regenerateWebhookSecret(id: $id) { secret } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: endpointUnchanged,
  },
  {
    operation: 'allWebhookDeliveries',
    title: "the delivery log holds only the caller's client's deliveries, even filtered by another's endpoint",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const { endpoint } = await makeWebhookEndpoint(dataSource, b.client);
      return { id: (await makeWebhookDelivery(dataSource, endpoint)).id, endpointId: endpoint.id };
    },
    query: 'query($endpointId: ID!) { allWebhookDeliveries(perPage: 500) { id } byEndpoint: allWebhookDeliveries(filter: { endpointId: $endpointId }) { id } }',
    variables: ({ endpointId }) => ({ endpointId }),
    expect: {
      answer: (data, { id }) => {
        expect(data.allWebhookDeliveries.map((row: { id: string }) => row.id)).not.toContain(id);
        expect(data.byEndpoint).toEqual([]);
      },
    },
  },
  {
    operation: '_allWebhookDeliveriesMeta',
    title: "another client's deliveries are not counted",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const { endpoint } = await makeWebhookEndpoint(dataSource, b.client);
      await makeWebhookDelivery(dataSource, endpoint);
      return { endpointId: endpoint.id };
    },
    query: 'query($endpointId: ID!) { _allWebhookDeliveriesMeta(filter: { endpointId: $endpointId }) { count } }',
    variables: ({ endpointId }) => ({ endpointId }),
    expect: { answer: (data) => expect(data._allWebhookDeliveriesMeta.count).toBe(0) },
  },
  {
    operation: 'WebhookDelivery',
    title: "reading another client's delivery (and its body) is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const { endpoint } = await makeWebhookEndpoint(dataSource, b.client);
      return { id: (await makeWebhookDelivery(dataSource, endpoint)).id };
    },
    query: 'query($id: ID!) { WebhookDelivery(id: $id) { id body } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'resendWebhookDelivery',
    title: "another client's delivery cannot be resent",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const { endpoint } = await makeWebhookEndpoint(dataSource, b.client);
      return { id: (await makeWebhookDelivery(dataSource, endpoint)).id };
    },
    query: 'mutation($id: ID!) { resendWebhookDelivery(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(WebhookDelivery).findOneByOrFail({ id })).status).toBe('DELIVERED'),
  },
]);

/** A tool with cases:write acts for a representative of its own client only. */
export const onBehalfCases = defineCases([
  {
    operation: 'moveCase',
    title: "an API key cannot act for another client's representative, even on its own case",
    as: 'key',
    arrange: async (b, dataSource, a) => {
      const { representative } = await makeRepresentative(dataSource, b.client);
      const caseRow = await makeCase(dataSource, a.client);
      return { id: caseRow.id, representativeId: representative.id };
    },
    query: 'mutation($id: ID!, $onBehalfOf: ID!) { moveCase(id: $id, input: { status: IN_PROGRESS, version: 1 }, onBehalfOf: $onBehalfOf) { id } }',
    variables: ({ id, representativeId }) => ({ id, onBehalfOf: representativeId }),
    expect: { error: 'BAD_USER_INPUT' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Case).findOneByOrFail({ id })).status).toBe(CaseStatus.NEW),
  },
  {
    operation: 'moveCase',
    title: "an API key acting for its own representative cannot move another client's case",
    as: 'key',
    arrange: async (b, dataSource, a) => {
      const { representative } = await makeRepresentative(dataSource, a.client);
      const caseRow = await makeCase(dataSource, b.client);
      return { id: caseRow.id, representativeId: representative.id };
    },
    query: 'mutation($id: ID!, $onBehalfOf: ID!) { moveCase(id: $id, input: { status: IN_PROGRESS, version: 1 }, onBehalfOf: $onBehalfOf) { id } }',
    variables: ({ id, representativeId }) => ({ id, onBehalfOf: representativeId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Case).findOneByOrFail({ id })).status).toBe(CaseStatus.NEW),
  },
  {
    operation: 'allCases',
    title: "a key with cases:read lists only its own client's cases",
    as: 'key',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).id }),
    query: 'query($id: ID!) { allCases(perPage: 500) { id } filtered: allCases(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: {
      answer: (data, { id }) => {
        expect(data.allCases.map((row: { id: string }) => row.id)).not.toContain(id);
        expect(data.filtered).toEqual([]);
      },
    },
  },
  {
    operation: 'Case',
    title: "a key with cases:read cannot read another client's case",
    as: 'key',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).id }),
    query: 'query($id: ID!) { Case(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
]);
