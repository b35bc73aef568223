import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';

const app = useTestApp();
// An American browser: the panel must speak and format by its own language, not the browser's.
const browser = useBrowser({ locale: 'en-US' });

/** Names and codes that stay Latin in a Russian UI: products, formats, roles of the trade. */
const ALLOWED_WORDS = new Set(['Repbase', 'API', 'KPI', 'CSV', 'CRM', 'Markdown', 'E', 'mail', 'X', 'Twitter', 'YouScan', 'ID', 'PR', 'URL', 'replies', 'read', 'mentions', 'write']);

/**
 * Latin words on the page that are neither names nor codes: a code has a digit, a dot, a hyphen, an
 * @ or a slash (keys, slugs, e-mails, addresses, key prefixes); a plain word such as "CREATE",
 * "clientId" or "system" is an untranslated label. Names of the demo data are listed per page.
 */
async function untranslatedWords(page: Page, names: string[] = []): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const tokens = text.match(/[A-Za-z][A-Za-z0-9_.\-@/:]*[A-Za-z0-9]|[A-Za-z]/g) ?? [];
  const words = tokens.filter((token) => /^[A-Za-z_]+$/.test(token) && !ALLOWED_WORDS.has(token) && !names.some((name) => name.includes(token)));
  return [...new Set(words)];
}

async function openList(page: Page, resource: string): Promise<void> {
  await page.goto(`${app.baseUrl()}/admin/#/${resource}`);
  await page.locator('#main-content').waitFor();
  await page.waitForLoadState('networkidle');
}

describe('the admin speaks Russian all the way', () => {
  beforeAll(async () => {
    await seedDemoData(app.dataSource);
  });

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
  });

  it('a PR specialist reads every list without untranslated words, with Russian dates and numbers', async () => {
    const page = browser.page();
    await signIn(page, app.baseUrl(), 'admin@repbase.demo', DEMO_PASSWORD);
    await page.getByText(/Здравствуйте/).waitFor();
    const found: Record<string, string[]> = {};
    for (const resource of ['cases', 'my-questions', 'escalations', 'try-it', 'case-stories', 'brief', 'brief-versions', 'situations', 'argument-base-import', 'platforms', 'representatives', 'clients', 'users', 'api-keys', 'audit-events']) {
      await openList(page, resource);
      const words = await untranslatedWords(page, ['Автолидер']);
      if (words.length) found[resource] = words;
    }
    await screenshot(page, 'russian-ui-audit-events');
    expect(found).toEqual({});
  }, 180_000);
});
