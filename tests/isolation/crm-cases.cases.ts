import { Situation } from '../../api/modules/argument-base/situation.entity';
import { CaseStory } from '../../api/modules/case-stories/case-story.entity';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { Case } from '../../api/modules/cases/case.entity';
import { Reaction } from '../../api/modules/cases/reaction.entity';
import { Escalation, EscalationStatus } from '../../api/modules/escalations/escalation.entity';
import { makeCase, makeCaseStory, makeEscalation, makePlatform, makeRepresentative, makeSituationWithOneReply, unique } from '../../seeds/factories';
import { defineCases } from './harness';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/** Cases, escalations and case stories. */
export const crmCaseCases = defineCases([
  // Cases
  {
    operation: 'allCases',
    title: "the case queue holds only the caller's client's cases",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client, { deadlineAt: new Date(Date.now() - 3600_000) })).id }),
    query: 'query($id: ID!) { allCases(perPage: 500) { id } overdue: allCases(filter: { overdue: true }) { id } filtered: allCases(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data, { id }) => expect([...ids(data.allCases), ...ids(data.overdue), ...ids(data.filtered)]).not.toContain(id) },
  },
  {
    operation: '_allCasesMeta',
    title: "another client's cases are not counted",
    as: 'trainer',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).id }),
    query: 'query($id: ID!) { _allCasesMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allCasesMeta.count).toBe(0) },
  },
  {
    operation: 'Case',
    title: "reading another client's case is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).id }),
    query: 'query($id: ID!) { Case(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'caseDashboard',
    title: "the dashboard counts only the caller's client's cases",
    as: 'pr',
    arrange: async (b, dataSource) => {
      for (let index = 0; index < 3; index += 1) await makeCase(dataSource, b.client, { deadlineAt: new Date(Date.now() - 3600_000) });
      return {};
    },
    query: '{ caseDashboard { open overdue } }',
    expect: { answer: (data) => expect(data.caseDashboard).toEqual({ open: 0, overdue: 0 }) },
  },
  {
    operation: 'canPost',
    title: "asking about another client's platform is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makePlatform(dataSource, b.client)).id }),
    query: 'query($id: ID!) { canPost(platformId: $id) { allowed } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'moveCase',
    title: "moving another client's case is NOT_FOUND and changes nothing",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).id }),
    query: 'mutation($id: ID!) { moveCase(id: $id, input: { status: CLOSED, version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Case).findOneByOrFail({ id })).status).toBe(CaseStatus.NEW),
  },
  {
    operation: 'logReaction',
    title: "logging a post on another client's case is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).id }),
    query: 'mutation($id: ID!) { logReaction(caseId: $id, input: { text: "Ответ", version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect(await dataSource.getRepository(Reaction).countBy({ caseId: id })).toBe(0),
  },
  {
    operation: 'recordCaseResult',
    title: "recording a result on another client's case is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client, { status: CaseStatus.ANSWERED })).id }),
    query: 'mutation($id: ID!) { recordCaseResult(id: $id, input: { resolved: true, version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Case).findOneByOrFail({ id })).status).toBe(CaseStatus.ANSWERED),
  },
  {
    operation: 'classifyCase',
    title: "classifying another client's case is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).id }),
    query: 'mutation($id: ID!) { classifyCase(id: $id, input: { category: NEGATIVE, version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Case).findOneByOrFail({ id })).category).toBeNull(),
  },
  {
    operation: 'classifyCase',
    title: "another client's situation cannot be named on one's own case",
    as: 'representative',
    arrange: async (b, dataSource, a) => ({
      id: (await makeCase(dataSource, a.client)).id,
      situationId: (await makeSituationWithOneReply(dataSource, b.client)).situation.id,
    }),
    query: 'mutation($id: ID!, $situationId: ID!) { classifyCase(id: $id, input: { situationId: $situationId, version: 1 }) { id } }',
    variables: ({ id, situationId }) => ({ id, situationId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Case).findOneByOrFail({ id })).situationId).toBeNull(),
  },
  {
    operation: 'logReaction',
    title: "another client's reply cannot be posted on one's own case",
    as: 'representative',
    arrange: async (b, dataSource, a) => {
      const platform = await makePlatform(dataSource, a.client);
      await makeRepresentative(dataSource, a.client, { userId: a.userIds.representative, platforms: [platform] });
      return { id: (await makeCase(dataSource, a.client, { platform })).id, replyId: (await makeSituationWithOneReply(dataSource, b.client)).reply.id };
    },
    query: 'mutation($id: ID!, $replyId: ID!) { logReaction(caseId: $id, input: { text: "Ответ", replyId: $replyId, version: 1 }) { id } }',
    variables: ({ id, replyId }) => ({ id, replyId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect(await dataSource.getRepository(Reaction).countBy({ caseId: id })).toBe(0),
  },
  // Escalations
  {
    operation: 'escalateCase',
    title: "escalating another client's case is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).id }),
    query: 'mutation($id: ID!) { escalateCase(caseId: $id, input: { question: "Чей это вопрос?" }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect(await dataSource.getRepository(Escalation).countBy({ caseId: id })).toBe(0),
  },
  {
    operation: 'allEscalations',
    title: "the escalation queue holds only the caller's client's questions",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeEscalation(dataSource, await makeCase(dataSource, b.client))).id }),
    query: 'query($id: ID!) { allEscalations(perPage: 500) { id } filtered: allEscalations(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data, { id }) => expect([...ids(data.allEscalations), ...ids(data.filtered)]).not.toContain(id) },
  },
  {
    operation: '_allEscalationsMeta',
    title: "another client's escalations are not counted",
    as: 'responsible',
    arrange: async (b, dataSource) => ({ id: (await makeEscalation(dataSource, await makeCase(dataSource, b.client))).id }),
    query: 'query($id: ID!) { _allEscalationsMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allEscalationsMeta.count).toBe(0) },
  },
  {
    operation: 'Escalation',
    title: "reading another client's escalation is NOT_FOUND",
    as: 'responsible',
    arrange: async (b, dataSource) => ({ id: (await makeEscalation(dataSource, await makeCase(dataSource, b.client))).id }),
    query: 'query($id: ID!) { Escalation(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'myQuestions',
    title: "a PR specialist's questions do not include another client's unassigned ones",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeEscalation(dataSource, await makeCase(dataSource, b.client))).id }),
    query: '{ myQuestions { id } }',
    expect: { answer: (data, { id }) => expect(ids(data.myQuestions)).not.toContain(id) },
  },
  {
    operation: 'answerEscalation',
    title: "answering another client's question is NOT_FOUND, even for its assignee's role",
    as: 'responsible',
    arrange: async (b, dataSource, a) => ({ id: (await makeEscalation(dataSource, await makeCase(dataSource, b.client), { assigneeUserId: a.userIds.responsible })).id }),
    query: 'mutation($id: ID!) { answerEscalation(id: $id, input: { answer: "Чужой ответ", version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Escalation).findOneByOrFail({ id })).status).toBe(EscalationStatus.OPEN),
  },
  {
    operation: 'escalationArchiveDraft',
    title: "the archive form of another client's escalation is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => ({
      id: (await makeEscalation(dataSource, await makeCase(dataSource, b.client), { status: EscalationStatus.ANSWERED, answer: 'Ответ', answeredAt: new Date() })).id,
    }),
    query: 'query($id: ID!) { escalationArchiveDraft(id: $id) { replyText } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'archiveEscalationAnswer',
    title: "archiving another client's answer is NOT_FOUND and creates no situation",
    as: 'pr',
    arrange: async (b, dataSource) => ({
      id: (await makeEscalation(dataSource, await makeCase(dataSource, b.client), { status: EscalationStatus.ANSWERED, answer: 'Ответ', answeredAt: new Date() })).id,
      key: unique('stolen'),
    }),
    query: `mutation($id: ID!, $key: String!) {
      archiveEscalationAnswer(id: $id, input: { key: $key, title: "Чужое", category: SUPPORT, replyText: "Чужой ответ для базы", version: 1 }) { id }
    }`,
    variables: ({ id, key }) => ({ id, key }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ key }, dataSource) => expect(await dataSource.getRepository(Situation).countBy({ key })).toBe(0),
  },
  // Case stories
  {
    operation: 'draftCaseStory',
    title: "drafting a story of another client's case is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client, { status: CaseStatus.RESOLVED, resolved: true })).id }),
    query: 'mutation($id: ID!) { draftCaseStory(caseId: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect(await dataSource.getRepository(CaseStory).countBy({ caseId: id })).toBe(0),
  },
  {
    operation: 'allCaseStories',
    title: "the story list holds only the caller's client's stories",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeCaseStory(dataSource, await makeCase(dataSource, b.client))).id }),
    query: 'query($id: ID!) { allCaseStories(perPage: 500) { id } filtered: allCaseStories(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data, { id }) => expect([...ids(data.allCaseStories), ...ids(data.filtered)]).not.toContain(id) },
  },
  {
    operation: '_allCaseStoriesMeta',
    title: "another client's stories are not counted",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeCaseStory(dataSource, await makeCase(dataSource, b.client))).id }),
    query: 'query($id: ID!) { _allCaseStoriesMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allCaseStoriesMeta.count).toBe(0) },
  },
  {
    operation: 'CaseStory',
    title: "reading another client's story is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeCaseStory(dataSource, await makeCase(dataSource, b.client))).id }),
    query: 'query($id: ID!) { CaseStory(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'updateCaseStory',
    title: "editing another client's story is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeCaseStory(dataSource, await makeCase(dataSource, b.client))).id }),
    query: 'mutation($id: ID!) { updateCaseStory(id: $id, input: { title: "Захвачено", version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(CaseStory).findOneByOrFail({ id })).title).not.toBe('Захвачено'),
  },
  {
    operation: 'publishCaseStory',
    title: "publishing another client's story is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeCaseStory(dataSource, await makeCase(dataSource, b.client))).id }),
    query: 'mutation($id: ID!) { publishCaseStory(id: $id, version: 1) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(CaseStory).findOneByOrFail({ id })).publishedAt).toBeNull(),
  },
]);
