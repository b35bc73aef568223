import type { DataSource } from 'typeorm';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { Case } from '../../api/modules/cases/case.entity';
import { Escalation } from '../../api/modules/escalations/escalation.entity';
import { makeBriefInForce, makeCase, makePlatform, makeSituationWithReply, unique } from '../../seeds/factories';
import type { ClientWorld } from '../helpers/world';
import { defineCases } from './harness';

const POST = 'Говорят, у банка скоро отзовут лицензию, забирать ли вклад?';

/** Client B: a situation a post matches word for word, a brief routing that topic to B's responsible person, and an author with a history. */
async function arrangeB(b: ClientWorld, dataSource: DataSource) {
  const { situation } = await makeSituationWithReply(dataSource, b.client, {
    title: 'Слухи об отзыве лицензии',
    category: ConsumerCycleCategory.UNCOMFORTABLE_QUESTION,
    topic: 'licence',
    examples: [POST],
  });
  await makeBriefInForce(dataSource, b.client, {
    topics: [{ key: 'licence', name: 'Лицензия', policy: TopicPolicy.ALLOWED, keywords: ['лиценз'], note: null }],
    responsiblePeople: [{ key: 'b-lawyer', name: 'Юрист клиента B', position: 'юрист', topicKeys: ['licence'], contact: 'b@example.test', answerWithinHours: 4, userId: b.userIds.responsible }],
  });
  const handle = unique('shared');
  for (let index = 0; index < 3; index += 1) await makeCase(dataSource, b.client, { authorHandle: handle, category: ConsumerCycleCategory.NEGATIVE });
  return { situationId: situation.id, handle, responsibleOfB: b.userIds.responsible };
}

/** The social-CRM loop across modules: what ingest, the matcher and a case's suggestion read must be the caller's client's. */
export const crmIntegrationCases = defineCases([
  {
    operation: 'ingestMentions',
    title: "ingest classifies and routes with the caller's client's base and brief only",
    as: 'key',
    arrange: async (b, dataSource, a) => ({ ...(await arrangeB(b, dataSource)), platformId: (await makePlatform(dataSource, a.client)).id, externalId: unique('post') }),
    query: `mutation($platformId: ID!, $externalId: String!, $text: String!) {
      ingestMentions(input: [{ platformId: $platformId, externalId: $externalId, authorHandle: "reader", text: $text, postedAt: "2026-11-01T10:00:00.000Z" }]) {
        escalated mentions { caseId escalationId }
      }
    }`,
    variables: ({ platformId, externalId }) => ({ platformId, externalId, text: POST }),
    expect: { answer: (data) => expect(data.ingestMentions.escalated).toBe(1) },
    unchanged: async ({ situationId, responsibleOfB }, dataSource) => {
      expect(await dataSource.getRepository(Case).countBy({ situationId })).toBe(0);
      expect(await dataSource.getRepository(Escalation).countBy({ assigneeUserId: responsibleOfB })).toBe(0);
    },
  },
  {
    operation: 'matchSituations',
    title: "the author of a handle is looked up among the caller's client's authors only",
    as: 'key',
    arrange: arrangeB,
    query: 'query($handle: String!) { matchSituations(input: { text: "Опять не работает приложение", authorHandle: $handle }) { author { known authors { id } history { caseCount } } } }',
    variables: ({ handle }) => ({ handle }),
    expect: { answer: (data) => expect(data.matchSituations.author).toEqual({ known: false, authors: [], history: { caseCount: 0 } }) },
  },
  {
    operation: 'Case',
    title: "a case's suggestion matches against the caller's client's base, and its author's history is the caller's",
    as: 'representative',
    arrange: async (b, dataSource, a) => {
      const arranged = await arrangeB(b, dataSource);
      const caseRow = await makeCase(dataSource, a.client, { text: POST, authorHandle: arranged.handle });
      return { ...arranged, id: caseRow.id };
    },
    query: 'query($id: ID!) { Case(id: $id) { suggestion(limit: 10) { matches { situation { id } } guidance { responsiblePeople { key } } author { history { caseCount } } } } }',
    variables: ({ id }) => ({ id }),
    expect: {
      answer: (data, { situationId }) => {
        const { suggestion } = data.Case;
        expect(suggestion.matches.map((match: { situation: { id: string } }) => match.situation.id)).not.toContain(situationId);
        expect(suggestion.guidance.responsiblePeople).toEqual([]);
        expect(suggestion.author.history.caseCount).toBe(1);
      },
    },
  },
]);
