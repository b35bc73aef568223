import { Author } from '../../api/modules/authors/author.entity';
import { Mention } from '../../api/modules/mentions/mention.entity';
import { OfficialAccount } from '../../api/modules/representatives/official-account.entity';
import { Representative } from '../../api/modules/representatives/representative.entity';
import { makeCase, makePlatform, makeRepresentative, unique } from '../../seeds/factories';
import { defineCases } from './harness';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

/** Representatives, official accounts, mention ingest and authors. */
export const crmPeopleCases = defineCases([
  // Representatives and official accounts
  {
    operation: 'allRepresentatives',
    title: "the representative list holds only the caller's client's representatives",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeRepresentative(dataSource, b.client, { userId: b.userIds.representative })).representative.id }),
    query: 'query($id: ID!) { allRepresentatives(perPage: 500) { id } filtered: allRepresentatives(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data, { id }) => expect([...ids(data.allRepresentatives), ...ids(data.filtered)]).not.toContain(id) },
  },
  {
    operation: '_allRepresentativesMeta',
    title: "another client's representatives are not counted",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeRepresentative(dataSource, b.client, { userId: b.userIds.representative })).representative.id }),
    query: 'query($id: ID!) { _allRepresentativesMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allRepresentativesMeta.count).toBe(0) },
  },
  {
    operation: 'Representative',
    title: "reading another client's representative is NOT_FOUND",
    as: 'trainer',
    arrange: async (b, dataSource) => ({ id: (await makeRepresentative(dataSource, b.client, { userId: b.userIds.representative })).representative.id }),
    query: 'query($id: ID!) { Representative(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'representativeCandidates',
    title: "another client's representatives are not offered as candidates",
    as: 'pr',
    arrange: async (b) => ({ userId: b.userIds.representative }),
    query: '{ representativeCandidates { id } }',
    expect: { answer: (data, { userId }) => expect(ids(data.representativeCandidates)).not.toContain(userId) },
  },
  {
    operation: 'createRepresentative',
    title: "another client's representative cannot be enrolled in the caller's client",
    as: 'pr',
    arrange: async (b) => ({ userId: b.userIds.representative, clientId: b.client.id }),
    query: 'mutation($userId: ID!) { createRepresentative(input: { userId: $userId }) { id } }',
    variables: ({ userId }) => ({ userId }),
    expect: { error: 'BAD_USER_INPUT' },
    unchanged: async ({ userId }, dataSource) => expect(await dataSource.getRepository(Representative).countBy({ userId })).toBe(0),
  },
  {
    operation: 'updateRepresentative',
    title: "deactivating another client's representative is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeRepresentative(dataSource, b.client, { userId: b.userIds.representative })).representative.id }),
    query: 'mutation($id: ID!) { updateRepresentative(id: $id, input: { isActive: false, version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Representative).findOneByOrFail({ id })).isActive).toBe(true),
  },
  {
    operation: 'allOfficialAccounts',
    title: "the account list holds only the caller's client's accounts",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeRepresentative(dataSource, b.client, { platforms: [await makePlatform(dataSource, b.client)] })).accounts[0].id }),
    query: 'query($id: ID!) { allOfficialAccounts(perPage: 500) { id } filtered: allOfficialAccounts(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data, { id }) => expect([...ids(data.allOfficialAccounts), ...ids(data.filtered)]).not.toContain(id) },
  },
  {
    operation: '_allOfficialAccountsMeta',
    title: "another client's accounts are not counted",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeRepresentative(dataSource, b.client, { platforms: [await makePlatform(dataSource, b.client)] })).accounts[0].id }),
    query: 'query($id: ID!) { _allOfficialAccountsMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allOfficialAccountsMeta.count).toBe(0) },
  },
  {
    operation: 'OfficialAccount',
    title: "reading another client's account is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeRepresentative(dataSource, b.client, { platforms: [await makePlatform(dataSource, b.client)] })).accounts[0].id }),
    query: 'query($id: ID!) { OfficialAccount(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createOfficialAccount',
    title: "an account cannot be opened for another client's representative",
    as: 'pr',
    arrange: async (b, dataSource, a) => ({
      representativeId: (await makeRepresentative(dataSource, b.client, { userId: b.userIds.representative })).representative.id,
      platformId: (await makePlatform(dataSource, a.client)).id,
      brand: a.client.brandName,
    }),
    query: `mutation($representativeId: ID!, $platformId: ID!, $name: String!) {
      createOfficialAccount(input: { representativeId: $representativeId, platformId: $platformId, handle: "intruder", displayName: $name, profileUrl: "https://x.example/u" }) { id }
    }`,
    variables: ({ representativeId, platformId, brand }) => ({ representativeId, platformId, name: `${brand} официально` }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ representativeId }, dataSource) => expect(await dataSource.getRepository(OfficialAccount).countBy({ representativeId })).toBe(0),
  },
  {
    operation: 'updateOfficialAccount',
    title: "renaming another client's account is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource, a) => {
      const account = (await makeRepresentative(dataSource, b.client, { platforms: [await makePlatform(dataSource, b.client)] })).accounts[0];
      return { id: account.id, handle: account.handle, name: `${a.client.brandName} официально` };
    },
    query: 'mutation($id: ID!, $name: String!) { updateOfficialAccount(id: $id, input: { handle: "taken", displayName: $name, version: 1 }) { id } }',
    variables: ({ id, name }) => ({ id, name }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id, handle }, dataSource) => expect((await dataSource.getRepository(OfficialAccount).findOneByOrFail({ id })).handle).toBe(handle),
  },
  // Mentions and authors
  {
    operation: 'ingestMentions',
    title: "a key cannot push mentions onto another client's platform",
    as: 'key',
    arrange: async (b, dataSource) => ({ platformId: (await makePlatform(dataSource, b.client)).id, externalId: unique('post') }),
    query: `mutation($platformId: ID!, $externalId: String!) {
      ingestMentions(input: [{ platformId: $platformId, externalId: $externalId, authorHandle: "x", text: "Вопрос", postedAt: "2026-11-01T10:00:00.000Z" }]) { created }
    }`,
    variables: ({ platformId, externalId }) => ({ platformId, externalId }),
    expect: { error: 'BAD_USER_INPUT' },
    unchanged: async ({ externalId }, dataSource) => expect(await dataSource.getRepository(Mention).countBy({ externalId })).toBe(0),
  },
  {
    operation: 'author',
    title: "asking for another client's author by platform is NOT_FOUND",
    as: 'key',
    arrange: async (b, dataSource) => {
      const caseRow = await makeCase(dataSource, b.client, { authorHandle: 'shared-handle' });
      return { platformId: caseRow.platformId };
    },
    query: 'query($platformId: ID!) { author(platformId: $platformId, handle: "shared-handle") { id } }',
    variables: ({ platformId }) => ({ platformId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'allAuthors',
    title: "the author list holds only the caller's client's authors",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).authorId }),
    query: 'query($id: ID!) { allAuthors(perPage: 500) { id } filtered: allAuthors(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data, { id }) => expect([...ids(data.allAuthors), ...ids(data.filtered)]).not.toContain(id) },
  },
  {
    operation: '_allAuthorsMeta',
    title: "another client's authors are not counted",
    as: 'pr',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).authorId }),
    query: 'query($id: ID!) { _allAuthorsMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allAuthorsMeta.count).toBe(0) },
  },
  {
    operation: 'Author',
    title: "reading another client's author is NOT_FOUND",
    as: 'responsible',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).authorId }),
    query: 'query($id: ID!) { Author(id: $id) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'updateAuthor',
    title: "writing notes on another client's author is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makeCase(dataSource, b.client)).authorId }),
    query: 'mutation($id: ID!) { updateAuthor(id: $id, input: { notes: "чужая заметка", version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Author).findOneByOrFail({ id })).notes).toBeNull(),
  },
]);
