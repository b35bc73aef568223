import type { Page } from 'playwright-core';
import { BriefStatus, BriefVersion } from '../../api/modules/briefs/brief-version.entity';
import { Client } from '../../api/modules/clients/client.entity';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { makeBriefVersion } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';

const app = useTestApp();
const browser = useBrowser();

/** Texts the browser had to cut (ellipsis or clipping): wider than the box that shows them. */
function cutTexts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.filter((element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0).map((element) => (element as HTMLElement).innerText),
  );
}

describe('the panel fits a 1,440 px window', () => {
  it('a brief draft, a long title beside the client switcher, the menu and the filters are shown whole', async () => {
    await seedDemoData(app.dataSource);
    const dealer = await app.dataSource.getRepository(Client).findOneByOrFail({ slug: 'autolider' });
    const inForce = await app.dataSource.getRepository(BriefVersion).findOneByOrFail({ clientId: dealer.id, status: BriefStatus.APPROVED });
    const draft = await makeBriefVersion(app.dataSource, dealer, {
      content: inForce.content,
      title: 'Техническое задание официального представителя сети дилерских центров на автомобильных форумах, во втором полугодии',
    });

    const page = browser.page();
    await page.setViewportSize({ width: 1440, height: 900 });
    await signIn(page, app.baseUrl(), 'pr@repbase.demo', DEMO_PASSWORD);
    await page.getByText(/Здравствуйте/).waitFor();

    await page.goto(`${app.baseUrl()}/admin/#/brief-versions/${draft.id}`);
    await page.getByRole('tab', { name: 'Публикации' }).click();
    await page.getByText('Постов в день, не больше').first().waitFor();
    if (process.env.DEBUG_LAYOUT) {
      console.log(await page.evaluate(() => [...document.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > 1440 && ![...element.children].some((child) => child.getBoundingClientRect().right > 1440)).slice(0, 12).map((element) => `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`).join('\n')));
    }
    await screenshot(page, 'layout-brief-draft');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(1440);
    // Nothing clipped either: every input of the form ends inside the window.
    const beyond = await page.locator('#main-content input, #main-content textarea, #main-content label').evaluateAll((elements) =>
      elements.filter((element) => element.getBoundingClientRect().right > window.innerWidth).length,
    );
    expect(beyond).toBe(0);

    const title = await page.locator('#react-admin-title').boundingBox();
    const switcher = await page.getByTestId('client-switcher').locator('xpath=ancestor::div[contains(@class,"MuiFormControl-root")]').boundingBox();
    expect(title!.x + title!.width).toBeLessThanOrEqual(switcher!.x);

    expect(await cutTexts(page, '.RaMenu-open .MuiListItemText-root, .RaMenu-open .MuiMenuItem-root span')).toEqual([]);

    const cut: Record<string, string[]> = {};
    for (const resource of ['cases', 'escalations', 'situations', 'platforms', 'audit-events', 'api-keys', 'representatives']) {
      await page.goto(`${app.baseUrl()}/admin/#/${resource}`);
      await page.locator('#main-content').waitFor();
      await page.waitForLoadState('networkidle');
      const labels = await cutTexts(page, '.RaFilterForm-root label, .RaFilterFormInput-body label');
      if (labels.length) cut[resource] = labels;
    }
    expect(cut).toEqual({});
  }, 120_000);
});
