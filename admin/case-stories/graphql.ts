import { pick, type ResourceDefinition } from '../resource-definition';

export const caseStoryResource: ResourceDefinition = {
  type: 'CaseStory',
  plural: 'CaseStories',
  fields: 'id caseId title text status publishedAt createdAt version',
  filterType: 'CaseStoryFilter',
  updateInputType: 'UpdateCaseStoryInput',
  toUpdateInput: (data) => pick(data, ['title', 'text']),
};
