import { ReplyRevision } from '../../api/modules/argument-base/reply-revision.entity';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { ContentRuleKind } from '../../api/modules/briefs/brief-content';
import { Reaction } from '../../api/modules/cases/reaction.entity';
import { User } from '../../api/modules/users/user.entity';
import { FACTORY_PASSWORD, makeBriefInForce, makeCase, makeReply, makeSituation } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, signInAfresh, useBrowser } from '../helpers/browser';
import { makeCrmWorld } from '../helpers/crm';

const app = useTestApp();
const browser = useBrowser();

const FORBIDDEN = 'это не наша проблема';

describe('the approved words in the flow', () => {
  it('the PR specialist sees the breach before approving and must say why; the representative sees it in the post dialog', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, {
      contentRules: [{ key: 'not-ours', kind: ContentRuleKind.FORBIDDEN_PHRASE, text: FORBIDDEN, variants: [], note: null }],
    });
    const situation = await makeSituation(app.dataSource, world.client, { title: 'Шум в салоне' });
    const reply = await makeReply(app.dataSource, situation, { status: ReplyStatus.DRAFT, text: `Здравствуйте! Увы, ${FORBIDDEN}.` });
    const users = app.dataSource.getRepository(User);
    const pr = await users.findOneByOrFail({ id: world.userIds.pr });

    const page = browser.page();
    await signIn(page, app.baseUrl(), pr.email, FACTORY_PASSWORD);
    await page.getByTestId('current-client').waitFor();
    await page.goto(`${app.baseUrl()}/admin/#/situations/${situation.id}/show`);
    await page.getByTestId(`approve-${reply.id}`).click();
    const dialog = page.getByTestId('approve-reply-dialog');
    await dialog.getByTestId('reply-breach').getByText(`Запрещённая фраза: «${FORBIDDEN}»`).waitFor();
    expect(await dialog.getByTestId('confirm-approve').isDisabled()).toBe(true);
    await dialog.getByTestId('override-reason').fill('Согласовано с юристами для этого случая');
    await dialog.getByTestId('confirm-approve').click();
    await page.getByText('Ответ утверждён').waitFor();
    await screenshot(page, 'admin-approve-with-reason');
    expect(await app.dataSource.getRepository(ReplyRevision).findOneByOrFail({ replyId: reply.id, revision: 1 })).toMatchObject({
      approvalOverrideReason: 'Согласовано с юристами для этого случая',
    });

    const caseRow = await makeCase(app.dataSource, world.client, { platform: world.platform, text: 'В салоне что-то гремит' });
    const representative = await users.findOneByOrFail({ id: world.userIds.representative });
    await page.context().clearCookies();
    await signInAfresh(page, app.baseUrl(), representative.email, FACTORY_PASSWORD);
    await page.goto(`${app.baseUrl()}/admin/#/cases/${caseRow.id}/show`);
    await page.getByRole('button', { name: 'Отметить ответ' }).click();
    const post = page.getByTestId('reaction-dialog');
    await post.getByRole('textbox', { name: 'Опубликованный текст' }).fill(`Честно скажу: ${FORBIDDEN}.`);
    await post.getByTestId('reply-breach').waitFor();
    expect(await post.getByRole('button', { name: 'Сохранить' }).isDisabled()).toBe(true);
    await post.getByRole('textbox', { name: 'Опубликованный текст' }).fill('Здравствуйте! Напишите нам в личные сообщения, разберёмся.');
    await post.getByText('Нарушений ТЗ не найдено').waitFor();
    await post.getByRole('button', { name: 'Сохранить' }).click();
    await post.waitFor({ state: 'hidden' });
    expect(await app.dataSource.getRepository(Reaction).findOneByOrFail({ caseId: caseRow.id })).toMatchObject({ checkFindings: [], overrideReason: null });
    expect(browser.consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
  }, 90_000);
});
