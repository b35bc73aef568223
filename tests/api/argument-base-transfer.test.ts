import { Reply, ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { makeApiKey } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld, type ClientWorld } from '../helpers/world';

const app = useTestApp();

const IMPORT = `mutation($csv: String!, $approve: Boolean) { importArgumentBase(csv: $csv, approve: $approve) { rows created updated unchanged } }`;
const EXPORT = `{ exportArgumentBase }`;
const HEADER = 'client,key,situation,category,examples,reply,topic';

function file(slug: string, ...rows: string[]): string {
  return [HEADER, ...rows.map((row) => row.replace('{client}', slug))].join('\n') + '\n';
}

const cardRow = '{client},card-blocked,Карту заблокировали,SUPPORT,"Карту заблокировали после покупки | Не проходит оплата, карта в блоке","{name}, здравствуйте! Напишите нам в личные сообщения, {brand} поможет.",cards';
const loanRow = '{client},loan-rejected,Отказали в кредите,NEGATIVE,Почему мне отказали в кредите?,"Решение принимает скоринг; мы объясним, что можно сделать.",credit';

async function situationsOf(world: ClientWorld) {
  const situations = await app.dataSource.getRepository(Situation).find({ where: { clientId: world.client.id }, order: { key: 'ASC' } });
  const examples = await app.dataSource.getRepository(SituationExample).find({ where: { clientId: world.client.id }, order: { id: 'ASC' } });
  const replies = await app.dataSource.getRepository(Reply).find({ where: { clientId: world.client.id }, order: { id: 'ASC' } });
  return { situations, examples, replies };
}

describe('importing and exporting the argument base', () => {
  it('imports every row of a file as situations with their examples and a draft reply', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql(IMPORT, { csv: file(world.client.slug, cardRow, loanRow) }, world.pr);
    expect(result.errors).toBeUndefined();
    expect(result.data!.importArgumentBase).toEqual({ rows: 2, created: 2, updated: 0, unchanged: 0 });
    const { situations, examples, replies } = await situationsOf(world);
    expect(situations.map((situation) => [situation.key, situation.title, situation.category, situation.topic])).toEqual([
      ['card-blocked', 'Карту заблокировали', 'SUPPORT', 'cards'],
      ['loan-rejected', 'Отказали в кредите', 'NEGATIVE', 'credit'],
    ]);
    expect(examples.map((example) => example.text).sort()).toEqual(['Карту заблокировали после покупки', 'Не проходит оплата, карта в блоке', 'Почему мне отказали в кредите?']);
    expect(examples.every((example) => example.source === 'CURATED')).toBe(true);
    expect(replies.map((reply) => reply.status)).toEqual([ReplyStatus.DRAFT, ReplyStatus.DRAFT]);
  });

  it('one bad row writes nothing, and every problem names its line and column', async () => {
    const world = await makeClientWorld(app.dataSource);
    const csv = [
      HEADER,
      cardRow.replace('{client}', world.client.slug),
      // A quoted cell over two lines: the next row starts on line 5.
      `${world.client.slug},multi-line,Многострочный ответ,SUPPORT,Пример,"Первая строка\nвторая строка",cards`,
      `${world.client.slug},Bad Key,Заголовок,SUPPORT,Пример,Ответ,cards`,
      `${world.client.slug},unknown-category,Заголовок,COMPLAINT,Пример,Ответ,cards`,
      `${world.client.slug},,,SUPPORT,Пример,,cards`,
      `${world.client.slug},card-blocked,Дубликат,SUPPORT,Пример,Ответ,cards`,
      `someone-else,foreign,Чужая строка,SUPPORT,Пример,Ответ,cards`,
    ].join('\n');
    const result = await app.gql(IMPORT, { csv }, world.pr);
    const error = errorOf(result, 'BAD_USER_INPUT');
    expect(error.message).toMatch(/^5 rows have problems; nothing was imported/);
    expect(error.extensions.reason).toBe('INVALID_ROWS');
    const problems = error.extensions.problems as { line: number; column: string | null; message: string; reason: string; value?: string }[];
    // Each with a reason from the closed ErrorReason set and the cell read, so the admin can say it in Russian.
    expect(problems.map(({ line, column, reason, value }) => [line, column, reason, value])).toEqual([
      [5, 'key', 'INVALID_KEY', 'Bad Key'],
      [6, 'category', 'UNKNOWN_CATEGORY', 'COMPLAINT'],
      [7, 'key', 'REQUIRED', undefined],
      [7, 'situation', 'REQUIRED', undefined],
      [7, 'reply', 'REQUIRED', undefined],
      [8, 'key', 'DUPLICATE_KEY', 'card-blocked'],
      [9, 'client', 'WRONG_CLIENT', 'someone-else'],
    ]);
    expect(problems.find((problem) => problem.line === 8)!.message).toContain('already used on line 2');
    expect(problems.find((problem) => problem.line === 6)!.message).toContain('"COMPLAINT" is not a category');
    expect((await situationsOf(world)).situations).toEqual([]);
  });

  it('refuses a file whose header is not the public format', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql(IMPORT, { csv: 'key,title\nx,y\n' }, world.pr);
    const problems = errorOf(result, 'BAD_USER_INPUT').extensions.problems as { line: number; message: string }[];
    expect(problems).toEqual([{ line: 1, column: null, message: expect.stringContaining(HEADER), reason: 'WRONG_HEADER', value: 'key,title' }]);
  });

  it('a re-import updates by key and never duplicates; an unchanged row stays unchanged', async () => {
    const world = await makeClientWorld(app.dataSource);
    await app.gql(IMPORT, { csv: file(world.client.slug, cardRow, loanRow), approve: true }, world.pr);
    const before = await situationsOf(world);
    const again = await app.gql(IMPORT, { csv: file(world.client.slug, cardRow, loanRow), approve: true }, world.pr);
    expect(again.data!.importArgumentBase).toEqual({ rows: 2, created: 0, updated: 0, unchanged: 2 });
    expect(await situationsOf(world)).toEqual(before);

    const changedReply = loanRow.replace('Решение принимает скоринг', 'Решение принимает кредитный комитет');
    const changed = await app.gql(IMPORT, { csv: file(world.client.slug, cardRow, changedReply) }, world.pr);
    expect(changed.data!.importArgumentBase).toEqual({ rows: 2, created: 0, updated: 1, unchanged: 1 });
    const after = await situationsOf(world);
    expect(after.situations).toHaveLength(2);
    expect(after.replies).toHaveLength(2);
    const loan = after.situations.find((situation) => situation.key === 'loan-rejected')!;
    const reply = after.replies.find((candidate) => candidate.situationId === loan.id)!;
    // New words were not approved: the reply goes back to DRAFT, one revision up.
    expect(reply).toMatchObject({ status: ReplyStatus.DRAFT, revision: 2, approvedAt: null });
    expect(reply.text).toContain('кредитный комитет');
  });

  it('approving while importing is for PR specialists: the reply is APPROVED with who and when', async () => {
    const world = await makeClientWorld(app.dataSource);
    const refused = await app.gql(IMPORT, { csv: file(world.client.slug, cardRow), approve: true }, world.responsible);
    expect(errorOf(refused, 'FORBIDDEN').extensions.reason).toBe('MISSING_ROLE');
    expect((await situationsOf(world)).situations).toEqual([]);

    const drafted = await app.gql(IMPORT, { csv: file(world.client.slug, cardRow) }, world.responsible);
    expect(drafted.data!.importArgumentBase.created).toBe(1);
    const approved = await app.gql(IMPORT, { csv: file(world.client.slug, cardRow), approve: true }, world.pr);
    expect(approved.data!.importArgumentBase).toMatchObject({ updated: 1 });
    const [reply] = (await situationsOf(world)).replies;
    expect(reply.status).toBe(ReplyStatus.APPROVED);
    expect(reply.approvedById).toBe(world.userIds.pr);
    expect(reply.approvedAt).toBeInstanceOf(Date);
  });

  it('representatives, trainers and API keys can neither import nor export', async () => {
    const world = await makeClientWorld(app.dataSource);
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.REPLIES_READ]);
    for (const as of [world.representative, world.trainer, { apiKey: secret }]) {
      errorOf(await app.gql(IMPORT, { csv: file(world.client.slug, cardRow) }, as), 'FORBIDDEN');
      errorOf(await app.gql(EXPORT, {}, as), 'FORBIDDEN');
    }
  });

  it('an export imports back to the same base', async () => {
    const [source, target] = await Promise.all([makeClientWorld(app.dataSource), makeClientWorld(app.dataSource)]);
    const tricky = '{client},quotes-and-commas,"Кавычки ""и"", запятые",PRODUCT_REQUEST,"Первый, с запятой | Второй ""в кавычках""","Строка 1\nСтрока 2, {brand}",';
    await app.gql(IMPORT, { csv: file(source.client.slug, cardRow, loanRow, tricky), approve: true }, source.pr);
    const exported = (await app.gql(EXPORT, {}, source.pr)).data!.exportArgumentBase as string;
    expect(exported.split('\r\n')[0]).toBe(HEADER);

    const reimported = await app.gql(IMPORT, { csv: exported, approve: true }, source.pr);
    expect(reimported.data!.importArgumentBase).toEqual({ rows: 3, created: 0, updated: 0, unchanged: 3 });

    const moved = exported.replaceAll(`\r\n${source.client.slug},`, `\r\n${target.client.slug},`);
    expect((await app.gql(IMPORT, { csv: moved, approve: true }, target.pr)).data!.importArgumentBase.created).toBe(3);
    const exportedAgain = (await app.gql(EXPORT, {}, target.pr)).data!.exportArgumentBase as string;
    expect(exportedAgain).toBe(moved);
    const { situations } = await situationsOf(target);
    expect(situations.find((situation) => situation.key === 'quotes-and-commas')!.title).toBe('Кавычки "и", запятые');
  });
});

describe('what a responsible person may import and export', () => {
  const APPROVED_REPLY = 'query($key: String!) { approvedReply(situationKey: $key, authorHandle: "@ivan") { text } }';

  it('cannot take an approved reply out of service with a one-line file: the file is refused and nothing changes', async () => {
    const world = await makeClientWorld(app.dataSource);
    await app.gql(IMPORT, { csv: file(world.client.slug, cardRow, loanRow), approve: true }, world.pr);
    const before = await situationsOf(world);

    const rewritten = cardRow.replace('поможет', 'может быть поможет');
    const refused = await app.gql(IMPORT, { csv: file(world.client.slug, loanRow, rewritten) }, world.responsible);
    const error = errorOf(refused, 'FORBIDDEN');
    expect(error.extensions).toMatchObject({
      reason: 'EXISTING_SITUATIONS',
      problems: [{ line: 3, column: 'reply', message: 'situation "card-blocked" already exists and its reply would change' }],
    });
    expect(error.message).toMatch(/^1 row would change a situation that already exists; only a PR specialist may change approved words\. Nothing was imported\./);
    expect(await situationsOf(world)).toEqual(before);
    const served = await app.gql(APPROVED_REPLY, { key: 'card-blocked' }, world.representative);
    expect(served.data!.approvedReply.text).toContain('поможет');
  });

  it('adds new situations as drafts for a PR specialist to review, leaving unchanged rows alone', async () => {
    const world = await makeClientWorld(app.dataSource);
    await app.gql(IMPORT, { csv: file(world.client.slug, cardRow), approve: true }, world.pr);
    const added = await app.gql(IMPORT, { csv: file(world.client.slug, cardRow, loanRow) }, world.responsible);
    expect(added.data!.importArgumentBase).toEqual({ rows: 2, created: 1, updated: 0, unchanged: 1 });
    const { situations, replies } = await situationsOf(world);
    const loan = situations.find((situation) => situation.key === 'loan-rejected')!;
    expect(replies.find((reply) => reply.situationId === loan.id)!.status).toBe(ReplyStatus.DRAFT);
  });

  it('a PR specialist still updates existing situations', async () => {
    const world = await makeClientWorld(app.dataSource);
    await app.gql(IMPORT, { csv: file(world.client.slug, cardRow), approve: true }, world.pr);
    const changed = await app.gql(IMPORT, { csv: file(world.client.slug, cardRow.replace('поможет', 'обязательно поможет')), approve: true }, world.pr);
    expect(changed.data!.importArgumentBase).toMatchObject({ updated: 1 });
  });

  it('exports to a responsible person only the replies allReplies shows them: no drafts', async () => {
    const world = await makeClientWorld(app.dataSource);
    await app.gql(IMPORT, { csv: file(world.client.slug, cardRow), approve: true }, world.pr);
    await app.gql(IMPORT, { csv: file(world.client.slug, loanRow) }, world.pr);

    const drafts = await app.gql('{ _allRepliesMeta(filter: { status: DRAFT }) { count } }', {}, world.responsible);
    expect(drafts.data!._allRepliesMeta.count).toBe(0);
    const exported = (await app.gql(EXPORT, {}, world.responsible)).data!.exportArgumentBase as string;
    expect(exported).toContain('card-blocked');
    expect(exported).not.toContain('loan-rejected');
    expect(exported).not.toContain('скоринг');

    const everything = (await app.gql(EXPORT, {}, world.pr)).data!.exportArgumentBase as string;
    expect(everything).toContain('loan-rejected');
  });
});
