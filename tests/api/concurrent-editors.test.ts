import { useTestApp } from '../helpers/app';
import { runConcurrentEditors } from '../helpers/concurrent-editors';
import { recomputedCounters, storedCounters } from '../helpers/match-index-counters';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

describe('editors of one client writing at the same time', () => {
  it('eight editors make 160 writes on different situations, every one succeeds, and the match index counts equal an index built again from scratch', async () => {
    const world = await makeClientWorld(app.dataSource);

    const run = await runConcurrentEditors(app, world.pr, { editors: 8, writesEach: 20 });

    expect(run.writes).toBe(160);
    expect(run.failures.flatMap((failure) => failure.errors ?? []).map((error) => `${error.path?.join('.')}: ${error.extensions.code}`)).toEqual([]);
    const stored = await storedCounters(app.dataSource, world.client.id);
    expect(stored.vocabulary.length).toBeGreaterThan(30);
    expect(stored).toEqual(await recomputedCounters(app.dataSource, world.client.id));
  }, 180_000);
});
