import { Role } from '../../api/modules/users/role';
import { FACTORY_PASSWORD, makeClient, makeUser } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { useBrowser } from '../helpers/browser';

const app = useTestApp();
const browser = useBrowser();

describe('signing in to the panel', () => {
  it('a signed-out visit to a page shows the login form once, and signing in leads back to that page', async () => {
    const client = await makeClient(app.dataSource, { name: 'Автолидер (вход)' });
    const { user } = await makeUser(app.dataSource, { roles: [[client, Role.PR_SPECIALIST]] });
    const page = browser.page();
    const toLogin: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && frame.url().endsWith('#/login')) toLogin.push(frame.url());
    });
    // A slow machine: react-admin's own anonymous redirect looped here (149 redirects at this rate).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });

    await page.goto(`${app.baseUrl()}/admin/#/api-keys?order=ASC`);
    await page.locator('input[name="username"]').fill(user.email);
    await page.locator('input[name="password"]').fill(FACTORY_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/#\/api-keys\?order=ASC$/);
    await page.getByText('API-ключи').first().waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(toLogin.length).toBeLessThanOrEqual(2);
  }, 120_000);
});
