import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { BriefVersion } from '../../api/modules/briefs/brief-version.entity';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { Case } from '../../api/modules/cases/case.entity';
import { Escalation } from '../../api/modules/escalations/escalation.entity';
import { User } from '../../api/modules/users/user.entity';
import { FACTORY_PASSWORD, makeBriefInForce, makeCase, makeEscalation, makeSituation } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';
import { makeCrmWorld, type CrmWorld } from '../helpers/crm';

const app = useTestApp();
const browser = useBrowser();

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);
const pageErrors = () => browser.consoleErrors.filter((message) => !/favicon/.test(message));

async function dealerWorld(): Promise<CrmWorld> {
  const world = await makeCrmWorld(app, { name: 'Форум «Клуб владельцев Chery Tiggo»' });
  await makeBriefInForce(app.dataSource, world.client, {
    topics: [
      { key: 'warranty', name: 'Гарантия', policy: TopicPolicy.ALLOWED, keywords: ['гаранти'], note: null },
      { key: 'press', name: 'Публикации в СМИ', policy: TopicPolicy.ALLOWED, keywords: [], note: null },
    ],
    responsiblePeople: [
      { key: 'service-head', name: 'Олег Кузнецов', position: 'руководитель сервиса', topicKeys: ['warranty'], contact: 'service@example.test', answerWithinHours: 24, userId: world.userIds.responsible },
    ],
  });
  return world;
}

async function signInAs(world: CrmWorld, who: 'pr' | 'representative' | 'responsible') {
  const user = await app.dataSource.getRepository(User).findOneByOrFail({ id: world.userIds[who] });
  const page = browser.page();
  await page.evaluate(() => localStorage.clear()).catch(() => undefined);
  await signIn(page, app.baseUrl(), user.email, FACTORY_PASSWORD);
  await page.getByTestId('case-dashboard').waitFor();
  return { page, user };
}

describe('the panel as people work in it', () => {
  beforeEach(() => {
    browser.consoleErrors.length = 0;
  });

  it('a brief draft with a bad content rule shows the error next to the field, and saves once it is fixed', async () => {
    const world = await dealerWorld();
    const { page } = await signInAs(world, 'pr');
    await page.goto(`${app.baseUrl()}/admin/#/brief-versions`);
    await page.getByRole('button', { name: 'Новый черновик из действующей версии' }).click();
    await page.getByRole('tab', { name: 'Содержание' }).click();
    const section = page.getByTestId('section-contentRules');
    await section.getByRole('button', { name: 'Добавить' }).last().click();

    // Blank text: the API refuses it (class-validator) and the panel puts its words under the field.
    await page.locator('textarea[name="contentRules.0.text"]').fill('   ');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Форма заполнена не полностью: исправьте отмеченные поля.').waitFor();
    const fieldError = section.locator('p.Mui-error');
    await fieldError.first().waitFor();
    expect((await fieldError.allInnerTexts()).join(' ')).toMatch(/text/);

    // A rule without variants is a rule without variants, not a silent HTTP 400.
    await page.locator('textarea[name="contentRules.0.text"]').fill('Пишем «Автолидер» без кавычек-ёлочек в заголовках');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Черновик сохранён').waitFor();
    const draft = await app.dataSource.getRepository(BriefVersion).findOneOrFail({ where: { clientId: world.client.id, number: 2 } });
    expect(draft.content.contentRules).toEqual([expect.objectContaining({ text: 'Пишем «Автолидер» без кавычек-ёлочек в заголовках', variants: [] })]);
    expect(pageErrors()).toEqual([]);
  }, 90_000);

  it('a representative escalates with a topic chosen from the brief and sees who will get the question before sending', async () => {
    const world = await dealerWorld();
    const caseRow = await makeCase(app.dataSource, world.client, { platform: world.platform, text: 'Третью неделю жду запчасть, сервис молчит', requestedAt: hoursAgo(2) });
    const { page } = await signInAs(world, 'representative');
    await page.goto(`${app.baseUrl()}/admin/#/cases/${caseRow.id}/show`);
    await page.getByRole('button', { name: 'Эскалировать' }).click();
    const dialog = page.getByTestId('escalate-dialog');
    await dialog.getByLabel('Вопрос ответственному лицу').fill('Что положено клиенту, если запчасть ждут больше месяца?');

    await dialog.getByTestId('escalation-topic').click();
    await page.getByRole('option', { name: 'Публикации в СМИ' }).click();
    await dialog.getByTestId('escalation-route').getByText('Вопрос получит: PR-специалист', { exact: false }).waitFor();
    await dialog.getByTestId('escalation-topic').click();
    await page.getByRole('option', { name: 'Гарантия' }).click();
    await dialog.getByTestId('escalation-route').getByText('Вопрос получит: Олег Кузнецов, руководитель сервиса', { exact: false }).waitFor();
    await screenshot(page, 'escalation-route');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByTestId('escalate-dialog').waitFor({ state: 'detached' });

    const escalation = await app.dataSource.getRepository(Escalation).findOneByOrFail({ caseId: caseRow.id });
    expect(escalation).toMatchObject({ topic: 'warranty', assigneeName: 'Олег Кузнецов', assigneeUserId: world.userIds.responsible });
    expect(pageErrors()).toEqual([]);
  }, 90_000);

  it('the argument-base search finds "Запчасть по гарантии" for "гарантия", and situations are archived in bulk', async () => {
    const world = await dealerWorld();
    const spare = await makeSituation(app.dataSource, world.client, { title: 'Запчасть по гарантии', examples: ['Долго жду деталь'] });
    const other = await makeSituation(app.dataSource, world.client, { title: 'Кредит на машину', examples: ['Какой процент по кредиту?'] });
    const { page } = await signInAs(world, 'pr');
    await page.goto(`${app.baseUrl()}/admin/#/situations?filter=${encodeURIComponent(JSON.stringify({ q: 'гарантия' }))}`);
    await page.getByText('Запчасть по гарантии').waitFor();
    expect(await page.getByText('Кредит на машину').count()).toBe(0);

    await page.goto(`${app.baseUrl()}/admin/#/situations?filter=%7B%7D`);
    await page.getByText('Кредит на машину').waitFor();
    await page.locator('thead input[type="checkbox"]').check();
    await page.getByTestId('bulk-archiveSituations').click();
    await page.getByText('Ситуации в архиве: 2').waitFor();
    const archived = await app.dataSource.query('SELECT count(*)::int AS count FROM situation WHERE id = ANY($1) AND is_archived', [[spare.id, other.id]]);
    expect(archived).toEqual([{ count: 2 }]);
    expect(pageErrors()).toEqual([]);
  }, 90_000);

  it('a representative takes several cases at once and finds them under "my cases"', async () => {
    const world = await dealerWorld();
    const texts = ['Когда придёт запчасть для Tiggo 4?', 'Сколько стоит ТО-2 на Tiggo 7 Pro?'];
    const cases = [];
    for (const [index, text] of texts.entries()) cases.push(await makeCase(app.dataSource, world.client, { platform: world.platform, text, requestedAt: hoursAgo(index + 1) }));
    const { page } = await signInAs(world, 'representative');
    await page.goto(`${app.baseUrl()}/admin/#/cases`);
    await page.getByText(texts[1]).waitFor();
    await page.getByTestId('my-cases').click();
    await page.getByText(texts[1]).waitFor({ state: 'detached' });

    await page.getByTestId('my-cases').click();
    await page.getByText(texts[1]).waitFor();
    await page.locator('thead input[type="checkbox"]').check();
    await page.getByTestId('bulk-move').click();
    await page.getByRole('menuitem', { name: 'В работе' }).click();
    await page.getByText('Обращения переведены: 2').waitFor();
    const stored = await app.dataSource.getRepository(Case).findBy({ clientId: world.client.id });
    expect(stored.map((row) => [row.status, row.representativeUserId])).toEqual([
      [CaseStatus.IN_PROGRESS, world.userIds.representative],
      [CaseStatus.IN_PROGRESS, world.userIds.representative],
    ]);

    await page.getByTestId('my-cases').click();
    await page.getByText(texts[0]).waitFor();
    await page.getByText(texts[1]).waitFor();
    await screenshot(page, 'my-cases');
    expect(pageErrors()).toEqual([]);
  }, 90_000);

  it('a PR specialist downloads a sample CSV in the public format, and exports the base in the same format', async () => {
    const world = await dealerWorld();
    await makeSituation(app.dataSource, world.client, { key: 'spare-part-wait', title: 'Запчасть по гарантии', topic: 'warranty', examples: ['Долго жду деталь', 'Где моя запчасть?'] });
    const { page } = await signInAs(world, 'pr');
    // The panel saves a file through a link to a blob; the test keeps the blob's text instead of a download.
    const read = async (click: () => Promise<void>) => {
      await page.evaluate(() => {
        const saved = window as unknown as { savedFiles: Promise<string>[] };
        saved.savedFiles = [];
        HTMLAnchorElement.prototype.click = function keep(this: HTMLAnchorElement) {
          if (this.download) saved.savedFiles.push(fetch(this.href).then((response) => response.text()));
        };
      });
      await click();
      await page.waitForFunction(() => (window as unknown as { savedFiles: unknown[] }).savedFiles.length > 0);
      const text = await page.evaluate(() => (window as unknown as { savedFiles: Promise<string>[] }).savedFiles[0]);
      return text.replace(/^\uFEFF/, '').split('\r\n');
    };

    await page.goto(`${app.baseUrl()}/admin/#/argument-base-import`);
    const sample = await read(() => page.getByTestId('import-sample').click());
    expect(sample[0]).toBe('client,key,situation,category,examples,reply,topic');
    expect(sample[1]).toMatch(new RegExp(`^${world.client.slug},warranty-part-wait,`));

    await page.goto(`${app.baseUrl()}/admin/#/situations?filter=%7B%7D`);
    await page.getByText('Запчасть по гарантии').waitFor();
    const exported = await read(() => page.getByRole('button', { name: 'Экспорт' }).click());
    expect(exported.slice(0, 2)).toEqual(['client,key,situation,category,examples,reply,topic', `${world.client.slug},spare-part-wait,Запчасть по гарантии,SUPPORT,Долго жду деталь | Где моя запчасть?,,warranty`]);
    expect(pageErrors()).toEqual([]);
  }, 90_000);
});
