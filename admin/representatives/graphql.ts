import { pick, type ResourceDefinition } from '../resource-definition';

export const representativeResource: ResourceDefinition = {
  type: 'Representative',
  plural: 'Representatives',
  fields: 'id userId name note isActive createdAt version user { id name email } accounts { id handle displayName profileUrl isActive platform { id name } } certifications { quizId quizTitle status lapsesAt changes }',
  filterType: 'RepresentativeFilter',
  createInputType: 'CreateRepresentativeInput',
  updateInputType: 'UpdateRepresentativeInput',
  toCreateInput: (data) => pick(data, ['userId', 'note']),
  toUpdateInput: (data) => pick(data, ['note', 'isActive']),
};
