import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { Reply } from '../../api/modules/argument-base/reply.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { makeClient } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';

const app = useTestApp();
const run = promisify(execFile);
const CLI = path.resolve(__dirname, '../../dist/api/cli/import-argument-base.js');

function csvFile(slug: string, rows: string[]): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'repbase-import-')), 'base.csv');
  fs.writeFileSync(file, ['client,key,situation,category,examples,reply,topic', ...rows.map((row) => row.replace('{client}', slug))].join('\n') + '\n');
  return file;
}

describe('npm run import -- FILE --client SLUG', () => {
  it('imports a file for the named client, approved with --approve', async () => {
    const client = await makeClient(app.dataSource);
    const file = csvFile(client.slug, ['{client},hotline-wait,Не дозвониться на горячую линию,NEGATIVE,Час жду ответа оператора,"Приносим извинения, {brand} уже разбирается.",support']);
    const { stdout } = await run(process.execPath, [CLI, file, '--client', client.slug, '--approve'], { env: { ...process.env } });
    expect(stdout).toContain('1 rows; 1 created, 0 updated, 0 unchanged; replies approved');
    const situation = await app.dataSource.getRepository(Situation).findOneByOrFail({ clientId: client.id, key: 'hotline-wait' });
    expect((await app.dataSource.getRepository(Reply).findOneByOrFail({ situationId: situation.id })).status).toBe(ReplyStatus.APPROVED);
  });

  it('prints every bad row with its line and exits with 1, writing nothing', async () => {
    const client = await makeClient(app.dataSource);
    const file = csvFile(client.slug, ['{client},good-row,Хорошая строка,SUPPORT,Пример,Ответ,', '{client},bad-row,Плохая строка,WHATEVER,Пример,Ответ,']);
    const failure = await run(process.execPath, [CLI, file, '--client', client.slug], { env: { ...process.env } }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`${file}:3 [category]: "WHATEVER" is not a category`);
    expect(await app.dataSource.getRepository(Situation).countBy({ clientId: client.id })).toBe(0);
  });
});
