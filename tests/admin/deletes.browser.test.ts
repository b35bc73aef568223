import { Situation } from '../../api/modules/argument-base/situation.entity';
import { Client } from '../../api/modules/clients/client.entity';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { makeCase, makeSituation, unique } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { signIn, signInAfresh, useBrowser } from '../helpers/browser';

const app = useTestApp();
const browser = useBrowser();

describe('Delete in the admin panel', () => {
  it('removes a situation nobody used, archives one with cases, and is not offered for an archived one or a client', async () => {
    await seedDemoData(app.dataSource);
    const dealer = await app.dataSource.getRepository(Client).findOneByOrFail({ slug: 'autolider' });
    const unused = await makeSituation(app.dataSource, dealer, { title: unique('Дубль') });
    const used = await makeSituation(app.dataSource, dealer, { title: unique('С историей') });
    await makeCase(app.dataSource, dealer, { situationId: used.id });
    const archived = await makeSituation(app.dataSource, dealer, { title: unique('В архиве'), isArchived: true });

    const page = browser.page();
    await signIn(page, app.baseUrl(), 'pr@repbase.demo', DEMO_PASSWORD);
    await page.getByTestId('current-client').getByText('Автолидер').waitFor();

    // The form's own delete button (an example phrasing's remove button is named "Удалить" too).
    const deleteButton = () => page.getByRole('toolbar').getByRole('button', { name: 'Удалить' });
    const deleteThrough = async (id: string) => {
      await page.goto(`${app.baseUrl()}/admin/#/situations/${id}`);
      await deleteButton().click();
      // The confirmation says beforehand what will happen.
      await page.getByText('будет удалена; ситуация с историей уйдёт в архив').waitFor();
      await page.getByRole('button', { name: 'Подтвердить' }).click();
      await page.waitForURL(/#\/situations$/);
    };
    await deleteThrough(unused.id);
    expect(await app.dataSource.getRepository(Situation).existsBy({ id: unused.id })).toBe(false);
    await deleteThrough(used.id);
    expect((await app.dataSource.getRepository(Situation).findOneByOrFail({ id: used.id })).isArchived).toBe(true);

    await page.goto(`${app.baseUrl()}/admin/#/situations/${archived.id}`);
    await page.getByRole('button', { name: 'Сохранить' }).waitFor();
    expect(await deleteButton().count()).toBe(0);

    await signInAfresh(page, app.baseUrl(), 'admin@repbase.demo', DEMO_PASSWORD);
    await page.goto(`${app.baseUrl()}/admin/#/clients/${dealer.id}`);
    await page.getByRole('button', { name: 'Сохранить' }).waitFor();
    expect(await deleteButton().count()).toBe(0);
    expect(browser.consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
  }, 90_000);
});
