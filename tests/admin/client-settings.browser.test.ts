import { Client } from '../../api/modules/clients/client.entity';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';

const app = useTestApp();
const browser = useBrowser();

describe("the client's form", () => {
  it("an administrator sets the client's time zone and its call centre's answer time", async () => {
    await seedDemoData(app.dataSource);
    const clients = app.dataSource.getRepository(Client);
    const bank = await clients.findOneByOrFail({ slug: 'bank-severny' });
    const page = browser.page();
    await signIn(page, app.baseUrl(), 'admin@repbase.demo', DEMO_PASSWORD);
    await page.getByText(/Здравствуйте/).waitFor();
    await page.goto(`${app.baseUrl()}/admin/#/clients/${bank.id}`);
    await page.getByLabel('Название бренда').waitFor();
    await page.getByLabel('Часовой пояс').fill('Asia/Yekater');
    await page.getByRole('option', { name: 'Asia/Yekaterinburg' }).click();
    await page.getByLabel('Время ответа колл-центра, мин').fill('45');
    await screenshot(page, 'client-settings');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.waitForURL(/#\/clients$/);
    const saved = await clients.findOneByOrFail({ id: bank.id });
    expect(saved).toMatchObject({ timeZone: 'Asia/Yekaterinburg', callCentreAnswerMinutes: 45 });
  }, 90_000);
});
