import { pick, type ResourceDefinition } from '../resource-definition';

const editable = ['kind', 'name', 'url', 'audience', 'geography', 'agreementStatus', 'agreementContact', 'agreementDate', 'replyLengthLimit', 'kpiCeilings'];

export const platformResource: ResourceDefinition = {
  type: 'Platform',
  plural: 'Platforms',
  fields: `id kind name url audience geography agreementStatus agreementContact agreementDate replyLengthLimit
    kpiCeilings { metric value period } isArchived createdAt version`,
  filterType: 'PlatformFilter',
  createInputType: 'CreatePlatformInput',
  updateInputType: 'UpdatePlatformInput',
  toCreateInput: (data) => pick(data, editable),
  toUpdateInput: (data) => pick(data, [...editable, 'isArchived']),
};
