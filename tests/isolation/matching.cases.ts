import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { ArgumentBaseImport, ArgumentBaseImportStatus } from '../../api/modules/argument-base/argument-base-import.entity';
import { makePlatform, makeSituationWithReply } from '../../seeds/factories';
import { defineCases } from './harness';

/** A situation of client B that a post would match word for word. */
const arrangeSituation = async (b: { client: Parameters<typeof makeSituationWithReply>[1] }, dataSource: Parameters<typeof makeSituationWithReply>[0]) => {
  const { situation } = await makeSituationWithReply(dataSource, b.client, {
    title: 'Слухи об отзыве лицензии',
    category: ConsumerCycleCategory.UNCOMFORTABLE_QUESTION,
    examples: ['Говорят, у банка скоро отзовут лицензию, забирать ли вклад?'],
  });
  return { id: situation.id, key: situation.key, title: situation.title };
};

export const matchingCases = defineCases([
  {
    operation: 'matchSituations',
    title: "a post is matched against the caller's client's base only",
    as: 'key',
    arrange: arrangeSituation,
    query: 'query { matchSituations(input: { text: "Говорят, у банка скоро отзовут лицензию, забирать ли вклад?", limit: 10 }) { matches { situation { id key } } } }',
    expect: {
      answer: (data, { id }) => expect(data.matchSituations.matches.map((entry: { situation: { id: string } }) => entry.situation.id)).not.toContain(id),
    },
  },
  {
    operation: 'matchSituations',
    title: "naming another client's platform is NOT_FOUND",
    as: 'representative',
    arrange: async (b, dataSource) => ({ platformId: (await makePlatform(dataSource, b.client)).id }),
    query: 'query($platformId: ID!) { matchSituations(input: { text: "карта", platformId: $platformId }) { noMatch } }',
    variables: ({ platformId }) => ({ platformId }),
    expect: { error: 'NOT_FOUND' },
  },
  {
    operation: 'exportArgumentBase',
    title: "the export holds only the caller's client's situations",
    as: 'pr',
    arrange: arrangeSituation,
    query: '{ exportArgumentBase }',
    expect: { answer: (data, { key, title }) => expect(data.exportArgumentBase).not.toMatch(new RegExp(`${key}|${title}`)) },
  },
  {
    operation: 'importArgumentBase',
    title: "an import with the key of another client's situation creates the caller's own and leaves the other alone",
    as: 'pr',
    arrange: arrangeSituation,
    query: 'mutation($csv: String!) { importArgumentBase(csv: $csv, approve: true) { created updated } }',
    variables: ({ key }) => ({ csv: `client,key,situation,category,examples,reply,topic\n,${key},Захвачено,NEGATIVE,Пример,Ответ,\n` }),
    expect: { answer: (data) => expect(data.importArgumentBase).toEqual({ created: 1, updated: 0 }) },
    unchanged: async ({ id, title }, dataSource) => {
      expect(await dataSource.getRepository(Situation).findOneByOrFail({ id })).toMatchObject({ title, category: ConsumerCycleCategory.UNCOMFORTABLE_QUESTION });
    },
  },
  {
    operation: 'argumentBaseImport',
    title: "another client's import progress is NOT_FOUND",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const running = await dataSource.getRepository(ArgumentBaseImport).save({ clientId: b.client.id, status: ArgumentBaseImportStatus.RUNNING, rowsTotal: 30, rowsDone: 10 });
      return { id: running.id };
    },
    query: 'query($id: ID!) { argumentBaseImport(id: $id) { id status rowsDone rowsTotal } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
]);
