import type { ResourceDefinition } from '../resource-definition';

/** The brief's sections, in the order of the document. */
export const SECTIONS = ['postingRules', 'topics', 'contentRules', 'responseDeadlines', 'standardSituations', 'responsiblePeople', 'kpiTargets'] as const;
export type Section = (typeof SECTIONS)[number];

const SECTION_FIELDS = `
  postingRules { key platformId platformKind maxPostsPerDay maxPostsPerWeek allowedPostKinds note requiredQuizId }
  topics { key name policy keywords note }
  contentRules { key kind text variants note }
  responseDeadlines { key platformKind category hours }
  standardSituations { key name triggers behaviour moveToPrivate }
  responsiblePeople { key name position topicKeys contact answerWithinHours userId }
  kpiTargets { key metric target period platformId isPriority }`;

export const VERSION_FIELDS = `id number status title version basedOnVersionId replacesVersionId reviewComment
  createdAt updatedAt submittedAt approvedAt archivedAt
  createdBy { name } submittedBy { name } approvedBy { name }
  approvalReason priorityKpiSince kpiCeilingWarnings { key field target ceiling }
  ${SECTION_FIELDS}`;

/** Versions of the brief; created and saved through the domain operations below, not the generic grammar. */
export const briefVersionResource: ResourceDefinition = {
  type: 'BriefVersion',
  plural: 'BriefVersions',
  fields: VERSION_FIELDS,
  filterType: 'BriefVersionFilter',
};

export const CREATE_DRAFT = 'mutation($input: CreateBriefDraftInput) { createBriefDraft(input: $input) { id } }';
export const UPDATE_DRAFT = 'mutation($id: ID!, $input: UpdateBriefDraftInput!) { updateBriefDraft(id: $id, input: $input) { id version } }';
export const SUBMIT = 'mutation($id: ID!, $version: Int) { submitBriefVersion(id: $id, version: $version) { id status } }';
export const APPROVE = 'mutation($id: ID!, $version: Int, $reason: String) { approveBriefVersion(id: $id, version: $version, reason: $reason) { id status } }';
export const RETURN = 'mutation($id: ID!, $comment: String!, $version: Int) { returnBriefVersion(id: $id, comment: $comment, version: $version) { id status } }';
export const IN_FORCE = `{ briefInForce { ${VERSION_FIELDS} } }`;
export const MARKDOWN = '{ briefMarkdown }';
export const RESPONSIBLE_ACCOUNTS = '{ briefResponsibleAccounts { id name email } }';
export const DIFF = `query($from: ID!, $to: ID!) { briefDiff(from: $from, to: $to) {
  hasChanges title { old new }
  from { topics { key name } } to { topics { key name } }
  sections { section reordered unchanged added { key label item } removed { key label item } changed { key label fields { field old new } } }
} }`;

type Item = Record<string, unknown>;

/** List fields of the sections' items: an input cleared by the editor holds null, the API wants a list. */
const LIST_FIELDS = ['allowedPostKinds', 'keywords', 'variants', 'triggers', 'topicKeys'];

/** An item as the API takes it: empty keys are made by the API, cleared lists are empty lists. */
function toItemInput({ key, ...item }: Item): Item {
  for (const field of LIST_FIELDS) if (field in item && item[field] == null) item[field] = [];
  return typeof key === 'string' && key.trim() ? { key: key.trim(), ...item } : item;
}

/** What updateBriefDraft accepts from the editor's values: the title and every section. */
export function toUpdateInput(values: Record<string, any>): Record<string, unknown> {
  const sections = Object.fromEntries(SECTIONS.map((section) => [section, ((values[section] ?? []) as Item[]).map(toItemInput)]));
  return { title: values.title, ...sections };
}

/**
 * The form field a refusal names: the API's `extensions.fields` ("contentRules.2.text"), or, for a
 * value GraphQL itself refused, the path in its message (`at "input.contentRules[2].variants"`).
 */
export function fieldErrorsOf(message: string, fields: { field: string; message: string }[] | undefined): Record<string, string> {
  const named = Object.fromEntries((fields ?? []).map((problem) => [problem.field, problem.message]));
  const path = message.match(/at "input\.([^"]+)"/)?.[1];
  if (path) named[path.replace(/\[(\d+)\]/g, '.$1')] = message.replace(/^.*?;\s*/, '');
  return named;
}

/** Certifying quizzes a posting rule may require (trainers and PR specialists read them). */
export const CERTIFYING_QUIZZES = `{ allQuizzes(perPage: 500, sortField: "title", filter: { certifying: true }) { id title } }`;
