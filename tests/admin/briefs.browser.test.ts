import fs from 'node:fs';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { BriefStatus, BriefVersion } from '../../api/modules/briefs/brief-version.entity';
import { Role } from '../../api/modules/users/role';
import { FACTORY_PASSWORD, makeBriefInForce, makeClient, makeUser } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';

const app = useTestApp();
const browser = useBrowser();

const creditTopic = { key: 'credit', name: 'Кредит и рассрочка', policy: TopicPolicy.ALLOWED, keywords: ['кредит'], note: 'Одобрение не обещаем' };

async function clientWithBrief() {
  const client = await makeClient(app.dataSource, { name: 'Автолидер (браузерный тест)' });
  const inForce = await makeBriefInForce(app.dataSource, client, { topics: [creditTopic] });
  await app.dataSource.getRepository(BriefVersion).update(inForce.id, { title: 'ТЗ онлайн-представителя' });
  return { client, inForce };
}

describe('the brief in the admin panel', () => {
  afterEach(async () => {
    await browser.page().evaluate(() => localStorage.clear());
  });

  it('a PR specialist drafts a new version, adds a forbidden topic, submits, approves and sees it in the diff', async () => {
    const { client, inForce } = await clientWithBrief();
    const { user } = await makeUser(app.dataSource, { roles: [[client, Role.PR_SPECIALIST]], name: 'Анна Петрова' });
    const page = browser.page();
    await signIn(page, app.baseUrl(), user.email, FACTORY_PASSWORD);
    await page.getByText('Здравствуйте, Анна Петрова').waitFor();

    await page.goto(`${app.baseUrl()}/admin/#/brief-versions`);
    await page.getByRole('button', { name: 'Новый черновик из действующей версии' }).click();
    await page.getByRole('tab', { name: 'Темы' }).click();
    await page.locator('input[name="topics.0.name"]').waitFor();
    expect(await page.locator('input[name="topics.0.name"]').inputValue()).toBe('Кредит и рассрочка');

    await page.getByTestId('section-topics').getByRole('button', { name: 'Добавить' }).last().click();
    await page.locator('input[name="topics.1.name"]').fill('Судебные иски');
    await page.getByRole('combobox', { name: 'Политика' }).nth(1).click();
    await page.getByRole('option', { name: 'Запрещённая тема' }).click();
    const keywords = page.getByTestId('section-topics').getByRole('combobox', { name: 'Ключевые слова' }).nth(1);
    await keywords.fill('суд');
    await keywords.press('Enter');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Черновик сохранён').waitFor();

    await page.getByRole('button', { name: 'Отправить на согласование' }).click();
    await page.getByText('Версия 2 отправлена на согласование').waitFor();
    // The submitted version opens as a document; approving before that page has replaced the editor
    // would open the confirmation in a view about to go.
    await page.waitForURL(/#\/brief-versions\/[^/]+\/show$/);
    await page.getByRole('button', { name: 'Утвердить' }).click();
    await page.getByRole('dialog').getByText('Действующая версия уйдёт в архив', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ввести в действие' }).click();
    await page.getByText('Версия 2 вступила в силу').waitFor();

    await page.getByRole('link', { name: 'Сравнить с заменяемой версией' }).click();
    const added = page.getByTestId('diff-section-topics').getByTestId('diff-added');
    await added.waitFor();
    expect(await added.innerText()).toMatch(/Судебные иски[\s\S]*Политика: Запрещённая тема[\s\S]*Ключевые слова: суд/);
    expect(await page.getByTestId('diff-section-postingRules').count()).toBe(0);

    const versions = await app.dataSource.getRepository(BriefVersion).find({ where: { clientId: client.id }, order: { number: 'ASC' } });
    expect(versions.map((version) => version.status)).toEqual([BriefStatus.ARCHIVED, BriefStatus.APPROVED]);
    expect(versions[1].content.topics).toEqual([creditTopic, { key: 'sudebnye-iski', name: 'Судебные иски', policy: 'FORBIDDEN', keywords: ['суд'], note: null }]);
    expect(versions[1].replacesVersionId).toBe(inForce.id);

    const file = await screenshot(page, 'brief-diff');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(browser.consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
  }, 90_000);

  it('a representative reads the brief in force as a printable document, and has no version history', async () => {
    const { client } = await clientWithBrief();
    const { user } = await makeUser(app.dataSource, { roles: [[client, Role.REPRESENTATIVE]], name: 'Дмитрий Орлов' });
    const page = browser.page();
    await signIn(page, app.baseUrl(), user.email, FACTORY_PASSWORD);
    await page.getByText('Здравствуйте, Дмитрий Орлов').waitFor();
    await page.getByRole('menuitem', { name: 'Действующее ТЗ' }).click();
    const document = page.getByTestId('brief-document');
    await document.getByText('ТЗ онлайн-представителя').waitFor();
    await document.getByTestId('topics-ALLOWED').getByText('Кредит и рассрочка').waitFor();
    await page.getByRole('button', { name: 'Печать' }).waitFor();
    expect(await page.getByRole('menuitem', { name: 'Версии ТЗ' }).count()).toBe(0);
    await screenshot(page, 'brief-print-view');
  }, 60_000);
});
