import fs from 'node:fs';
import { ContentRuleKind } from '../../api/modules/briefs/brief-content';
import { KpiMetric, KpiPeriod } from '../../api/modules/kpis/kpi-metric';
import { MetricEntry } from '../../api/modules/kpis/metric-entry.entity';
import { LoggedPostKind } from '../../api/modules/posts/post-kind';
import { Post } from '../../api/modules/posts/post.entity';
import { User } from '../../api/modules/users/user.entity';
import { OfficialAccount } from '../../api/modules/representatives/official-account.entity';
import { FACTORY_PASSWORD, makeBriefInForce } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, signInAfresh, useBrowser } from '../helpers/browser';
import { makeCrmWorld } from '../helpers/crm';
import { makeMetricEntry, makePost, makeWorkedCase } from '../helpers/kpis';

const app = useTestApp();
const browser = useBrowser();

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000).toISOString();
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

describe('the KPI screens', () => {
  it('the PR specialist reads plan vs fact with the ceiling marked, imports platform metrics from CSV, and sees posts flagged by the brief', async () => {
    const world = await makeCrmWorld(app, { name: 'Форум Drive2', kpiCeilings: [{ metric: KpiMetric.VIEWS, value: 2500, period: KpiPeriod.MONTH }] });
    const [representative] = await app.dataSource.getRepository(User).findBy({ id: world.userIds.representative });
    const pr = await app.dataSource.getRepository(User).findOneByOrFail({ id: world.userIds.pr });
    const [account] = await app.dataSource.getRepository(OfficialAccount).findBy({ clientId: world.client.id });
    await makeBriefInForce(app.dataSource, world.client, {
      kpiTargets: [
        { key: 'answers', metric: KpiMetric.QUESTIONS_ANSWERED, target: 1, period: KpiPeriod.MONTH, platformId: world.platform.id, isPriority: true },
        { key: 'views', metric: KpiMetric.VIEWS, target: 1_000_000, period: KpiPeriod.MONTH, platformId: world.platform.id, isPriority: false },
      ],
      contentRules: [{ key: 'brand', kind: ContentRuleKind.BRAND_SPELLING, text: 'Автолидер', variants: ['Автолидэр'], note: null }],
    });
    await makeWorkedCase(app.dataSource, world.client, world.platform, { requestedAt: hoursAgo(3), firstResponseAt: hoursAgo(1) }, { representativeUserId: representative.id });
    await makeMetricEntry(app.dataSource, world.client, world.platform, KpiMetric.VIEWS, yesterday(), 10);
    const flagged = await makePost(app.dataSource, account, representative.id, LoggedPostKind.NEWS, hoursAgo(2));
    await app.dataSource.getRepository(Post).update(flagged.id, {
      text: 'Автолидэр открыл новый центр',
      violations: [{ rule: 'BRAND_SPELLING', message: 'Название бренда пишется «Автолидер».', start: 0, end: 9, fragment: 'Автолидэр', suggestion: 'Автолидер', ruleKey: 'brand', personalDataKind: null }] as never,
    });

    const page = browser.page();
    await signIn(page, app.baseUrl(), pr.email, FACTORY_PASSWORD);
    await page.getByTestId('case-dashboard').waitFor();
    await page.goto(`${app.baseUrl()}/admin/#/kpis`);
    const answers = page.getByTestId('kpi-row-QUESTIONS_ANSWERED').first();
    await answers.getByText('В графике').waitFor();
    const views = page.getByTestId('kpi-row-VIEWS').first();
    await views.getByText('Отстаёт').waitFor();
    await views.getByTestId('above-ceiling').waitFor();
    const table = await screenshot(page, 'kpi-plan-vs-fact');
    expect(fs.statSync(table).size).toBeGreaterThan(10_000);

    await page.goto(`${app.baseUrl()}/admin/#/metric-entries`);
    await page.getByTestId('metric-import').click();
    const upload = async (name: string, csv: string) => {
      await page.getByTestId('metric-import-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.getByTestId('metric-import-start').click();
    };
    await upload('bad.csv', `metric,platform,day,value,source\nVIEWS,Форум Drive2,${yesterday()},100,\nVIEWS,Нет такой,${yesterday()},5,\n`);
    const problems = page.getByTestId('import-problems');
    await problems.getByText('У клиента нет такой площадки.', { exact: false }).waitFor();
    expect(await app.dataSource.getRepository(MetricEntry).countBy({ clientId: world.client.id })).toBe(1);
    await screenshot(page, 'metric-import-refused');
    await upload('good.csv', `metric,platform,day,value,source\nVIEWS,Форум Drive2,${yesterday()},3227,статистика форума\nTHREAD_MESSAGES,Форум Drive2,${yesterday()},154,\n`);
    await page.getByTestId('metric-import-counts').getByText('добавлено 1, исправлено 1', { exact: false }).waitFor();

    await page.goto(`${app.baseUrl()}/admin/#/metric-entries`);
    await page.getByText('статистика форума').waitFor();
    await page.goto(`${app.baseUrl()}/admin/#/posts`);
    await page.getByText('Замечаний по ТЗ: 1').waitFor();
    await page.getByText('Автолидэр открыл новый центр').click();
    await page.getByText('Название бренда пишется «Автолидер».', { exact: false }).waitFor();
    await screenshot(page, 'posts-with-findings');

    await signInAfresh(page, app.baseUrl(), representative.email, FACTORY_PASSWORD, 'case-dashboard');
    await page.goto(`${app.baseUrl()}/admin/#/kpis`);
    await page.getByText('Это ваши показатели', { exact: false }).waitFor();
    await page.getByTestId('kpi-row-QUESTIONS_ANSWERED').first().getByText('В графике').waitFor();

    // The representative logs news they posted; the brief's finding shows at once.
    await page.goto(`${app.baseUrl()}/admin/#/posts`);
    await page.getByTestId('open-log-post').click();
    await page.getByRole('combobox', { name: 'Площадка' }).click();
    await page.getByRole('option', { name: 'Форум Drive2' }).click();
    await page.getByTestId('post-text').fill('Автолидэр дарит зимнюю резину при покупке до конца месяца.');
    await page.getByTestId('log-post').click();
    await page.getByTestId('logged-post').getByText('Название бренда', { exact: false }).first().waitFor();
    await screenshot(page, 'log-post-with-finding');
    expect(await app.dataSource.getRepository(Post).countBy({ clientId: world.client.id })).toBe(2);
  }, 120_000);
});
