import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { NO_MATCH } from '../../api/modules/matching/no-match';
import { makeSituationWithReply } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { caseAsked, CLASSIFY, makeCrmWorld, REACT, type CrmWorld } from '../helpers/crm';
import { makeDealerBase } from '../helpers/dealer-base';

const app = useTestApp();

const MATCH = `query($input: MatchSituationsInput!) {
  matchSituations(input: $input) { category noMatch matches { score situation { key } } }
}`;

interface Answer {
  category: string;
  noMatch: boolean;
  matches: { score: number; situation: { key: string } }[];
}

async function match(world: CrmWorld, text: string): Promise<Answer> {
  const result = await app.gql(MATCH, { input: { text, limit: 5 } }, world.key);
  expect(result.errors).toBeUndefined();
  return result.data!.matchSituations as Answer;
}

/** The dealer's base with a situation whose curated words are few, as in a young base. */
async function makeBase(world: CrmWorld) {
  const base = await makeDealerBase(app.dataSource, world.client);
  const noise = await makeSituationWithReply(app.dataSource, world.client, {
    key: 'suspension-noise',
    title: 'Стук в подвеске после покупки',
    category: ConsumerCycleCategory.SUPPORT,
    examples: ['Новая машина, а в подвеске что-то стучит'],
  });
  return { ...base, noise };
}

/** A representative answers a case's post with the situation's approved reply: logReaction, as in the product. */
async function answer(world: CrmWorld, text: string, replyId: string) {
  const caseRow = await caseAsked(app, world, 2, { text });
  const result = await app.gql(REACT, { id: caseRow.id, input: { text: 'Здравствуйте! Запишем вас на диагностику.', replyId, version: caseRow.version } }, world.representative);
  expect(result.errors).toBeUndefined();
  return result;
}

const rankOf = (answer: Answer, key: string) => answer.matches.findIndex((entry) => entry.situation.key === key);

describe('confirmed posts teach the base', () => {
  it('a confirmed post changes the ranking of a different post about the same situation', async () => {
    const world = await makeCrmWorld(app);
    const base = await makeBase(world);
    const later = 'Гул от ступицы на трассе, появился через неделю после покупки. Это гарантийный случай?';
    const before = await match(world, later);
    // Answered posts about the same trouble, none of them a rewording of the later one.
    await answer(world, 'Спереди справа гудит подшипник ступицы, слышно после 80 км/ч', base.noise.replies[0].id);
    await answer(world, 'Ступица гудит на скорости, в сервисе сказали менять подшипник', base.noise.replies[0].id);
    const after = await match(world, later);
    expect(rankOf(after, 'suspension-noise')).toBe(0);
    expect(rankOf(before, 'suspension-noise')).not.toBe(0);
  });

  it('one noisy answered case does not take a situation over', async () => {
    const world = await makeCrmWorld(app);
    const base = await makeBase(world);
    const asked = 'Сколько стоит первое ТО и можно ли записаться на субботу?';
    // A post about the first service, answered by mistake with the suspension's reply.
    await answer(world, 'Сколько стоит ТО, можно записаться в субботу утром? И что-то стучит в подвеске', base.noise.replies[0].id);
    const after = await match(world, asked);
    expect(after.matches[0].situation.key).toBe('first-service');
  });

  it("a person's correction of the case's category teaches the category model", async () => {
    const world = await makeCrmWorld(app);
    const base = await makeBase(world);
    const { data } = await answer(world, 'Третью неделю стучит подвеска, а сервис всё кормит обещаниями', base.noise.replies[0].id);
    const caseRow = data!.logReaction as { id: string; version: number };
    const categoryOfPost = async () =>
      (await app.dataSource.query(`SELECT category FROM situation_match_document WHERE kind = 'CONFIRMED' AND situation_id = $1`, [base.noise.situation.id])) as { category: string }[];
    expect(await categoryOfPost()).toEqual([{ category: ConsumerCycleCategory.SUPPORT }]);
    const corrected = await app.gql(CLASSIFY, { id: caseRow.id, input: { category: ConsumerCycleCategory.NEGATIVE, version: caseRow.version } }, world.representative);
    expect(corrected.errors).toBeUndefined();
    expect(await categoryOfPost()).toEqual([{ category: ConsumerCycleCategory.NEGATIVE }]);
    const counted = await app.dataSource.query(
      `SELECT category, document_count FROM situation_match_category_term WHERE client_id = $1 AND kind = 'CONFIRMED' AND term = 'обещан' AND document_count > 0`,
      [world.client.id],
    );
    expect(counted).toEqual([{ category: ConsumerCycleCategory.NEGATIVE, document_count: 1 }]);
  });

  it('learning from an answered case adds no SQL statement to logReaction: the index triggers do it', async () => {
    const world = await makeCrmWorld(app);
    const base = await makeBase(world);
    const unlearned = await caseAsked(app, world, 2, { text: 'Спереди справа гудит подшипник ступицы' });
    const withoutReply = await app.gql(REACT, { id: unlearned.id, input: { text: 'Здравствуйте! Запишем вас на диагностику.', version: unlearned.version } }, world.representative);
    const learned = await answer(world, 'Ступица гудит на скорости, в сервисе сказали менять подшипник', base.noise.replies[0].id);
    const confirmed = await app.dataSource.query(`SELECT document_count FROM situation_match_learned_total WHERE situation_id = $1`, [base.noise.situation.id]);
    expect(confirmed).toEqual([{ document_count: 1 }]);
    // Citing a reply reads it, records its delivery and writes the confirmed example with its audit event (5 statements before
    // the base learned); the situation and category models follow in that insert's triggers, adding none.
    expect(learned.statements - withoutReply.statements).toBeLessThanOrEqual(5);
    console.log(`logReaction: ${withoutReply.statements} statements without a reply cited, ${learned.statements} when the case teaches the base`);
  });
});

describe('no match, from a calibrated confidence', () => {
  it('answers with a confidence, and says "no match" exactly when it is under the calibrated threshold', async () => {
    const world = await makeCrmWorld(app);
    await makeBase(world);
    const ask = async (text: string) => {
      const result = await app.gql(`query($input: MatchSituationsInput!) { matchSituations(input: $input) { noMatch confidence matches { situation { key } } } }`, { input: { text } }, world.key);
      expect(result.errors).toBeUndefined();
      return result.data!.matchSituations as { noMatch: boolean; confidence: number; matches: unknown[] };
    };
    const onTopic = await ask('Сколько стоит первое ТО и можно ли записаться на субботу?');
    const offTopic = await ask('Ищу попутчиков до Казани на выходные, кто едет?');
    expect(onTopic.confidence).toBeGreaterThan(offTopic.confidence);
    for (const answer of [onTopic, offTopic]) {
      expect(answer.confidence).toBeGreaterThanOrEqual(0);
      expect(answer.confidence).toBeLessThanOrEqual(1);
      expect(answer.noMatch).toBe(answer.confidence < NO_MATCH.threshold);
      expect(answer.matches.length === 0).toBe(answer.noMatch);
    }
    expect(onTopic.noMatch).toBe(false);
    expect(offTopic.noMatch).toBe(true);
  });
});
