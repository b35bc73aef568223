import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { Reply, ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { importCsvAsSystem } from '../../api/modules/argument-base/argument-base-import.service';
import { NEW_SITUATIONS_PER_ROUND } from '../../api/modules/argument-base/argument-base-bulk-insert';
import { writeArgumentBaseCsv } from '../../api/modules/argument-base/argument-base.csv';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { countStatements } from '../../api/database/statement-counter';
import { useTestApp } from '../helpers/app';
import { recomputedCounters, storedCounters } from '../helpers/match-index-counters';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const rowsOf = (count: number, from = 0) =>
  Array.from({ length: count }, (_, index) => ({
    key: `bulk-${from + index}`,
    title: `Вопрос номер ${from + index} про карту`,
    category: ConsumerCycleCategory.SUPPORT,
    topic: null,
    examples: [`Как оформить карту ${from + index}?`, `Карта не приходит уже ${from + index} дней`],
    reply: `{name}, здравствуйте! Ответ ${from + index}: напишите нам в личные сообщения.`,
  }));

describe('importing a large argument base', () => {
  it('writes more situations than one round holds, each audited, in statements counted by rounds, with the match index as a rebuild would make it', async () => {
    const world = await makeClientWorld(app.dataSource);
    const count = NEW_SITUATIONS_PER_ROUND + 20;
    const progress: number[] = [];
    const { result, statements } = await countStatements(() =>
      importCsvAsSystem(app.dataSource, world.client, writeArgumentBaseCsv(world.client.slug, rowsOf(count)), { approve: true, onProgress: (done) => progress.push(done) }),
    );
    expect(result).toEqual({ rows: count, created: count, updated: 0, unchanged: 0 });
    // 0 once the file is read (the total known), then after every round.
    expect(progress).toEqual([0, NEW_SITUATIONS_PER_ROUND, count]);
    // Lookup, two rounds of three, the summary event, BEGIN and COMMIT: not a statement per row.
    expect(statements).toBeLessThanOrEqual(12);

    const situations = await app.dataSource.getRepository(Situation).find({ where: { clientId: world.client.id, key: 'bulk-1007' } });
    expect(situations.map((situation) => situation.title)).toEqual(['Вопрос номер 1007 про карту']);
    const examples = await app.dataSource.getRepository(SituationExample).find({ where: { situationId: situations[0].id }, order: { text: 'ASC' } });
    expect(examples.map((example) => example.text)).toEqual(['Как оформить карту 1007?', 'Карта не приходит уже 1007 дней']);
    const [reply] = await app.dataSource.getRepository(Reply).find({ where: { situationId: situations[0].id } });
    expect(reply).toMatchObject({ status: ReplyStatus.APPROVED, revision: 1, text: '{name}, здравствуйте! Ответ 1007: напишите нам в личные сообщения.' });
    expect(reply.approvedAt).toBeInstanceOf(Date);

    const events = await app.dataSource.getRepository(AuditEvent).find({ where: { clientId: world.client.id, action: 'IMPORT' } });
    const byType = (type: string) => events.filter((event) => event.entityType === type);
    expect(byType('Situation')).toHaveLength(count);
    expect(byType('SituationExample')).toHaveLength(2 * count);
    expect(byType('Reply')).toHaveLength(count);
    expect(byType('ArgumentBase')).toHaveLength(1);
    const replyEvent = byType('Reply').find((event) => event.entityId === reply.id)!;
    expect(replyEvent).toMatchObject({ actorType: 'SYSTEM', before: null });
    expect(replyEvent.after).toMatchObject({ id: reply.id, situationId: situations[0].id, status: 'APPROVED', version: 1 });

    expect(await storedCounters(app.dataSource, world.client.id)).toEqual(await recomputedCounters(app.dataSource, world.client.id));
  }, 120_000);

  it('a second file adds new rows and updates changed ones, and the match index still equals a rebuild', async () => {
    const world = await makeClientWorld(app.dataSource);
    await importCsvAsSystem(app.dataSource, world.client, writeArgumentBaseCsv(world.client.slug, rowsOf(30)), { approve: false });
    const changed = rowsOf(30).map((row, index) => (index < 5 ? { ...row, title: `${row.title}, изменённый`, examples: [row.examples[0], 'Новая формулировка'] } : row));
    const result = await importCsvAsSystem(app.dataSource, world.client, writeArgumentBaseCsv(world.client.slug, [...changed, ...rowsOf(10, 30)]), { approve: false });
    expect(result).toEqual({ rows: 40, created: 10, updated: 5, unchanged: 25 });
    expect(await app.dataSource.getRepository(Situation).countBy({ clientId: world.client.id, title: 'Вопрос номер 3 про карту, изменённый' })).toBe(1);
    expect(await storedCounters(app.dataSource, world.client.id)).toEqual(await recomputedCounters(app.dataSource, world.client.id));
  });
});
