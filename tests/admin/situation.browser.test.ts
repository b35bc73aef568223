import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { Reply, ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { Situation } from '../../api/modules/argument-base/situation.entity';
import { Client } from '../../api/modules/clients/client.entity';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { makeReply, makeSituation, unique } from '../../seeds/factories';
import { NEW_SITUATIONS_PER_ROUND } from '../../api/modules/argument-base/argument-base-bulk-insert';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, signInAfresh, useBrowser } from '../helpers/browser';

const app = useTestApp();
const browser = useBrowser();

describe('the argument base in the admin panel', () => {
  it('a PR specialist finds a situation, reads its replies, variants and revisions, and approves the draft', async () => {
    await seedDemoData(app.dataSource);
    const dealer = await app.dataSource.getRepository(Client).findOneByOrFail({ slug: 'autolider' });
    const title = unique('Гарантия на аккумулятор');
    const situation = await makeSituation(app.dataSource, dealer, { title, examples: ['Сел аккумулятор через год, это гарантия?'] });
    const approved = await makeReply(app.dataSource, situation, {
      status: ReplyStatus.APPROVED,
      text: 'Утверждённый ответ про аккумулятор',
      variants: ['Вариант формулировки про аккумулятор'],
    });
    const draft = await makeReply(app.dataSource, situation, { text: 'Черновик ответа про аккумулятор', revision: 2 });

    const page = browser.page();
    await signIn(page, app.baseUrl(), 'pr@repbase.demo', DEMO_PASSWORD);
    await page.getByTestId('current-client').getByText('Автолидер').waitFor();

    await page.goto(`${app.baseUrl()}/admin/#/situations`);
    await page.getByPlaceholder('Поиск').fill(title.slice(-8));
    await page.getByText(title).click();

    await page.getByText('Сел аккумулятор через год, это гарантия?').waitFor();
    await page.getByText('Вариант формулировки про аккумулятор').waitFor();
    const draftCard = page.getByTestId(`reply-${draft.id}`);
    await draftCard.getByTestId('reply-status').getByText('Черновик').waitFor();
    await draftCard.getByText('История редакций').click();
    await draftCard.getByText('Не утверждалась').waitFor();

    await page.getByTestId(`approve-${draft.id}`).click();
    // Approval asks first, showing the check against the brief.
    await page.getByTestId('approve-reply-dialog').getByText('Нарушений ТЗ не найдено').waitFor();
    await page.getByTestId('confirm-approve').click();
    await page.getByText('Ответ утверждён').waitFor();
    await draftCard.getByTestId('reply-status').getByText('Утверждён').waitFor();
    await draftCard.getByText(/Утвердил\(а\) Анна Петрова/).first().waitFor();
    expect(await page.getByTestId(`approve-${draft.id}`).count()).toBe(0);
    expect(await page.getByTestId(`approve-${approved.id}`).count()).toBe(0);

    const stored = await app.dataSource.getRepository(Reply).findOneByOrFail({ id: draft.id });
    expect(stored).toMatchObject({ status: ReplyStatus.APPROVED, revision: 2 });
    expect(stored.approvedById).toBeTruthy();

    const file = await screenshot(page, 'admin-situation-approve');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(browser.consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
  }, 60_000);

  it('a PR specialist adds a reply with a variant to a situation; it starts as a draft', async () => {
    await seedDemoData(app.dataSource);
    const dealer = await app.dataSource.getRepository(Client).findOneByOrFail({ slug: 'autolider' });
    const situation = await makeSituation(app.dataSource, dealer, { title: unique('Скрип тормозов') });

    const page = browser.page();
    await signInAfresh(page, app.baseUrl(), 'pr@repbase.demo', DEMO_PASSWORD);
    await page.goto(`${app.baseUrl()}/admin/#/situations/${situation.id}/show`);
    await page.getByText('Добавить ответ').click();
    await page.getByLabel('Текст ответа').fill('{name}, здравствуйте! Запишем на бесплатную диагностику тормозов в {brand}.');
    await page.getByRole('button', { name: 'Добавить' }).nth(1).click();
    await page.getByLabel('Вариант').fill('Добрый день, {name}! Проверим тормоза бесплатно.');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL(/#\/situations\/[^/]+\/show$/);
    await page.getByTestId('reply-status').getByText('Черновик').waitFor();
    await page.getByText('Проверим тормоза бесплатно', { exact: false }).waitFor();
    const replies = await app.dataSource.getRepository(Reply).findBy({ situationId: situation.id });
    expect(replies).toEqual([
      expect.objectContaining({ status: ReplyStatus.DRAFT, revision: 1, variants: ['Добрый день, {name}! Проверим тормоза бесплатно.'] }),
    ]);
  }, 60_000);

  it('a representative sees the approved replies only, with no approve button', async () => {
    await seedDemoData(app.dataSource);
    const dealer = await app.dataSource.getRepository(Client).findOneByOrFail({ slug: 'autolider' });
    const situation = await makeSituation(app.dataSource, dealer, { title: unique('Запись на ТО') });
    await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED, text: 'Можно записаться онлайн' });
    const draft = await makeReply(app.dataSource, situation, { text: 'Черновик, которого представитель не видит' });

    const page = browser.page();
    await signInAfresh(page, app.baseUrl(), 'representative@repbase.demo', DEMO_PASSWORD);
    await page.goto(`${app.baseUrl()}/admin/#/situations/${situation.id}/show`);
    await page.getByText('Можно записаться онлайн').waitFor();
    expect(await page.getByText('Черновик, которого представитель не видит').count()).toBe(0);
    expect(await page.getByTestId(`approve-${draft.id}`).count()).toBe(0);
    expect(await page.getByText('Утвердить').count()).toBe(0);
  }, 60_000);
});

/** The demo's PR specialist on the import page, signed in afresh, and the demo dealer the import goes into. */
async function openImportPage(): Promise<{ page: Page; dealer: Client }> {
  await seedDemoData(app.dataSource);
  const dealer = await app.dataSource.getRepository(Client).findOneByOrFail({ slug: 'autolider' });
  const page = browser.page();
  await signInAfresh(page, app.baseUrl(), 'pr@repbase.demo', DEMO_PASSWORD);
  await page.getByText('Импорт аргументарной базы').click();
  return { page, dealer };
}

describe('the argument-base import page', () => {
  it('uploads a CSV: a bad file shows its bad rows and writes nothing; a good one shows the counts', async () => {
    const { page, dealer } = await openImportPage();

    const key = unique('import-page');
    const header = 'client,key,situation,category,examples,reply,topic\n';
    const good = `autolider,${key},Можно ли записаться на ТО онлайн,SUPPORT,Как записаться на ТО через сайт?,"{name}, здравствуйте! Записаться можно на сайте {brand}.",service\n`;
    const bad = header + good + `autolider,${key}-2,Другая ситуация,COMPLAINT,Пример,Ответ,service\nautolider,${key},Повтор ключа,SUPPORT,Пример,Ответ,service\n`;
    await page.getByTestId('import-file').setInputFiles({ name: 'base.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByText('Сразу утвердить импортированные ответы').click();
    await page.getByRole('button', { name: 'Импортировать' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.getByText('COMPLAINT', { exact: false }).waitFor();
    // Said in Russian from the problem's reason, with the categories by their Russian names.
    await problems.getByText(/Такой категории нет\. в файле: «COMPLAINT» Категории: .*Негатив \(NEGATIVE\)/).waitFor();
    expect(await problems.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    expect(await app.dataSource.getRepository(Situation).countBy({ clientId: dealer.id, key })).toBe(0);
    await screenshot(page, 'admin-argument-base-import-errors');

    await page.getByTestId('import-file').setInputFiles({ name: 'base.csv', mimeType: 'text/csv', buffer: Buffer.from(header + good) });
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByTestId('import-counts').getByText('создано 1, обновлено 0, без изменений 0').waitFor();
    expect(await problems.count()).toBe(0);
    const imported = await app.dataSource.getRepository(Situation).findOneByOrFail({ clientId: dealer.id, key });
    expect(imported.title).toBe('Можно ли записаться на ТО онлайн');
  }, 60_000);

  it('uploads a file past the usual body limit and shows the rows written while it runs, then its counts', async () => {
    const { page, dealer } = await openImportPage();

    const key = unique('import-progress');
    // A situation the file changes: the import changes it after its rounds of new ones.
    const existing = await makeSituation(app.dataSource, dealer, { key: `${key}-existing`, title: 'Старый вопрос о сервисе' });
    const fresh = NEW_SITUATIONS_PER_ROUND + 10;
    // Long replies take the file past the usual 4 MB body limit: a bank's base is that size.
    const details = 'Подробности о записи на сервис, гарантии и сроках работ. '.repeat(40);
    const rows = [
      `autolider,${existing.key},Новый вопрос о сервисе,SUPPORT,Как записаться на сервис?,"{name}, здравствуйте! Запишем на сервис.",service`,
      ...Array.from({ length: fresh }, (_, index) => `autolider,${key}-${index},Вопрос ${index} о сервисе,SUPPORT,Как записаться на сервис ${index}?,"{name}, здравствуйте! Ответ ${index}. ${details}",service`),
    ];
    const count = rows.length;
    const file = Buffer.from(`client,key,situation,category,examples,reply,topic\n${rows.join('\n')}\n`);
    expect(file.length).toBeGreaterThan(4 * 1024 * 1024);
    // The import stops at its first match-index write while this session holds the client's index lock;
    // let go, it writes its rounds of new situations and stops at the situation whose row this session holds.
    const holder = app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.query(`SELECT pg_advisory_lock(hashtextextended('match-index:' || $1, 0))`, [dealer.id]);
    await holder.startTransaction();
    await holder.query(`SELECT id FROM situation WHERE id = $1 FOR UPDATE`, [existing.id]);
    const bar = page.getByTestId('import-written');
    try {
      await page.getByTestId('import-file').setInputFiles({ name: 'base.csv', mimeType: 'text/csv', buffer: file });
      await page.getByRole('button', { name: 'Импортировать' }).click();
      await bar.getByText(`Записано строк: 0 из ${count}`).waitFor();
      expect(await bar.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
      await screenshot(page, 'admin-argument-base-import-progress');

      await holder.query(`SELECT pg_advisory_unlock(hashtextextended('match-index:' || $1, 0))`, [dealer.id]);
      await bar.getByText(`Записано строк: ${fresh} из ${count}`).waitFor({ timeout: 60_000 });
      // Not full while a row is still to be written.
      expect(Number(await bar.getByRole('progressbar').getAttribute('aria-valuenow'))).toBeLessThan(100);
    } finally {
      await holder.rollbackTransaction();
      await holder.query(`SELECT pg_advisory_unlock_all()`);
      await holder.release();
    }
    await page.getByTestId('import-counts').getByText(`создано ${fresh}, обновлено 1, без изменений 0`).waitFor({ timeout: 60_000 });
    expect(await bar.count()).toBe(0);
    expect(await app.dataSource.getRepository(Situation).countBy({ clientId: dealer.id, title: 'Вопрос 7 о сервисе' })).toBe(1);
    expect((await app.dataSource.getRepository(Situation).findOneByOrFail({ id: existing.id })).title).toBe('Новый вопрос о сервисе');
  }, 120_000);
});
