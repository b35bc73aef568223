import { randomUUID } from 'node:crypto';
import { ArgumentBaseImport, ArgumentBaseImportStatus } from '../../api/modules/argument-base/argument-base-import.entity';
import { NEW_SITUATIONS_PER_ROUND } from '../../api/modules/argument-base/argument-base-bulk-insert';
import { writeArgumentBaseCsv } from '../../api/modules/argument-base/argument-base.csv';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { makeSituation } from '../../seeds/factories';
import { errorOf, useTestApp, type As } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const IMPORT = `mutation($csv: String!, $progressId: ID) { importArgumentBase(csv: $csv, approve: true, progressId: $progressId) { rows created } }`;
const PROGRESS = `query($id: ID!) { argumentBaseImport(id: $id) { id status rowsTotal rowsDone refusals created updated unchanged finishedAt } }`;

const rowsOf = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    key: `progress-${index}`,
    title: `Вопрос номер ${index} про вклад`,
    category: ConsumerCycleCategory.PRODUCT_REQUEST,
    topic: null,
    examples: [`Какой процент по вкладу ${index}?`],
    reply: `{name}, здравствуйте! Ответ ${index}: ставки на сайте.`,
  }));

type Progress = Record<string, any>;

/**
 * Polls argumentBaseImport(id) until `reached` holds. Each test holds the import at a lock from its
 * own session, so what the poll stops at is where the import waits, not how fast it went.
 */
async function progressOnceReached(id: string, as: As, reached: (progress: Progress) => boolean): Promise<Progress> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    const progress = (await app.gql(PROGRESS, { id }, as)).data?.argumentBaseImport;
    if (progress && reached(progress)) return progress;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The progress of import ${id} never got there.`);
}

describe('the progress of an argument-base import', () => {
  it('is readable by id while the import runs, outside its transaction, and ends DONE with the result', async () => {
    const world = await makeClientWorld(app.dataSource);
    const count = NEW_SITUATIONS_PER_ROUND + 5;
    const progressId = randomUUID();

    // The import waits at its first match-index write while another session holds the client's index lock:
    // what a poll sees then was written outside the import's uncommitted transaction.
    const holder = app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock(hashtextextended('match-index:' || $1, 0))`, [world.client.id]);
    const importing = app.gql(IMPORT, { csv: writeArgumentBaseCsv(world.client.slug, rowsOf(count)), progressId }, world.pr);
    const seen = await progressOnceReached(progressId, world.pr, (progress) => progress.rowsTotal > 0);
    expect(seen).toMatchObject({ id: progressId, status: ArgumentBaseImportStatus.RUNNING, rowsTotal: count, rowsDone: 0, created: null, finishedAt: null });
    await holder.query(`SELECT pg_advisory_unlock(hashtextextended('match-index:' || $1, 0))`, [world.client.id]);
    await holder.release();

    const result = await importing;
    expect(result.errors).toBeUndefined();
    expect(result.data!.importArgumentBase).toEqual({ rows: count, created: count });
    const done = (await app.gql(PROGRESS, { id: progressId }, world.pr)).data!.argumentBaseImport;
    expect(done).toMatchObject({ status: ArgumentBaseImportStatus.DONE, rowsTotal: count, rowsDone: count, refusals: 0, created: count, updated: 0, unchanged: 0 });
    expect(done.finishedAt).toEqual(expect.any(String));
    // A responsible person of the same client follows it too; it is the client's, not the uploader's.
    expect((await app.gql(PROGRESS, { id: progressId }, world.responsible)).data!.argumentBaseImport.status).toBe(ArgumentBaseImportStatus.DONE);
  });

  it('moves between rounds: a poll sees the rows of the rounds written so far, then all of them', async () => {
    const world = await makeClientWorld(app.dataSource);
    const existing = await makeSituation(app.dataSource, world.client, { key: 'progress-existing', title: 'Старый вопрос про вклад' });
    // New situations are written first, a round at a time, and reported after each round; a situation
    // the file changes comes after them. This session holds that situation's row, so the import waits
    // there with its round of new ones reported.
    const rows = [{ ...rowsOf(1)[0], key: existing.key, title: 'Новый вопрос про вклад' }, ...rowsOf(NEW_SITUATIONS_PER_ROUND)];
    const progressId = randomUUID();
    const holder = app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    await holder.query(`SELECT id FROM situation WHERE id = $1 FOR UPDATE`, [existing.id]);
    const importing = app.gql(IMPORT, { csv: writeArgumentBaseCsv(world.client.slug, rows), progressId }, world.pr);
    try {
      const between = await progressOnceReached(progressId, world.pr, (progress) => progress.rowsDone > 0);
      expect(between).toMatchObject({ status: ArgumentBaseImportStatus.RUNNING, rowsTotal: rows.length, rowsDone: NEW_SITUATIONS_PER_ROUND, finishedAt: null });
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }

    expect((await importing).data!.importArgumentBase).toEqual({ rows: rows.length, created: NEW_SITUATIONS_PER_ROUND });
    const done = (await app.gql(PROGRESS, { id: progressId }, world.pr)).data!.argumentBaseImport;
    expect(done).toMatchObject({ status: ArgumentBaseImportStatus.DONE, rowsTotal: rows.length, rowsDone: rows.length, created: NEW_SITUATIONS_PER_ROUND, updated: 1, unchanged: 0 });
  });

  it('ends FAILED with the number of refused rows when the file is refused, and nothing imported', async () => {
    const world = await makeClientWorld(app.dataSource);
    const progressId = randomUUID();
    const csv = 'client,key,situation,category,examples,reply,topic\n,a,Вопрос,NOT_A_CATEGORY,Пример,Ответ,\n,b,Вопрос,NEGATIVE,Пример,,\n';
    errorOf(await app.gql(IMPORT, { csv, progressId }, world.pr), 'BAD_USER_INPUT');
    const failed = (await app.gql(PROGRESS, { id: progressId }, world.pr)).data!.argumentBaseImport;
    expect(failed).toMatchObject({ status: ArgumentBaseImportStatus.FAILED, refusals: 2, rowsDone: 0, created: null });
  });

  it('refuses an id that is not a UUID and one already used, before importing anything', async () => {
    const world = await makeClientWorld(app.dataSource);
    const csv = writeArgumentBaseCsv(world.client.slug, rowsOf(1));
    expect(errorOf(await app.gql(IMPORT, { csv, progressId: 'progress-1' }, world.pr), 'BAD_USER_INPUT').extensions.reason).toBe('INVALID_INPUT');
    const used = await app.dataSource.getRepository(ArgumentBaseImport).save({ clientId: world.client.id, status: ArgumentBaseImportStatus.DONE });
    expect(errorOf(await app.gql(IMPORT, { csv, progressId: used.id }, world.pr), 'CONFLICT').extensions.reason).toBe('UNIQUE_VIOLATION');
    expect((await app.gql(`{ exportArgumentBase }`, {}, world.pr)).data!.exportArgumentBase).not.toContain('progress-0');
  });

  it('is not shown to a representative', async () => {
    const world = await makeClientWorld(app.dataSource);
    const running = await app.dataSource.getRepository(ArgumentBaseImport).save({ clientId: world.client.id, status: ArgumentBaseImportStatus.RUNNING });
    errorOf(await app.gql(PROGRESS, { id: running.id }, world.representative), 'FORBIDDEN');
  });
});
