import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { Escalation } from '../../api/modules/escalations/escalation.entity';
import { User } from '../../api/modules/users/user.entity';
import { FACTORY_PASSWORD, makeBriefInForce, makeCase } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';
import { makeCrmWorld } from '../helpers/crm';

const app = useTestApp();
const browser = useBrowser();

describe('the bell', () => {
  it("the responsible person's bell shows the new question; it leads to \"my questions\", where the question is handed back to the PR specialists", async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, {
      topics: [{ key: 'warranty', name: 'Гарантия', policy: TopicPolicy.ALLOWED, keywords: ['гаранти'], note: null }],
      responsiblePeople: [
        { key: 'service-head', name: 'Олег Кузнецов', position: 'руководитель сервиса', topicKeys: ['warranty'], contact: 'service@example.test', answerWithinHours: 24, userId: world.userIds.responsible },
      ],
    });
    const caseRow = await makeCase(app.dataSource, world.client, { platform: world.platform, text: 'Покроет ли гарантия замену компрессора?' });
    const escalated = await app.gql(
      'mutation($id: ID!) { escalateCase(caseId: $id, input: { question: "Компрессор кондиционера на гарантии?" }) { id } }',
      { id: caseRow.id },
      world.representative,
    );
    expect(escalated.errors).toBeUndefined();

    const responsible = await app.dataSource.getRepository(User).findOneByOrFail({ id: world.userIds.responsible });
    const page = browser.page();
    await signIn(page, app.baseUrl(), responsible.email, FACTORY_PASSWORD);
    await page.getByTestId('current-client').waitFor();
    await page.getByTestId('notification-count').getByText('1').waitFor();
    await page.getByTestId('notification-bell').click();
    const item = page.getByTestId('notification-item').first();
    await item.getByText('Новый вопрос по теме «Гарантия»').waitFor();
    await screenshot(page, 'admin-notification-bell');
    await item.click();
    await page.waitForURL(/#\/my-questions/);
    const question = page.getByTestId('question').first();
    await question.getByText('Компрессор кондиционера на гарантии?').waitFor();

    await question.getByTestId('hand-over').click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Комментарий: почему передаёте' }).fill('Это решение PR, не сервиса');
    await page.getByRole('dialog').getByRole('button', { name: 'Передать' }).click();
    await page.getByText('Вопрос передан').waitFor();
    const handed = await app.dataSource.getRepository(Escalation).findOneByOrFail({ id: escalated.data!.escalateCase.id });
    expect(handed).toMatchObject({ assigneeName: 'PR-специалист', assigneeUserId: null });
    expect(browser.consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
  }, 90_000);
});
