import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { makeClient } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';

// A database of its own: the audit log's newest rows must be this file's, not those other files write meanwhile.
const app = useTestApp({ ownDatabase: true });
// An American browser: the panel must speak and format by its own language, not the browser's.
const browser = useBrowser({ locale: 'en-US' });

/** Products, formats and trade words that stay Latin in a Russian UI (compared without case). */
const PRODUCT_WORDS = ['Repbase', 'API', 'KPI', 'CSV', 'CRM', 'Markdown', 'E', 'mail', 'X', 'Twitter', 'YouScan', 'PR', 'replies', 'read', 'mentions', 'write'];
/** Names and codes in the demo data (brands, models, slugs, a topic key as example, the CSV format's header). */
const DATA_NAMES = ['Chery', 'Tiggo', 'Pro', 'Autolider', 'Avtolider', 'autolider', 'VIN', 'warranty', 'client', 'key', 'situation', 'category', 'examples', 'reply', 'topic'];
const ALLOWED = new Set([...PRODUCT_WORDS, ...DATA_NAMES].map((word) => word.toLowerCase()));

/**
 * Latin words on the page that are neither names nor codes: a code has a digit, a dot, a hyphen, an
 * @, a slash or an underscore (keys, slugs, e-mails, addresses, handles); a plain word such as
 * "CREATE", "clientId", "system" or "PM" is an untranslated label or a date in the browser's format.
 */
async function untranslatedWords(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const tokens = text.match(/[A-Za-z][A-Za-z0-9_.\-@/:]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
  // A handle (Avtolider_official) is a name; an enum value (NO_COMMENT) is an untranslated label.
  const plainWord = (token: string) => /^[A-Za-z]+$/.test(token) || /^[A-Z]+(_[A-Z]+)+$/.test(token);
  return [...new Set(tokens.filter((token) => plainWord(token) && !ALLOWED.has(token.toLowerCase())))];
}

/** The page's untranslated words once it has settled: parts load one after another (topic names...). */
async function settledUntranslatedWords(page: Page): Promise<string[]> {
  let words: string[] = [];
  for (let attempt = 0; attempt < 20; attempt += 1) {
    words = await untranslatedWords(page);
    if (!words.length) return words;
    await page.waitForTimeout(250);
  }
  return words;
}

async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${app.baseUrl()}/admin/#/${path}`);
  await page.locator('#main-content').waitFor();
  await page.waitForLoadState('networkidle');
}

describe('the admin speaks Russian all the way', () => {
  // The demo data has grown (KPIs, reports, certification): seeding takes long on a busy machine.
  beforeAll(async () => {
    await seedDemoData(app.dataSource);
  }, 120_000);

  it('shows the login form at once, without asking the API who is signed in, and labels the field e-mail', async () => {
    const page = browser.page();
    const meRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql') && /\bme\b/.test(request.postData() ?? '')) meRequests.push(request.postData() ?? '');
    });
    await page.goto(`${app.baseUrl()}/admin/`);
    await page.locator('input[name="username"]').waitFor();
    await page.getByLabel('E-mail').first().waitFor();
    expect(meRequests).toEqual([]);
  }, 60_000);

  it('every list and page has no untranslated words, in an American browser', async () => {
    const page = browser.page();
    await signIn(page, app.baseUrl(), 'admin@repbase.demo', DEMO_PASSWORD);
    await page.getByText(/Здравствуйте/).waitFor();
    const found: Record<string, string[]> = {};
    const pages = ['', 'cases', 'my-questions', 'escalations', 'try-it', 'case-stories', 'brief', 'brief-versions', 'situations', 'situations/create', 'argument-base-import', 'platforms', 'platforms/create', 'representatives', 'clients', 'users', 'users/create', 'api-keys', 'api-keys/create', 'webhook-endpoints', 'webhook-endpoints/create', 'audit-events'];
    for (const path of pages) {
      await open(page, path);
      const words = await settledUntranslatedWords(page);
      if (words.length) found[path || 'dashboard'] = words;
    }
    expect(found).toEqual({});
  }, 180_000);

  it('writes dates and numbers the Russian way although the browser is American', async () => {
    const page = browser.page();
    await open(page, 'audit-events');
    const firstDate = await page.locator('.column-createdAt').nth(1).innerText();
    expect(firstDate).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);
    await screenshot(page, 'russian-ui-audit-events');

    await open(page, 'platforms');
    await page.getByText('2\u00a0500').or(page.getByText('2\u202f500')).first().waitFor();

    await open(page, 'try-it');
    await page.getByRole('textbox').first().fill('Третью неделю жду запчасть по гарантии, сервис молчит');
    await page.getByRole('button', { name: 'Подобрать' }).click();
    await page.getByText(/оценка \d,\d\d/).first().waitFor();
    await screenshot(page, 'russian-ui-try-it');
  }, 60_000);

  it('the audit log says who did what to which record, which fields changed by their labels, and when', async () => {
    const login = await app.gql<{ login: { token: string } }>(`mutation { login(email: "pr@repbase.demo", password: "${DEMO_PASSWORD}") { token } }`);
    const as = { token: login.data!.login.token, client: 'autolider' };
    const created = await app.gql(`mutation { createApiKey(input: { name: "Журнал-тест", scopes: [REPLIES_READ] }) { apiKey { id } } }`, {}, as);
    await app.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: created.data!.createApiKey.apiKey.id }, as);

    const page = browser.page();
    await open(page, 'audit-events');
    const latest = page.locator('.RaDatagrid-tbody tr').first();
    await latest.getByText('Анна Петрова').waitFor();
    await latest.getByRole('link', { name: 'API-ключ' }).waitFor();
    await latest.getByText(/^отзыв/).waitFor();
    await latest.getByText('Отозван').waitFor();
    await latest.click();
    const diff = page.getByTestId('audit-diff');
    await diff.getByText('Отозван').waitFor();
    await diff.getByText('пусто').waitFor();
    await diff.getByText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/).waitFor();
    await screenshot(page, 'russian-ui-audit-diff');
  }, 60_000);

  it('names resources in the right Russian case and gender', async () => {
    const empty = await makeClient(app.dataSource);
    const page = browser.page();
    await open(page, 'situations/create');
    await page.getByText('Новая ситуация').first().waitFor();
    await open(page, 'api-keys/create');
    await page.getByText('Новый API-ключ').first().waitFor();
    await open(page, 'users/create');
    await page.getByText('Новый пользователь').first().waitFor();

    await page.evaluate((slug) => localStorage.setItem('repbase.client', slug), empty.slug);
    await open(page, 'api-keys');
    await page.getByText('API-ключей пока нет').waitFor();
    await page.getByText('Нажмите «Создать», чтобы добавить API-ключ.').waitFor();
    await open(page, 'platforms');
    await page.getByText('Площадок пока нет').waitFor();
    expect(await page.getByText(/Создать Ситуация|Нет API-ключ|Вы хотите добавить еще одну/).count()).toBe(0);
  }, 60_000);
});
