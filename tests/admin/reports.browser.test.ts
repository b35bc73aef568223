import { Report } from '../../api/modules/reports/report.entity';
import { KpiMetric, KpiPeriod } from '../../api/modules/kpis/kpi-metric';
import { User } from '../../api/modules/users/user.entity';
import { FACTORY_PASSWORD, makeBriefInForce } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signInAfresh, useBrowser } from '../helpers/browser';
import { makeCrmWorld } from '../helpers/crm';
import { makeMetricEntry } from '../helpers/kpis';

const app = useTestApp();
const browser = useBrowser();

const today = () => new Date().toISOString().slice(0, 10);

describe('the report loop in the admin', () => {
  it('a representative submits a report, the PR specialist returns it with a comment, it is resubmitted and accepted', async () => {
    const world = await makeCrmWorld(app, { name: 'Форум Drive2' });
    const representative = await app.dataSource.getRepository(User).findOneByOrFail({ id: world.userIds.representative });
    const pr = await app.dataSource.getRepository(User).findOneByOrFail({ id: world.userIds.pr });
    await makeBriefInForce(app.dataSource, world.client, {
      kpiTargets: [{ key: 'views', metric: KpiMetric.VIEWS, target: 3000, period: KpiPeriod.MONTH, platformId: world.platform.id, isPriority: true }],
    });
    await makeMetricEntry(app.dataSource, world.client, world.platform, KpiMetric.VIEWS, today(), 3227);
    const created = await app.gql('mutation($input: CreateReportInput) { createReport(input: $input) { id } }', { input: { platformId: world.platform.id } }, world.representative);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createReport.id as string;
    const status = async () => (await app.dataSource.getRepository(Report).findOneByOrFail({ id })).status;

    const page = browser.page();
    const as = async (user: User) => {
      await signInAfresh(page, app.baseUrl(), user.email, FACTORY_PASSWORD, 'case-dashboard');
      await page.goto(`${app.baseUrl()}/admin/#/reports/${id}/show`);
      await page.getByTestId('report-figures').waitFor();
    };
    const waitForStatus = async (label: string) => page.getByTestId('report-status').getByText(label, { exact: true }).waitFor();

    await page.goto(`${app.baseUrl()}/admin/`);
    await as(representative);
    await page.getByTestId('figure-VIEWS').getByText('3 000', { exact: false }).waitFor();
    for (const [button, file] of [['Скачать PDF', /^report-.*\.pdf$/], ['Скачать Markdown', /^report-.*\.md$/]] as const) {
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      expect((await downloading).suggestedFilename()).toMatch(file);
    }
    await page.getByRole('button', { name: 'Сдать на проверку' }).click();
    await waitForStatus('На проверке');
    expect(await status()).toBe('SUBMITTED');

    await as(pr);
    await page.goto(`${app.baseUrl()}/admin/#/reports`);
    await page.getByText(representative.name).click();
    await page.getByTestId('report-figures').waitFor();
    await page.getByRole('button', { name: 'Вернуть с замечаниями' }).click();
    await page.getByTestId('return-comment').fill('Добавьте предложения на следующий месяц');
    await page.getByRole('button', { name: 'Добавить замечание к показателю или разделу' }).click();
    await page.getByTestId('item-comment-0').fill('Сверьте со статистикой форума');
    await screenshot(page, 'report-return-dialog');
    await page.getByRole('button', { name: 'Вернуть', exact: true }).click();
    await waitForStatus('Возвращён');
    expect(await status()).toBe('RETURNED');

    await as(representative);
    await page.getByTestId('report-review-comment').getByText('Добавьте предложения на следующий месяц', { exact: false }).waitFor();
    await page.getByTestId('figure-comment-VIEWS').getByText('Сверьте со статистикой форума').waitFor();
    await screenshot(page, 'report-returned');
    await page.goto(`${app.baseUrl()}/admin/#/reports/${id}`);
    await page.getByLabel('Предложения').fill('Еженедельный дайджест новостей с декабря');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByTestId('section-proposals').getByText('Еженедельный дайджест новостей с декабря').waitFor();
    await page.getByRole('button', { name: 'Сдать на проверку' }).click();
    await waitForStatus('На проверке');

    await as(pr);
    await page.getByRole('button', { name: 'Принять' }).click();
    await waitForStatus('Принят');
    expect(await status()).toBe('ACCEPTED');
    await screenshot(page, 'report-accepted');
    // Four sign-ins (each an argon2 check and a dashboard) take 80 s on a quiet CI machine.
  }, 240_000);
});
