import { pick, type ResourceDefinition } from '../resource-definition';

export const apiKeyResource: ResourceDefinition = {
  type: 'ApiKey',
  plural: 'ApiKeys',
  fields: 'id name prefix scopes requestsPerMinute createdAt lastUsedAt revokedAt version createdBy { name email }',
  filterType: 'ApiKeyFilter',
  createInputType: 'CreateApiKeyInput',
  toCreateInput: (data) => pick(data, ['name', 'scopes', 'requestsPerMinute']),
  createdRecordField: 'apiKey',
  createdExtraFields: 'secret',
};
