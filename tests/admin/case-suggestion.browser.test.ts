import fs from 'node:fs';
import { ExampleSource, SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { Case } from '../../api/modules/cases/case.entity';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import { User } from '../../api/modules/users/user.entity';
import { FACTORY_PASSWORD, makeBriefInForce, unique } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';
import { makeCrmWorld } from '../helpers/crm';
import { dealerBrief, makeDealerBase } from '../helpers/dealer-base';

const app = useTestApp();
const browser = useBrowser();

describe('the case page suggests from the argument base', () => {
  it("shows the matcher's situations with replies greeting the author and the brief's guidance; the representative picks another situation", async () => {
    const world = await makeCrmWorld(app, { kind: PlatformKind.FORUM, name: 'Форум «Клуб владельцев Chery Tiggo»' });
    const base = await makeDealerBase(app.dataSource, world.client);
    await makeBriefInForce(app.dataSource, world.client, dealerBrief(world.userIds.responsible));
    const text = 'Сколько стоит первое ТО и можно ли записаться на субботу? Машину брал по трейд-ин.';
    const ingested = await app.gql(
      'mutation($input: [MentionInput!]!) { ingestMentions(input: $input) { mentions { caseId } } }',
      { input: [{ platformId: world.platform.id, externalId: unique('post'), authorHandle: 'tiggo_max', authorName: 'Максим', text, postedAt: new Date(Date.now() - 3600_000).toISOString() }] },
      world.key,
    );
    const caseId = ingested.data!.ingestMentions.mentions[0].caseId;
    expect((await app.dataSource.getRepository(Case).findOneByOrFail({ id: caseId })).situationId).toBe(base.firstService.situation.id);
    const representative = await app.dataSource.getRepository(User).findOneByOrFail({ id: world.userIds.representative });

    const page = browser.page();
    await signIn(page, app.baseUrl(), representative.email, FACTORY_PASSWORD);
    await page.getByTestId('case-dashboard').waitFor();
    await page.goto(`${app.baseUrl()}/admin/#/cases/${caseId}/show`);
    const suggestion = page.getByTestId('case-suggestion');
    const first = suggestion.getByTestId('suggested-situation').first();
    await first.getByText('Стоимость и запись на первое ТО').waitFor();
    await first.getByText('ситуация обращения').waitFor();
    await first.getByText('Максим, здравствуйте! Первое ТО стоит', { exact: false }).waitFor();
    await suggestion.getByTestId('guidance').getByText('Олег Кузнецов', { exact: false }).waitFor();
    await suggestion.getByTestId('deadline').waitFor();
    const shot = await screenshot(page, 'crm-case-suggestion');
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);

    await suggestion.getByLabel('Другая ситуация').fill('Трейд');
    await page.getByRole('option', { name: 'Трейд-ин старого автомобиля' }).click();
    await suggestion.getByRole('button', { name: 'Выбрать' }).click();
    await page.getByText('Ситуация выбрана', { exact: false }).waitFor();
    await page.getByText('Ситуация: Трейд-ин старого автомобиля').waitFor();

    expect((await app.dataSource.getRepository(Case).findOneByOrFail({ id: caseId })).situationId).toBe(base.tradeIn.situation.id);
    expect(await app.dataSource.getRepository(SituationExample).findBy({ caseId, source: ExampleSource.CONFIRMED })).toMatchObject([{ situationId: base.tradeIn.situation.id, text }]);
    expect(browser.consoleErrors.filter((message) => !/favicon/.test(message))).toEqual([]);
  }, 90_000);
});
