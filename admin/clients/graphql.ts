import { pick, type ResourceDefinition } from '../resource-definition';

export const clientResource: ResourceDefinition = {
  type: 'Client',
  plural: 'Clients',
  fields: 'id name slug brandName timeZone callCentreAnswerMinutes createdAt updatedAt version',
  filterType: 'ClientFilter',
  createInputType: 'CreateClientInput',
  updateInputType: 'UpdateClientInput',
  toCreateInput: (data) => pick(data, ['name', 'slug', 'brandName']),
  toUpdateInput: (data) => pick(data, ['name', 'brandName', 'timeZone', 'callCentreAnswerMinutes']),
};
