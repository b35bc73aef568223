import fs from 'node:fs';
import { Reply, ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { Client } from '../../api/modules/clients/client.entity';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { makeReply, makeSituation, unique } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';

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
    await page.goto(`${app.baseUrl()}/admin/`);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, app.baseUrl(), 'pr@repbase.demo', DEMO_PASSWORD);
    await page.getByTestId('current-client').waitFor();
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
    await page.goto(`${app.baseUrl()}/admin/`);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, app.baseUrl(), 'representative@repbase.demo', DEMO_PASSWORD);
    await page.getByTestId('current-client').waitFor();
    await page.goto(`${app.baseUrl()}/admin/#/situations/${situation.id}/show`);
    await page.getByText('Можно записаться онлайн').waitFor();
    expect(await page.getByText('Черновик, которого представитель не видит').count()).toBe(0);
    expect(await page.getByTestId(`approve-${draft.id}`).count()).toBe(0);
    expect(await page.getByText('Утвердить').count()).toBe(0);
  }, 60_000);
});

describe('the argument-base import page', () => {
  // importArgumentBase belongs to the import module; here only the page is under test, so its one
  // request is answered by the test, which also checks the page sends what admin/graphql.ts sends.
  it('uploads the chosen CSV with the session headers, then shows the bad rows, or the counts', async () => {
    await seedDemoData(app.dataSource);
    const page = browser.page();
    await page.goto(`${app.baseUrl()}/admin/`);
    await page.evaluate(() => localStorage.clear());
    await signIn(page, app.baseUrl(), 'pr@repbase.demo', DEMO_PASSWORD);
    await page.getByTestId('current-client').waitFor();

    const sent: { headers: Record<string, string>; variables: Record<string, unknown> }[] = [];
    let answer: Record<string, unknown> = {
      errors: [{ message: 'The CSV has 2 bad rows', extensions: { code: 'BAD_USER_INPUT', problems: [
        { line: 3, column: 'category', message: 'unknown category "COMPLAINT"' },
        { line: 5, column: 'key', message: 'key repeats line 2' },
      ] } }],
    };
    await page.route('**/graphql', async (route) => {
      const body = route.request().postDataJSON() as { query: string; variables: Record<string, unknown> };
      if (!body.query.includes('importArgumentBase')) return route.continue();
      sent.push({ headers: route.request().headers(), variables: body.variables });
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(answer) });
    });

    await page.getByText('Импорт аргументарной базы').click();
    const csv = 'client,key,situation,category,examples,reply,topic\nautolider,a-key,Ситуация,SUPPORT,Пример,Ответ,service\n';
    await page.getByTestId('import-file').setInputFiles({ name: 'base.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByText('Сразу утвердить импортированные ответы').click();
    await page.getByRole('button', { name: 'Импортировать' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.getByText('unknown category "COMPLAINT"').waitFor();
    await problems.getByText('key repeats line 2').waitFor();
    expect(sent[0].variables).toEqual({ csv, approve: true });
    expect(sent[0].headers.authorization).toMatch(/^Bearer /);
    expect(sent[0].headers['x-client']).toBe('autolider');
    await screenshot(page, 'admin-argument-base-import-errors');

    answer = { data: { importArgumentBase: { created: 12, updated: 3, unchanged: 29 } } };
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByTestId('import-counts').getByText('создано 12, обновлено 3, без изменений 29').waitFor();
    expect(await problems.count()).toBe(0);
    await page.unroute('**/graphql');
  }, 60_000);
});
