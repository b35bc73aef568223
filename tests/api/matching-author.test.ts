import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { makeCase, makePlatform, makeSituationWithReply, unique } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const MATCH = `query($input: MatchSituationsInput!) {
  matchSituations(input: $input) {
    noMatch matches { situation { key } }
    author {
      handle known name notes
      authors { id handle platform { id } }
      history { caseCount openCount resolvedCount unresolvedCount categories { category count } firstSeenAt lastSeenAt }
    }
  }
}`;

const days = (count: number) => new Date(Date.now() - count * 24 * 3600 * 1000);

describe('matchSituations with the author of the post', () => {
  it('says who the author is: did they write before, about what, were their problems solved', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const handle = unique('marina');
    const common = { platform, authorHandle: handle, authorName: 'Марина' };
    await makeCase(app.dataSource, world.client, { ...common, requestedAt: days(40), status: CaseStatus.RESOLVED, category: ConsumerCycleCategory.NEGATIVE, resolved: true });
    await makeCase(app.dataSource, world.client, { ...common, requestedAt: days(12), status: CaseStatus.CLOSED, category: ConsumerCycleCategory.NEGATIVE, resolved: false });
    await makeCase(app.dataSource, world.client, { ...common, requestedAt: days(2), category: ConsumerCycleCategory.SUPPORT });
    // The same handle on another platform is another person unless no platform is named.
    await makeCase(app.dataSource, world.client, { platform: await makePlatform(app.dataSource, world.client), authorHandle: handle, category: ConsumerCycleCategory.FIRST_REVIEW });

    const result = await app.gql(MATCH, { input: { text: 'Опять не работает приложение', platformId: platform.id, authorHandle: `@${handle.toUpperCase()}` } }, world.key);
    expect(result.errors).toBeUndefined();
    const { author } = result.data!.matchSituations;
    expect(author).toMatchObject({
      handle: `@${handle.toUpperCase()}`,
      known: true,
      name: 'Марина',
      authors: [{ handle, platform: { id: platform.id } }],
      history: {
        caseCount: 3,
        openCount: 1,
        resolvedCount: 1,
        unresolvedCount: 1,
        categories: [
          { category: 'NEGATIVE', count: 2 },
          { category: 'SUPPORT', count: 1 },
        ],
      },
    });
    expect(new Date(author.history.firstSeenAt).getTime()).toBeCloseTo(days(40).getTime(), -4);

    const anywhere = await app.gql(MATCH, { input: { text: 'Опять не работает приложение', authorHandle: handle } }, world.representative);
    expect(anywhere.data!.matchSituations.author).toMatchObject({ known: true, history: { caseCount: 4 } });
    expect(anywhere.data!.matchSituations.author.authors).toHaveLength(2);
  });

  it('answers known: false for a handle that never wrote, and no author without a handle', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const unknown = await app.gql(MATCH, { input: { text: 'Как закрыть карту?', platformId: platform.id, authorHandle: 'first_timer' } }, world.key);
    expect(unknown.data!.matchSituations.author).toEqual({
      handle: 'first_timer',
      known: false,
      name: null,
      notes: null,
      authors: [],
      history: { caseCount: 0, openCount: 0, resolvedCount: 0, unresolvedCount: 0, categories: [], firstSeenAt: null, lastSeenAt: null },
    });
    const none = await app.gql(MATCH, { input: { text: 'Как закрыть карту?', platformId: platform.id } }, world.key);
    expect(none.data!.matchSituations.author).toBeNull();
  });

  it('sends the same number of SQL statements whatever the size of the base and of the author\'s history', async () => {
    const [small, large] = await Promise.all([makeClientWorld(app.dataSource), makeClientWorld(app.dataSource)]);
    const worlds = [
      { world: small, situations: 2, cases: 1 },
      { world: large, situations: 40, cases: 25 },
    ];
    const counts: number[] = [];
    for (const { world, situations, cases } of worlds) {
      for (let index = 0; index < situations; index += 1) {
        await makeSituationWithReply(app.dataSource, world.client, {
          title: `Блокировка карты, случай ${index}`,
          category: ConsumerCycleCategory.SUPPORT,
          examples: [`Карту заблокировали после перевода номер ${index}`],
        });
      }
      const platform = await makePlatform(app.dataSource, world.client);
      for (let index = 0; index < cases; index += 1) {
        await makeCase(app.dataSource, world.client, { platform, authorHandle: 'regular', category: index % 2 ? ConsumerCycleCategory.SUPPORT : ConsumerCycleCategory.NEGATIVE });
      }
      const result = await app.gql(MATCH, { input: { text: 'Карту заблокировали, как разблокировать?', platformId: platform.id, authorHandle: 'regular', limit: 2 } }, world.key);
      expect(result.errors).toBeUndefined();
      expect(result.data!.matchSituations.author.history.caseCount).toBe(cases);
      counts.push(result.statements);
    }
    expect(Number.isFinite(counts[0])).toBe(true);
    expect(counts[1]).toBe(counts[0]);
  });
});
