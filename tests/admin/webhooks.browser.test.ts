import fs from 'node:fs';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { User } from '../../api/modules/users/user.entity';
import { deliverDueWebhooks } from '../../api/modules/webhooks/webhook-worker';
import { FACTORY_PASSWORD, makeApiKey } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';
import { makeCrmWorld } from '../helpers/crm';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver';

// A database of its own: the worker below delivers every due row, and only this file's should be there.
const app = useTestApp({ ownDatabase: true });
const browser = useBrowser();
let receiver: WebhookReceiver;
beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(() => receiver.close());

describe('webhooks in the panel', () => {
  it('a PR specialist registers a webhook, sees its secret once, and sees its deliveries with their codes; resends one', async () => {
    const world = await makeCrmWorld(app);
    const pr = await app.dataSource.getRepository(User).findOneByOrFail({ id: world.userIds.pr });
    const { secret: apiKey } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.MENTIONS_WRITE]);
    const page = browser.page();
    await signIn(page, app.baseUrl(), pr.email, FACTORY_PASSWORD);
    await page.getByTestId('current-client').waitFor();

    await page.goto(`${app.baseUrl()}/admin/#/webhook-endpoints/create`);
    await page.getByLabel('Адрес').fill(receiver.url('/crm'));
    await page.getByLabel('Новое обращение').check();
    await page.getByLabel('Ответ на эскалацию').check();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const secret = await page.getByTestId('webhook-secret').textContent();
    expect(secret).toMatch(/^whsec_/);
    await page.getByRole('button', { name: 'Я сохранил секрет' }).click();
    await page.getByText('Журнал доставок').waitFor();
    await page.getByText('Доставок пока нет').waitFor();

    // A post arrives from monitoring; the worker (each API process runs it) delivers the case.created event.
    const ingest = await app.gql(
      'mutation($input: [MentionInput!]!) { ingestMentions(input: $input) { created } }',
      { input: [{ platformId: world.platform.id, externalId: 'browser-post', authorHandle: 'reader', text: 'Где посмотреть цены на ТО?', postedAt: new Date().toISOString() }] },
      { apiKey },
    );
    expect(ingest.data!.ingestMentions.created).toBe(1);
    expect(await deliverDueWebhooks(app.dataSource)).toBe(1);
    expect(receiver.received).toHaveLength(1);

    await page.reload();
    const row = page.locator('tr', { hasText: 'Доставлено' });
    await row.waitFor();
    await row.getByText('Новое обращение').waitFor();
    await row.getByText('200').waitFor();
    await screenshot(page, 'webhook-deliveries');

    await row.getByRole('button', { name: 'Отправить снова' }).click();
    await page.getByText('Доставка поставлена в очередь').waitFor();
    await page.locator('tr', { hasText: 'Ждёт отправки' }).waitFor();
    expect(await deliverDueWebhooks(app.dataSource)).toBe(1);
    expect(receiver.received.map((request) => request.eventId)).toEqual([receiver.received[0].eventId, receiver.received[0].eventId]);

    await page.goto(`${app.baseUrl()}/admin/#/webhook-endpoints`);
    await page.getByText(receiver.url('/crm')).waitFor();
    await page.getByText('Работает').waitFor();
    const file = await screenshot(page, 'webhook-endpoints');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(browser.consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
  }, 90_000);
});
