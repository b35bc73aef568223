import { Platform } from '../../api/modules/platforms/platform.entity';
import { makePlatform } from '../../seeds/factories';
import { defineCases } from './harness';

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

export const platformCases = defineCases([
  {
    operation: 'allPlatforms',
    title: "the platform list holds only the caller's client's platforms",
    as: 'key',
    arrange: async (b, dataSource) => ({ id: (await makePlatform(dataSource, b.client)).id }),
    query: 'query($id: ID!) { allPlatforms(perPage: 500) { id } filtered: allPlatforms(filter: { ids: [$id] }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: {
      answer: (data, { id }) => {
        expect(ids(data.allPlatforms)).not.toContain(id);
        expect(data.filtered).toEqual([]);
      },
    },
  },
  {
    operation: '_allPlatformsMeta',
    title: "another client's platforms are not counted",
    as: 'representative',
    arrange: async (b, dataSource) => ({ id: (await makePlatform(dataSource, b.client)).id }),
    query: 'query($id: ID!) { _allPlatformsMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allPlatformsMeta.count).toBe(0) },
  },
  {
    operation: 'Platform',
    title: "reading another client's platform is NOT_FOUND",
    as: 'key',
    arrange: async (b, dataSource) => ({ id: (await makePlatform(dataSource, b.client)).id }),
    query: 'query($id: ID!) { Platform(id: $id) { id name } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'createPlatform',
    title: "a new platform always belongs to the caller's client",
    as: 'pr',
    arrange: async (b) => ({ clientId: b.client.id }),
    query: 'mutation { createPlatform(input: { kind: FORUM, name: "Форум-двойник" }) { id } }',
    expect: { answer: (data) => expect(data.createPlatform.id).toBeTruthy() },
    unchanged: async ({ clientId }, dataSource) => {
      expect(await dataSource.getRepository(Platform).countBy({ clientId, name: 'Форум-двойник' })).toBe(0);
    },
  },
  {
    operation: 'updatePlatform',
    title: "changing another client's platform is NOT_FOUND and changes nothing",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const platform = await makePlatform(dataSource, b.client);
      return { id: platform.id, name: platform.name };
    },
    query: 'mutation($id: ID!) { updatePlatform(id: $id, input: { name: "Захвачено", version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id, name }, dataSource) => {
      expect((await dataSource.getRepository(Platform).findOneByOrFail({ id })).name).toBe(name);
    },
  },
]);
