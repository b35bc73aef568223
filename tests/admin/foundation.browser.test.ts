import fs from 'node:fs';
import { Client } from '../../api/modules/clients/client.entity';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { makeApiKey, unique } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';

const app = useTestApp();
const browser = useBrowser();

describe('the admin panel', () => {
  it('the demo PR specialist signs in, switches client and sees that client\'s data', async () => {
    await seedDemoData(app.dataSource);
    const clients = app.dataSource.getRepository(Client);
    const dealer = await clients.findOneByOrFail({ slug: 'autolider' });
    const bank = await clients.findOneByOrFail({ slug: 'bank-severny' });
    const dealerKey = unique('Мониторинг форумов');
    const bankKey = unique('Банки.ру ответы');
    await makeApiKey(app.dataSource, dealer, [ApiKeyScope.REPLIES_READ], dealerKey);
    await makeApiKey(app.dataSource, bank, [ApiKeyScope.REPLIES_READ], bankKey);

    const page = browser.page();
    await signIn(page, app.baseUrl(), 'pr@repbase.demo', DEMO_PASSWORD);
    await page.getByText('Здравствуйте, Анна Петрова').waitFor();
    await page.getByTestId('current-client').getByText('Автолидер').waitFor();

    await page.goto(`${app.baseUrl()}/admin/#/api-keys`);
    await page.getByText(dealerKey).waitFor();
    expect(await page.getByText(bankKey).count()).toBe(0);

    await page.getByRole('combobox', { name: 'Клиент' }).click();
    await page.getByRole('option', { name: 'Банк «Северный»' }).click();
    await page.getByText(bankKey).waitFor();
    expect(await page.getByText(dealerKey).count()).toBe(0);

    const file = await screenshot(page, 'admin-client-switch');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(browser.consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
  }, 60_000);
});
