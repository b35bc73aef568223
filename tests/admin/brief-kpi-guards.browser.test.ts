import { BriefVersion } from '../../api/modules/briefs/brief-version.entity';
import { KpiMetric, KpiPeriod } from '../../api/modules/kpis/kpi-metric';
import { Role } from '../../api/modules/users/role';
import { FACTORY_PASSWORD, makeClient, makePlatform, makeUser } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';

const app = useTestApp();
const browser = useBrowser();

describe('KPI guards in the brief editor', () => {
  it('a target above the ceiling is warned beside the field, and approval asks for the reason and records it', async () => {
    const client = await makeClient(app.dataSource);
    const forum = await makePlatform(app.dataSource, client, { name: 'Форум Drive2', kpiCeilings: [{ metric: KpiMetric.VIEWS, value: 2500, period: KpiPeriod.MONTH }] });
    const { user, token } = await makeUser(app.dataSource, { roles: [[client, Role.PR_SPECIALIST]], name: 'Анна Петрова' });
    const as = { token, client: client.slug };
    const draft = (await app.gql('mutation { createBriefDraft { id version } }', {}, as)).data!.createBriefDraft;
    const saved = await app.gql('mutation($id: ID!, $input: UpdateBriefDraftInput!) { updateBriefDraft(id: $id, input: $input) { id } }', {
      id: draft.id,
      input: { version: draft.version, kpiTargets: [{ metric: 'VIEWS', target: 3227, period: 'MONTH', platformId: forum.id, isPriority: true }] },
    }, as);
    expect(saved.errors).toBeUndefined();

    const page = browser.page();
    await signIn(page, app.baseUrl(), user.email, FACTORY_PASSWORD);
    await page.getByText('Здравствуйте, Анна Петрова').waitFor();
    await page.goto(`${app.baseUrl()}/admin/#/brief-versions/${draft.id}`);
    await page.getByRole('tab', { name: 'KPI' }).click();
    await page.getByTestId('ceiling-warning').getByText('выше потолка площадки (2500)', { exact: false }).waitFor();
    await screenshot(page, 'brief-ceiling-warning');

    await page.getByRole('button', { name: 'Отправить на согласование' }).click();
    await page.getByText('Версия 1 отправлена на согласование').waitFor();
    // The submitted version opens as a document; approving before that page has replaced the editor
    // would open the confirmation in a view about to go.
    await page.waitForURL(/#\/brief-versions\/[^/]+\/show$/);
    await page.getByRole('button', { name: 'Утвердить' }).click();
    // Approval asks first; the guard's refusal then asks for the reason.
    await page.getByRole('dialog').getByText('Действующая версия уйдёт в архив', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ввести в действие' }).click();
    await page.getByText('Утвердить версию 1 с причиной').waitFor();
    await page.getByLabel('Почему утверждаем, несмотря на это').fill('Новый раздел форума даст больше просмотров');
    await page.getByRole('button', { name: 'Утвердить', exact: true }).last().click();
    await page.getByText('Версия 1 вступила в силу').waitFor();
    const approved = await app.dataSource.getRepository(BriefVersion).findOneByOrFail({ id: draft.id });
    expect(approved).toMatchObject({ status: 'APPROVED', approvalReason: 'Новый раздел форума даст больше просмотров' });
  }, 120_000);
});
