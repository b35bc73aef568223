import { Reply, ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { Platform } from '../../api/modules/platforms/platform.entity';
import { Representative } from '../../api/modules/representatives/representative.entity';
import { User } from '../../api/modules/users/user.entity';
import { makePlatform, makeRepresentative, makeReply, makeSituation } from '../../seeds/factories';
import { defineCases } from './harness';

/** The delete mutations: another client's record is as unknown as one that does not exist, and stays. */
export const deleteCases = defineCases([
  {
    operation: 'deleteSituation',
    title: "deleting another client's situation is NOT_FOUND and leaves it in place",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeSituation(dataSource, b.client)).id }),
    query: 'mutation($id: ID!) { deleteSituation(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect(await dataSource.getRepository(Situation).findOneByOrFail({ id })).toMatchObject({ isArchived: false }),
  },
  {
    operation: 'deleteReply',
    title: "deleting another client's reply is NOT_FOUND, whether a draft or approved",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const situation = await makeSituation(dataSource, b.client);
      const approved = await makeReply(dataSource, situation, { status: ReplyStatus.APPROVED });
      const draft = await makeReply(dataSource, situation);
      return { approvedId: approved.id, draftId: draft.id };
    },
    query: 'mutation($approvedId: ID!, $draftId: ID!) { approved: deleteReply(id: $approvedId) { id } draft: deleteReply(id: $draftId) { id } }',
    variables: (arranged) => arranged,
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ approvedId, draftId }, dataSource) => {
      expect((await dataSource.getRepository(Reply).findOneByOrFail({ id: approvedId })).status).toBe(ReplyStatus.APPROVED);
      expect((await dataSource.getRepository(Reply).findOneByOrFail({ id: draftId })).status).toBe(ReplyStatus.DRAFT);
    },
  },
  {
    operation: 'deletePlatform',
    title: "deleting another client's platform is NOT_FOUND and leaves it in place",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makePlatform(dataSource, b.client)).id }),
    query: 'mutation($id: ID!) { deletePlatform(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect(await dataSource.getRepository(Platform).findOneByOrFail({ id })).toMatchObject({ isArchived: false }),
  },
  {
    operation: 'deleteRepresentative',
    title: "deleting another client's representative is NOT_FOUND and leaves them active",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeRepresentative(dataSource, b.client, { userId: b.userIds.representative })).representative.id }),
    query: 'mutation($id: ID!) { deleteRepresentative(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Representative).findOneByOrFail({ id })).isActive).toBe(true),
  },
  {
    operation: 'deleteUser',
    title: "a client's PR specialist cannot deactivate another client's staff",
    as: 'pr',
    arrange: async (b) => ({ id: b.userIds.representative }),
    query: 'mutation($id: ID!) { deleteUser(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'FORBIDDEN' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(User).findOneByOrFail({ id })).isActive).toBe(true),
  },
]);
