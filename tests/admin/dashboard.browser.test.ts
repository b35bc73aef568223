import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { EscalationStatus } from '../../api/modules/escalations/escalation.entity';
import { KpiMetric, KpiPeriod } from '../../api/modules/kpis/kpi-metric';
import { Sentiment } from '../../api/modules/mentions/sentiment';
import { User } from '../../api/modules/users/user.entity';
import { FACTORY_PASSWORD, makeAnalyticsCase, makeBriefInForce, makeEscalation, makeSituation } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, signInAfresh, useBrowser } from '../helpers/browser';
import { makeCrmWorld, type CrmWorld } from '../helpers/crm';

const app = useTestApp();
const browser = useBrowser();

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/**
 * A month of cases: one a few minutes old (so "this month" always has one), then one to three a day
 * over the last 25 days, answered in every response band, in two situations and three categories.
 */
async function makeMonthOfCases(world: CrmWorld): Promise<{ blocked: string }> {
  const { dataSource } = app;
  const blocked = await makeSituation(dataSource, world.client, { title: 'Карта заблокирована', category: ConsumerCycleCategory.NEGATIVE });
  const alerts = await makeSituation(dataSource, world.client, { title: 'Как подключить уведомления', category: ConsumerCycleCategory.SUPPORT });
  const responseMinutes = [20, 45, 150, 300, 600, 1800];
  await makeAnalyticsCase(dataSource, world.client, { platform: world.platform, requestedAt: minutesAgo(3), firstResponseAt: minutesAgo(1), deadlineAt: minutesAgo(-60), status: CaseStatus.ANSWERED, category: ConsumerCycleCategory.NEGATIVE, situationId: blocked.id });
  for (let day = 1; day <= 25; day += 1) {
    for (let index = 0; index < 1 + (day % 3); index += 1) {
      const requestedAt = minutesAgo(day * 1440 + index * 90);
      const minutes = responseMinutes[(day + index) % responseMinutes.length];
      const negative = (day + index) % 2 === 0;
      await makeAnalyticsCase(dataSource, world.client, {
        platform: world.platform,
        requestedAt,
        firstResponseAt: new Date(requestedAt.getTime() + minutes * 60_000),
        deadlineAt: new Date(requestedAt.getTime() + 240 * 60_000),
        finishedAt: day % 4 === 0 ? new Date(requestedAt.getTime() + (minutes + 60) * 60_000) : undefined,
        status: day % 4 === 0 ? CaseStatus.RESOLVED : CaseStatus.ANSWERED,
        resolved: day % 4 === 0 ? true : undefined,
        category: negative ? ConsumerCycleCategory.NEGATIVE : day % 5 === 0 ? ConsumerCycleCategory.PRODUCT_REQUEST : ConsumerCycleCategory.SUPPORT,
        situationId: negative ? blocked.id : alerts.id,
        sentiment: negative ? Sentiment.NEGATIVE : index === 0 ? Sentiment.POSITIVE : undefined,
        representativeUserId: world.userIds.representative,
      });
    }
  }
  return { blocked: blocked.title };
}

/** Whether a chart's canvas, once echarts has finished drawing it, has anything on it (not one flat colour). */
async function canvasIsDrawn(page: Page, testId: string): Promise<boolean> {
  await page.locator(`[data-testid="${testId}"][data-drawn="true"]`).waitFor();
  const canvas = page.getByTestId(testId).locator('canvas').first();
  return canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context || !element.width || !element.height) return false;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    const colours = new Set<number>();
    for (let index = 0; index < data.length && colours.size < 20; index += 4 * 97) colours.add((data[index] << 16) | (data[index + 1] << 8) | data[index + 2] | (data[index + 3] << 24));
    return colours.size >= 5;
  });
}

describe('the dashboards per role', () => {
  it('a PR specialist sees KPI plan vs fact, the period’s case charts with their tables, the review queue, and downloads the infographic', async () => {
    const world = await makeCrmWorld(app, { name: 'Форум Drive2', kpiCeilings: [{ metric: KpiMetric.VIEWS, value: 2500, period: KpiPeriod.MONTH }] });
    await makeBriefInForce(app.dataSource, world.client, {
      kpiTargets: [
        { key: 'answers', metric: KpiMetric.QUESTIONS_ANSWERED, target: 40, period: KpiPeriod.MONTH, platformId: world.platform.id, isPriority: true },
        { key: 'views', metric: KpiMetric.VIEWS, target: 5000, period: KpiPeriod.MONTH, platformId: world.platform.id, isPriority: false },
      ],
    });
    const { blocked } = await makeMonthOfCases(world);
    const created = await app.gql('mutation($input: CreateReportInput) { createReport(input: $input) { id version } }', { input: { platformId: world.platform.id } }, world.representative);
    expect(created.errors).toBeUndefined();
    const submitted = await app.gql('mutation($id: ID!, $version: Int!) { submitReport(id: $id, version: $version) { status } }', created.data!.createReport, world.representative);
    expect(submitted.errors).toBeUndefined();
    const pr = await app.dataSource.getRepository(User).findOneByOrFail({ id: world.userIds.pr });

    const page = browser.page();
    await signIn(page, app.baseUrl(), pr.email, FACTORY_PASSWORD);
    await page.getByTestId('case-dashboard').waitFor();
    await page.getByTestId('pr-dashboard').waitFor();
    await page.getByTestId('reports-awaiting-review-count').getByText('1', { exact: true }).waitFor();
    await page.getByText('Этот месяц').waitFor();
    expect(await canvasIsDrawn(page, 'chart-canvas-kpi')).toBe(true);
    expect(await canvasIsDrawn(page, 'chart-canvas-cases-over-time')).toBe(true);

    await page.getByTestId('period-picker').getByRole('combobox').click();
    await page.getByRole('option', { name: 'Последние 30 дней' }).click();
    for (const chart of ['cases-over-time', 'first-response', 'categories', 'situations']) expect(await canvasIsDrawn(page, `chart-canvas-${chart}`)).toBe(true);
    await page.getByTestId('sla-share').getByText('В срок:', { exact: false }).waitFor();

    // The table behind a chart: the situations, with their counts.
    await page.getByTestId('chart-situations-table-toggle').click();
    await page.getByTestId('chart-situations').getByRole('link', { name: blocked }).waitFor();
    await page.getByTestId('chart-situations').getByRole('button', { name: 'График' }).click();
    await page.getByTestId('chart-canvas-situations').waitFor();

    const downloading = page.waitForEvent('download');
    await page.getByTestId('infographic').click();
    await page.getByTestId('infographic-PNG').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/\.png$/);

    await page.getByTestId('reports-awaiting-review').getByRole('link').click();
    await page.waitForURL(/#\/reports/);
    await page.goBack();
    await page.getByTestId('pr-dashboard').waitFor();
    // The period picked survives the trip to the reports and back.
    await page.getByText('Последние 30 дней').waitFor();
    for (const chart of ['kpi', 'cases-over-time', 'first-response', 'categories', 'situations']) expect(await canvasIsDrawn(page, `chart-canvas-${chart}`)).toBe(true);
    const file = await screenshot(page, 'pr-dashboard');
    expect(fs.statSync(file).size).toBeGreaterThan(50_000);
  }, 120_000);

  it('a representative sees their own KPIs, queue and report; a responsible person their open questions and answer times', async () => {
    const world = await makeCrmWorld(app, { name: 'Форум Drive2' });
    await makeBriefInForce(app.dataSource, world.client, {
      kpiTargets: [{ key: 'answers', metric: KpiMetric.QUESTIONS_ANSWERED, target: 40, period: KpiPeriod.MONTH, platformId: world.platform.id, isPriority: true }],
    });
    await makeMonthOfCases(world);
    const open = await makeAnalyticsCase(app.dataSource, world.client, { platform: world.platform, requestedAt: minutesAgo(600), deadlineAt: minutesAgo(60), representativeUserId: world.userIds.representative });
    const created = await app.gql('mutation($input: CreateReportInput) { createReport(input: $input) { id version } }', { input: { platformId: world.platform.id } }, world.representative);
    expect(created.errors).toBeUndefined();
    await makeEscalation(app.dataSource, open, { assigneeUserId: world.userIds.responsible, assigneeName: 'Главный инженер', dueAt: minutesAgo(30) });
    const answeredCase = await makeAnalyticsCase(app.dataSource, world.client, { platform: world.platform, requestedAt: minutesAgo(400) });
    await makeEscalation(app.dataSource, answeredCase, {
      assigneeUserId: world.userIds.responsible,
      status: EscalationStatus.ANSWERED,
      createdAt: minutesAgo(300),
      answeredAt: minutesAgo(180),
      answeredById: world.userIds.responsible,
      answer: 'Да, гарантия сохраняется.',
      dueAt: minutesAgo(60),
    });
    const [representative, responsible] = await Promise.all(
      [world.userIds.representative, world.userIds.responsible].map((id) => app.dataSource.getRepository(User).findOneByOrFail({ id })),
    );

    const page = browser.page();
    await signInAfresh(page, app.baseUrl(), representative.email, FACTORY_PASSWORD, 'representative-dashboard');
    await page.getByTestId('my-queue-open').getByText('1', { exact: true }).waitFor();
    await page.getByTestId('my-queue-overdue').getByText('1', { exact: true }).waitFor();
    await page.getByTestId('my-report-status').getByText('Черновик').waitFor();
    expect(await canvasIsDrawn(page, 'chart-canvas-kpi')).toBe(true);
    await screenshot(page, 'representative-dashboard');

    await signInAfresh(page, app.baseUrl(), responsible.email, FACTORY_PASSWORD, 'responsible-dashboard');
    await page.getByTestId('open-questions-count').getByText('1', { exact: true }).waitFor();
    await page.getByTestId('overdue-questions-count').getByText('1', { exact: true }).waitFor();
    await page.getByTestId('answer-average').getByText('2 ч').waitFor();
    expect(await canvasIsDrawn(page, 'chart-canvas-answer-times')).toBe(true);
    await screenshot(page, 'responsible-dashboard');
  }, 120_000);
});
