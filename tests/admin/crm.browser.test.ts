import fs from 'node:fs';
import { Escalation, EscalationStatus } from '../../api/modules/escalations/escalation.entity';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { User } from '../../api/modules/users/user.entity';
import { FACTORY_PASSWORD, makeBriefInForce, makeCase } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, signInAfresh, useBrowser } from '../helpers/browser';
import { makeCrmWorld } from '../helpers/crm';

const app = useTestApp();
const browser = useBrowser();

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

describe('the social-CRM screens', () => {
  it('a representative works the case queue and its overdue queue; the responsible person answers "my questions"', async () => {
    const world = await makeCrmWorld(app, { name: 'Форум «Клуб владельцев Chery Tiggo»' });
    await makeBriefInForce(app.dataSource, world.client, {
      topics: [{ key: 'warranty', name: 'Гарантия', policy: TopicPolicy.ALLOWED, keywords: ['гаранти'], note: null }],
      responsiblePeople: [
        { key: 'service-head', name: 'Олег Кузнецов', position: 'руководитель сервиса', topicKeys: ['warranty'], contact: 'service@example.test', answerWithinHours: 24, userId: world.userIds.responsible },
      ],
    });
    const overdueText = 'Третью неделю жду запчасть по гарантии, менеджер не перезванивает!';
    const answeredText = 'Подскажите, сколько стоит первое ТО на Tiggo 7 Pro?';
    const overdue = await makeCase(app.dataSource, world.client, { platform: world.platform, text: overdueText, authorName: 'Андрей', requestedAt: hoursAgo(30), deadlineAt: hoursAgo(6) });
    await makeCase(app.dataSource, world.client, { platform: world.platform, text: answeredText, requestedAt: hoursAgo(10), status: CaseStatus.ANSWERED, firstResponseAt: hoursAgo(8) });
    const escalated = await app.gql(
      'mutation($id: ID!) { escalateCase(caseId: $id, input: { question: "Покрывает ли гарантия ожидание запчасти больше двух недель?" }) { id } }',
      { id: overdue.id },
      world.representative,
    );
    expect(escalated.errors).toBeUndefined();
    const users = app.dataSource.getRepository(User);
    const representative = await users.findOneByOrFail({ id: world.userIds.representative });
    const responsible = await users.findOneByOrFail({ id: world.userIds.responsible });

    const page = browser.page();
    await signIn(page, app.baseUrl(), representative.email, FACTORY_PASSWORD);
    await page.getByTestId('case-dashboard').waitFor();
    await page.goto(`${app.baseUrl()}/admin/#/cases`);
    await page.getByText(answeredText).waitFor();
    await page.getByText(overdueText).waitFor();
    await page.goto(`${app.baseUrl()}/admin/#/cases?filter=${encodeURIComponent(JSON.stringify({ overdue: true }))}`);
    await page.getByTestId('overdue').first().waitFor();
    await page.getByText(overdueText).waitFor();
    // The list keeps showing the previous rows while the filtered ones load: wait for them to go.
    await page.getByText(answeredText).waitFor({ state: 'detached' });
    expect(await page.getByText(answeredText).count()).toBe(0);
    const queue = await screenshot(page, 'crm-case-queue');
    expect(fs.statSync(queue).size).toBeGreaterThan(10_000);

    await page.getByText(overdueText).click();
    await page.getByTestId('author-card').getByText('Андрей').waitFor();
    await page.getByText('Нет утверждённого ответа', { exact: false }).or(page.getByText('Олег Кузнецов, руководитель сервиса')).first().waitFor();
    await screenshot(page, 'crm-case-page');

    await signInAfresh(page, app.baseUrl(), responsible.email, FACTORY_PASSWORD, 'case-dashboard');
    await page.goto(`${app.baseUrl()}/admin/#/my-questions`);
    const question = page.getByTestId('question');
    await question.getByText('Покрывает ли гарантия ожидание запчасти больше двух недель?').waitFor();
    await question.getByText(overdueText, { exact: false }).waitFor();
    await question.getByLabel('Ваш ответ').fill('Да: если запчасть ждут дольше 14 дней, предоставляем подменный автомобиль и продлеваем гарантию на срок ожидания.');
    await question.getByRole('button', { name: 'Отправить ответ' }).click();
    await page.getByText('Ответ отправлен').waitFor();
    // Answered, it leaves the questions waiting for an answer, and reads as sent, by whom and when, with nothing left to edit.
    await question.waitFor({ state: 'detached' });
    await page.getByText('Вопросов для вас нет.').waitFor();
    await page.reload();
    await page.getByText('Вопросов для вас нет.').waitFor();
    await page.getByTestId('questions-filter').getByRole('button', { name: 'Отвеченные' }).click();
    await question.getByText('Есть ответ').waitFor();
    await question.getByTestId('answered').getByText('Да: если запчасть ждут дольше 14 дней', { exact: false }).waitFor();
    await question.getByText(`Ответил(а) ${responsible.name}`, { exact: false }).waitFor();
    expect(await question.getByRole('textbox').count()).toBe(0);
    expect(await question.getByRole('button', { name: 'Отправить ответ' }).count()).toBe(0);
    const answered = await screenshot(page, 'crm-my-questions');
    expect(fs.statSync(answered).size).toBeGreaterThan(10_000);

    const stored = await app.dataSource.getRepository(Escalation).findOneByOrFail({ id: escalated.data!.escalateCase.id });
    expect(stored).toMatchObject({ status: EscalationStatus.ANSWERED, answeredById: responsible.id });
    expect(browser.consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
  }, 90_000);
});
