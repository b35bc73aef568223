import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ARTIFACTS = path.resolve(__dirname, '../artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's chromium, headless, driven by playwright-core, for the current test file. Console
 * errors of the page are collected so a test can show them when it fails. `locale` is the
 * browser's own language (ru-RU unless a test checks that the panel ignores it).
 */
export function useBrowser(options: { locale?: string } = {}): { page: () => Page; consoleErrors: string[] } {
  let browser: Browser | undefined;
  let page: Page | undefined;
  const consoleErrors: string[] = [];
  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: options.locale ?? 'ru-RU', timezoneId: 'Europe/Moscow' });
    page = await context.newPage();
    // Generous: CI machines are shared, and a slow step should fail on what it waits for, not on a clock.
    page.setDefaultTimeout(30_000);
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  return { page: () => page!, consoleErrors };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Signs in through the panel's login form. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
}

/**
 * Signs in with no session left from an earlier test, and waits for `landmark` (a test id): by default
 * the client the panel works on; a role's own dashboard where the test goes on from it.
 */
export async function signInAfresh(page: Page, baseUrl: string, email: string, password: string, landmark = 'current-client'): Promise<void> {
  await page.goto(`${baseUrl}/admin/`);
  await page.evaluate(() => localStorage.clear());
  await signIn(page, baseUrl, email, password);
  await page.getByTestId(landmark).waitFor();
}
