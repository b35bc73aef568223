import { ReplyStatus, Reply } from '../../api/modules/argument-base/reply.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { Case } from '../../api/modules/cases/case.entity';
import { makeCase, makeReply, makeSituation } from '../../seeds/factories';
import { defineCases } from './harness';

/** The panel's bulk actions and the escalation route shown before sending. */
export const bulkAndRoutingCases = defineCases([
  {
    operation: 'moveCases',
    title: "moving another client's cases in bulk is NOT_FOUND and moves none",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).id }),
    query: 'mutation($id: ID!) { moveCases(ids: [$id], status: CLOSED) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Case).findOneByOrFail({ id })).status).toBe(CaseStatus.NEW),
  },
  {
    operation: 'assignCases',
    title: "assigning another client's cases is NOT_FOUND and leaves them unassigned",
    as: 'pr',
    arrange: async (b, dataSource, a) => ({ id: (await makeCase(dataSource, b.client)).id, representativeUserId: a.userIds.representative }),
    query: 'mutation($id: ID!, $user: ID!) { assignCases(ids: [$id], representativeUserId: $user) { id } }',
    variables: ({ id, representativeUserId }) => ({ id, user: representativeUserId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Case).findOneByOrFail({ id })).representativeUserId).toBeNull(),
  },
  {
    operation: 'archiveSituations',
    title: "archiving another client's situations is NOT_FOUND and archives none",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeSituation(dataSource, b.client)).id }),
    query: 'mutation($id: ID!) { archiveSituations(ids: [$id]) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Situation).findOneByOrFail({ id })).isArchived).toBe(false),
  },
  {
    operation: 'approveSituationReplies',
    title: "approving another client's drafts in bulk is NOT_FOUND and leaves them drafts",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const situation = await makeSituation(dataSource, b.client);
      return { id: situation.id, draftId: (await makeReply(dataSource, situation, { text: 'Черновик клиента Б' })).id };
    },
    query: 'mutation($id: ID!) { approveSituationReplies(ids: [$id]) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ draftId }, dataSource) => expect((await dataSource.getRepository(Reply).findOneByOrFail({ id: draftId })).status).toBe(ReplyStatus.DRAFT),
  },
  {
    operation: 'escalationRoute',
    title: "asking who would answer another client's case is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).id }),
    query: 'query($id: ID!) { escalationRoute(caseId: $id) { assigneeName } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
]);
