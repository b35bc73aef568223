import fs from 'node:fs';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';

const app = useTestApp();
const browser = useBrowser();

describe('the "try it" page', () => {
  it('a representative pastes a post, chooses the platform and sees the category, ranked matches with replies, and the guidance', async () => {
    await seedDemoData(app.dataSource);

    const page = browser.page();
    await signIn(page, app.baseUrl(), 'representative@repbase.demo', DEMO_PASSWORD);
    await page.getByTestId('current-client').waitFor();
    await page.getByRole('combobox', { name: 'Клиент' }).click();
    await page.getByRole('option', { name: 'Банк «Северный»' }).click();
    await page.getByRole('menuitem', { name: 'Проверить подбор' }).click();

    await page.getByTestId('post-text').fill('Сорок минут не могу дозвониться на горячую линию, музыка играет и всё. Операторы у вас вообще есть? Мой телефон +7 912 345-67-89, перезвоните');
    await page.getByRole('combobox', { name: 'Площадка' }).click();
    await page.getByRole('option', { name: 'Банки.ру — Народный рейтинг' }).click();
    await page.getByRole('button', { name: 'Подобрать' }).click();

    await page.getByTestId('match-result').waitFor();
    const first = page.getByTestId('situation-match').first();
    await first.getByText('Не дозвониться на горячую линию').waitFor();
    await first.getByText('Приносим извинения за долгое ожидание', { exact: false }).waitFor();
    expect(await page.getByTestId('situation-match').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('post-category').textContent()).toBe('Негатив');
    await page.getByTestId('guidance').getByText('Отвечайте в личных сообщениях.').waitFor();
    await page.getByTestId('guidance').getByText('Телефон', { exact: true }).waitFor();
    // The demo bank's brief: a negative post on a review site is answered within 8 hours.
    await page.getByTestId('deadline').getByText('Ответить в течение 8 ч', { exact: false }).waitFor();

    const file = await screenshot(page, 'admin-try-it');
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    expect(browser.consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
  }, 60_000);
});
