import { TenantScope } from '../../api/auth/tenant-scope';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { ExampleSource, SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { queryMatchCandidates } from '../../api/modules/matching/match-query';
import { makeSituationWithReply } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { makeCrmWorld, type CrmWorld } from '../helpers/crm';

const app = useTestApp();

/** Documents of each category (curated kinds, or confirmed posts) holding the stem of `word`, as the classifier reads them. */
async function countsOf(world: CrmWorld, word: string, confirmed = false): Promise<Record<string, number>> {
  const rows = (await app.dataSource.query(
    `SELECT category, sum(document_count)::int AS documents FROM situation_match_category_term
     WHERE client_id = $1 AND term = (situation_match_lexemes($2))[1] AND document_count > 0 AND (kind = 'CONFIRMED') = $3 GROUP BY category`,
    [world.client.id, word, confirmed],
  )) as { category: string; documents: number }[];
  return Object.fromEntries(rows.map((row) => [row.category, row.documents]));
}

describe("the category classifier's word counts", () => {
  it("count each category's curated documents holding a word, and follow the base as it is written", async () => {
    const world = await makeCrmWorld(app);
    const refusal = await makeSituationWithReply(app.dataSource, world.client, {
      title: 'Хочет расторгнуть договор',
      category: ConsumerCycleCategory.PRODUCT_REFUSAL,
      examples: ['Как расторгнуть договор страховки?'],
      replies: [{ text: 'Расторгнуть договор можно в отделении.' }],
    });
    expect(await countsOf(world, 'расторгнуть')).toEqual({ PRODUCT_REFUSAL: 3 });

    const example = await app.dataSource.getRepository(SituationExample).save({
      clientId: world.client.id, situationId: refusal.situation.id, text: 'Хочу расторгнуть всё', source: ExampleSource.CURATED, caseId: null,
    });
    expect(await countsOf(world, 'расторгнуть')).toEqual({ PRODUCT_REFUSAL: 4 });
    await app.dataSource.getRepository(SituationExample).delete(example.id);
    expect(await countsOf(world, 'расторгнуть')).toEqual({ PRODUCT_REFUSAL: 3 });

    await app.dataSource.getRepository(Situation).update(refusal.situation.id, { category: ConsumerCycleCategory.NEGATIVE });
    expect(await countsOf(world, 'расторгнуть')).toEqual({ NEGATIVE: 3 });
    await app.dataSource.getRepository(Situation).update(refusal.situation.id, { isArchived: true });
    expect(await countsOf(world, 'расторгнуть')).toEqual({});
  });

  it("count confirmed examples apart, under their case's category: real posts are not the base's phrasings", async () => {
    const world = await makeCrmWorld(app);
    const refusal = await makeSituationWithReply(app.dataSource, world.client, {
      title: 'Хочет расторгнуть договор',
      category: ConsumerCycleCategory.PRODUCT_REFUSAL,
      replies: [{ text: 'Поможем в отделении.' }],
    });
    const confirmed = await app.dataSource.getRepository(SituationExample).save({
      clientId: world.client.id, situationId: refusal.situation.id, text: 'Расторгнуть бы эту страховку', source: ExampleSource.CONFIRMED, caseId: null,
    });
    expect(await countsOf(world, 'страховку')).toEqual({});
    expect(await countsOf(world, 'расторгнуть')).toEqual({ PRODUCT_REFUSAL: 1 });
    expect(await countsOf(world, 'страховку', true)).toEqual({ PRODUCT_REFUSAL: 1 });
    await app.dataSource.getRepository(SituationExample).delete(confirmed.id);
    expect(await countsOf(world, 'страховку', true)).toEqual({});
  });

  it('come with the candidates, without an example taken out of the base in the same transaction', async () => {
    const world = await makeCrmWorld(app);
    const refusal = await makeSituationWithReply(app.dataSource, world.client, {
      title: 'Отказ от услуги',
      category: ConsumerCycleCategory.PRODUCT_REFUSAL,
      examples: ['Как расторгнуть договор?', 'Расторгнуть страховку хочу'],
      replies: [{ text: 'Поможем в отделении.' }],
    });
    const [{ stem }] = (await app.dataSource.query(`SELECT (situation_match_lexemes('расторгнуть'))[1] AS stem`)) as { stem: string }[];
    const documentsWith = (result: Awaited<ReturnType<typeof queryMatchCandidates>>, category: ConsumerCycleCategory) =>
      result.categoryTerms.filter((entry) => entry.category === category && entry.term === stem).reduce((sum, entry) => sum + entry.documents, 0);
    const text = 'Хочу расторгнуть договор';
    expect(documentsWith(await queryMatchCandidates(new TenantScope(world.client, app.dataSource.manager), text), ConsumerCycleCategory.PRODUCT_REFUSAL)).toBe(2);

    const runner = app.dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.manager.delete(SituationExample, { id: refusal.examples[1].id });
      const without = await queryMatchCandidates(new TenantScope(world.client, runner.manager), text);
      expect(documentsWith(without, ConsumerCycleCategory.PRODUCT_REFUSAL)).toBe(1);
      expect(without.categoryTotals.find((total) => total.category === ConsumerCycleCategory.PRODUCT_REFUSAL && total.kind === 'EXAMPLE')?.documents).toBe(1);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
