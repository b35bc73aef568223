import { TenantScope } from '../../api/auth/tenant-scope';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { ExampleSource, SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { MatchDocumentKind } from '../../api/modules/matching/match-index.entity';
import { CANDIDATE_LIMITS, queryMatchCandidates } from '../../api/modules/matching/match-query';
import { makeSituationWithReply } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { caseAsked, CLASSIFY, makeCrmWorld, type CrmWorld } from '../helpers/crm';
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

/** A representative settles a case's post on the case page: the post becomes a confirmed example of the situation. */
async function confirm(world: CrmWorld, text: string, situationId: string, category?: ConsumerCycleCategory): Promise<void> {
  const caseRow = await caseAsked(app, world, 2, { text });
  const result = await app.gql(CLASSIFY, { id: caseRow.id, input: { situationId, category: category ?? null, version: caseRow.version } }, world.representative);
  expect(result.errors).toBeUndefined();
}

/** The dealer's base with a fourth situation whose curated words are few, as in a young base. */
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

describe('the base learning from confirmed work', () => {
  it('a confirmed post helps a later post worded like it, which the curated phrasings miss', async () => {
    const world = await makeCrmWorld(app);
    const base = await makeBase(world);
    const later = 'Спереди справа что-то гудит на скорости после 80, похоже на подшипник ступицы. Это по гарантии?';
    const before = await match(world, later);
    await confirm(world, 'Гудит спереди справа на скорости выше 80, в сервисе говорят подшипник ступицы', base.noise.situation.id);
    const after = await match(world, later);
    expect(before.matches[0]?.situation.key).not.toBe('suspension-noise');
    expect(after.matches[0].situation.key).toBe('suspension-noise');
  });

  it('a long confirmed post does not drag an unrelated post that shares its incidental words', async () => {
    const world = await makeCrmWorld(app);
    const base = await makeBase(world);
    const unrelated = 'Сколько стоит первое ТО на Солярис в Твери и можно ли записаться на субботу?';
    const before = await match(world, unrelated);
    await confirm(
      world,
      'Живу в Твери, езжу на Солярисе 2015 года, жена говорит пора менять. Хочу сдать его в трейд-ин и взять кроссовер, сколько займёт оценка?',
      base.tradeIn.situation.id,
    );
    const after = await match(world, unrelated);
    // The confirmed post teaches its situation its words, one count each: "Твери" and "Солярис" lift the trade-in a
    // little among the also-rans, never to the first place or near it.
    expect(after.matches[0]).toEqual(before.matches[0]);
    const tradeIn = (answer: Answer) => answer.matches.find((entry) => entry.situation.key === 'trade-in')?.score ?? 0;
    expect(tradeIn(after) - tradeIn(before)).toBeLessThan(0.05);
    expect(tradeIn(after)).toBeLessThan(after.matches[0].score / 2);
  });

  it("a confirmed post tells the category its case was given to a post worded like it", async () => {
    const world = await makeCrmWorld(app);
    const base = await makeBase(world);
    const later = 'Подскажите, как подготовить машину к первому ТО и что взять с собой из документов?';
    const before = await match(world, later);
    await confirm(world, 'Как подготовить машину к первому ТО, что взять с собой из документов?', base.firstService.situation.id, ConsumerCycleCategory.SUPPORT);
    const after = await match(world, later);
    expect(before.category).not.toBe(ConsumerCycleCategory.SUPPORT);
    expect(after.category).toBe(ConsumerCycleCategory.SUPPORT);
    expect(after.matches[0].situation.key).toBe('first-service');
  });

  it('reads only the confirmed posts nearest to the post, in the same statements, however many cases were answered', async () => {
    const [plain, busy] = await Promise.all([makeCrmWorld(app), makeCrmWorld(app)]);
    await makeBase(plain);
    const base = await makeBase(busy);
    const stories = ['сдать', 'оценить', 'обменять', 'продать'];
    await app.dataSource.getRepository(SituationExample).save(
      Array.from({ length: 60 }, (_, index) => ({
        clientId: busy.client.id,
        situationId: base.tradeIn.situation.id,
        text: `Хочу ${stories[index % stories.length]} машину ${2000 + index} года в трейд-ин, сколько дадут? Случай ${index}`,
        source: ExampleSource.CONFIRMED,
        caseId: null,
      })),
    );
    const text = 'Сколько дадут в трейд-ин за машину 2012 года?';
    const found = await queryMatchCandidates(new TenantScope(busy.client, app.dataSource.manager), text);
    const confirmed = found.candidates.flatMap((situation) => situation.documents).filter((document) => document.kind === MatchDocumentKind.CONFIRMED);
    expect(confirmed.length).toBeGreaterThan(0);
    expect(confirmed.length).toBeLessThanOrEqual(CANDIDATE_LIMITS.neighbours);

    const plainAnswer = await app.gql(MATCH, { input: { text } }, plain.key);
    const busyAnswer = await app.gql(MATCH, { input: { text } }, busy.key);
    expect(busyAnswer.data!.matchSituations.matches[0].situation.key).toBe('trade-in');
    expect(busyAnswer.statements).toBe(plainAnswer.statements);
  });

  it('counts confirmed posts apart from the curated base, so the ranking\'s IDF does not move with the cases answered', async () => {
    const world = await makeCrmWorld(app);
    const base = await makeBase(world);
    const counts = async () =>
      (await app.dataSource.query(
        `SELECT c.document_count, c.confirmed_count, v.document_count AS curated_with_word, v.confirmed_count AS confirmed_with_word
           FROM situation_match_corpus c LEFT JOIN situation_match_vocabulary v ON v.client_id = c.client_id AND v.term = 'твер'
          WHERE c.client_id = $1`,
        [world.client.id],
      ))[0];
    const before = await counts();
    const examples = app.dataSource.getRepository(SituationExample);
    const example = await examples.save({ clientId: world.client.id, situationId: base.tradeIn.situation.id, text: 'Живу в Твери, возьмёте мой Солярис?', source: ExampleSource.CONFIRMED, caseId: null });
    expect(await counts()).toEqual({ ...before, confirmed_count: before.confirmed_count + 1, curated_with_word: 0, confirmed_with_word: 1 });
    await examples.delete(example.id);
    expect(await counts()).toMatchObject({ document_count: before.document_count, confirmed_count: before.confirmed_count, confirmed_with_word: 0 });
  });
});
