import { pick, type ResourceDefinition } from '../resource-definition';

interface ExampleRecord {
  text: string;
  source?: string;
}

/** The curated phrasings the form holds; confirmed examples (from real cases) are kept by the API. */
const curatedExamples = (examples: ExampleRecord[] | undefined) =>
  examples?.filter((example) => example && example.source !== 'CONFIRMED' && example.text?.trim()).map((example) => example.text.trim());

const situationFields = ['key', 'title', 'category', 'topic'];

export const situationResource: ResourceDefinition = {
  type: 'Situation',
  plural: 'Situations',
  fields: `id key title category topic isArchived createdAt updatedAt version
    examples { id text source }
    replies { id status revision text variants theses platformKinds approvedAt approvedBy { name } version }`,
  filterType: 'SituationFilter',
  createInputType: 'CreateSituationInput',
  updateInputType: 'UpdateSituationInput',
  toCreateInput: (data) => ({ ...pick(data, situationFields), examples: curatedExamples(data.examples) ?? [] }),
  toUpdateInput: (data) => ({ ...pick(data, [...situationFields, 'isArchived']), examples: curatedExamples(data.examples) }),
};

const replyFields = ['theses', 'text', 'variants', 'platformKinds'];

export const replyResource: ResourceDefinition = {
  type: 'Reply',
  plural: 'Replies',
  fields: 'id situationId status revision text variants theses platformKinds approvedAt approvedBy { name } createdAt version',
  filterType: 'ReplyFilter',
  createInputType: 'CreateReplyInput',
  updateInputType: 'UpdateReplyInput',
  toCreateInput: (data) => pick(data, ['situationId', ...replyFields]),
  toUpdateInput: (data) => pick(data, replyFields),
};
