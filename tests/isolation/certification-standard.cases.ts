import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { makeBriefInForce, makePlatform, makeSituationWithReply } from '../../seeds/factories';
import { defineCases } from './harness';

/** Certification from the standard: generation, lapse, requirements, statistics. */
export const certificationStandardCases = defineCases([
  {
    operation: 'questionGenerationPreview',
    title: "a trainer's preview holds only the caller's client's brief and base",
    as: 'trainer',
    arrange: async (b, dataSource, a) => {
      await makeBriefInForce(dataSource, a.client, { topics: [{ key: 'credit', name: 'Кредит', policy: TopicPolicy.ALLOWED, keywords: [], note: null }] });
      await makeBriefInForce(dataSource, b.client, { topics: [{ key: 'secret', name: 'Тайная тема Б', policy: TopicPolicy.FORBIDDEN, keywords: [], note: null }] });
      for (const title of ['Тайная ситуация Б', 'Вторая тайная ситуация Б']) {
        await makeSituationWithReply(dataSource, b.client, { title, category: ConsumerCycleCategory.NEGATIVE, examples: [`${title}: пример`] });
      }
      return {};
    },
    query: '{ questionGenerationPreview { prompt choices { text } } }',
    expect: { answer: (data) => expect(JSON.stringify(data.questionGenerationPreview)).not.toMatch(/Тайн/) },
  },
  {
    operation: 'questionGenerationPreview',
    title: "naming another client's platform is NOT_FOUND",
    as: 'trainer',
    arrange: async (b, dataSource) => ({ platformId: (await makePlatform(dataSource, b.client)).id }),
    query: 'query($platformId: ID!) { questionGenerationPreview(input: { generators: [PICK_THE_REPLY], platformId: $platformId }) { prompt } }',
    variables: ({ platformId }) => ({ platformId }),
    expect: { error: 'NOT_FOUND' },
  },
]);
