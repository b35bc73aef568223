import type { As, GraphQLResult, TestApp } from './app';

/** Every field of a version, sections included, as the admin reads it. */
export const VERSION_FIELDS = `id number status title version basedOnVersionId replacesVersionId reviewComment
  submittedAt approvedAt archivedAt
  postingRules { key platformId platformKind maxPostsPerDay maxPostsPerWeek allowedPostKinds note }
  topics { key name policy keywords note }
  contentRules { key kind text variants note }
  responseDeadlines { key platformKind category hours }
  standardSituations { key name triggers behaviour moveToPrivate }
  responsiblePeople { key name position topicKeys contact answerWithinHours userId }
  kpiTargets { key metric target period platformId }`;

export const CREATE_DRAFT = `mutation($input: CreateBriefDraftInput) { createBriefDraft(input: $input) { ${VERSION_FIELDS} } }`;
export const UPDATE_DRAFT = `mutation($id: ID!, $input: UpdateBriefDraftInput!) { updateBriefDraft(id: $id, input: $input) { ${VERSION_FIELDS} } }`;
export const SUBMIT = 'mutation($id: ID!, $version: Int) { submitBriefVersion(id: $id, version: $version) { id status version submittedAt } }';
export const APPROVE = 'mutation($id: ID!, $version: Int) { approveBriefVersion(id: $id, version: $version) { id status version approvedAt } }';
export const RETURN = 'mutation($id: ID!, $comment: String!, $version: Int) { returnBriefVersion(id: $id, comment: $comment, version: $version) { id status version reviewComment submittedAt } }';
export const IN_FORCE = `{ briefInForce { ${VERSION_FIELDS} } }`;

export interface Version {
  id: string;
  number: number;
  status: string;
  title: string;
  version: number;
  [field: string]: any;
}

/** A small but complete set of sections, valid for any client (no platform or account ids). */
export function sampleSections() {
  return {
    postingRules: [{ platformKind: 'FORUM', maxPostsPerDay: 3, maxPostsPerWeek: 10, allowedPostKinds: ['ANSWER', 'NEWS'], note: 'Только в официальной ветке' }],
    topics: [
      { key: 'credit', name: 'Кредит', policy: 'ALLOWED', keywords: ['кредит', 'рассрочка'], note: 'Одобрение не обещаем' },
      { name: 'Судебные иски', policy: 'NO_COMMENT', keywords: ['суд', 'иск'] },
    ],
    contentRules: [{ kind: 'BRAND_SPELLING', text: 'Автолидер', variants: ['Авто-Лидер'] }],
    responseDeadlines: [{ platformKind: 'FORUM', category: 'NEGATIVE', hours: 4 }],
    standardSituations: [{ name: 'Конфликт', triggers: ['обманули'], behaviour: 'Переводим в личные сообщения', moveToPrivate: true }],
    responsiblePeople: [{ name: 'Наталья Белова', position: 'Юрист', topicKeys: ['credit'], contact: 'legal@example.test', answerWithinHours: 24 }],
    kpiTargets: [{ metric: 'VIEWS', target: 3227, period: 'MONTH' }],
  };
}

/** The brief operations over HTTP, each asserting it succeeded. */
export function briefOperations(app: TestApp) {
  const ok = <T>(result: GraphQLResult, field: string): T => {
    expect([field, result.errors]).toEqual([field, undefined]);
    return result.data![field] as T;
  };
  return {
    createDraft: async (as: As, input: Record<string, unknown> = {}) => ok<Version>(await app.gql(CREATE_DRAFT, { input }, as), 'createBriefDraft'),
    save: async (as: As, draft: Pick<Version, 'id' | 'version'>, sections: Record<string, unknown>) =>
      ok<Version>(await app.gql(UPDATE_DRAFT, { id: draft.id, input: { ...sections, version: draft.version } }, as), 'updateBriefDraft'),
    submit: async (as: As, id: string) => ok<Version>(await app.gql(SUBMIT, { id }, as), 'submitBriefVersion'),
    approve: async (as: As, id: string) => ok<Version>(await app.gql(APPROVE, { id }, as), 'approveBriefVersion'),
    /** A new version in force with these sections: draft (copied from what is in force), save, submit, approve. */
    async putInForce(as: As, sections: Record<string, unknown>, copyFromVersionId?: string): Promise<Version> {
      const draft = await this.createDraft(as, copyFromVersionId ? { copyFromVersionId } : {});
      const saved = await this.save(as, draft, sections);
      await this.submit(as, saved.id);
      await this.approve(as, saved.id);
      return saved;
    },
  };
}
