import { CaseStory } from '../../api/modules/case-stories/case-story.entity';
import { Case } from '../../api/modules/cases/case.entity';
import { Escalation, EscalationStatus } from '../../api/modules/escalations/escalation.entity';
import { OfficialAccount } from '../../api/modules/representatives/official-account.entity';
import { Client } from '../../api/modules/clients/client.entity';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { useTestApp } from '../helpers/app';

// A database of its own: the demo data must not leak into other tests' expectations.
const app = useTestApp({ ownDatabase: true });

describe('the social-CRM demo data', () => {
  it('gives both clients official accounts, Russian cases in every state and an open escalation for the demo responsible person', async () => {
    await seedDemoData(app.dataSource);
    const dealer = await app.dataSource.getRepository(Client).findOneByOrFail({ slug: 'autolider' });
    const dealerCases = await app.dataSource.getRepository(Case).find({ where: { clientId: dealer.id }, relations: { mention: true } });
    const statuses = dealerCases.map((caseRow) => caseRow.status).sort();
    // Classified as ingest classifies: every post has a category, and the case starts from the mention's suggestion.
    expect(dealerCases.every((caseRow) => caseRow.category !== null && caseRow.mention!.category === caseRow.category)).toBe(true);
    expect(dealerCases.filter((caseRow) => caseRow.situationId !== null && caseRow.situationId === caseRow.mention!.situationId).length).toBeGreaterThanOrEqual(dealerCases.length - 1);
    expect(new Set(statuses)).toEqual(new Set(['NEW', 'IN_PROGRESS', 'ANSWERED', 'MOVED_TO_PRIVATE', 'RESOLVED', 'CLOSED']));
    expect(await app.dataSource.getRepository(OfficialAccount).countBy({ clientId: dealer.id })).toBe(3);
    expect(await app.dataSource.getRepository(CaseStory).countBy({ clientId: dealer.id })).toBe(1);
    expect(await app.dataSource.getRepository(Escalation).countBy({ clientId: dealer.id, status: EscalationStatus.OPEN })).toBe(1);
    expect((await seedDemoData(app.dataSource)).created).toBe(0);

    const { data } = await app.gql('mutation { login(email: "responsible@repbase.demo", password: "' + DEMO_PASSWORD + '") { token } }');
    const questions = await app.gql('{ myQuestions { question case { mention { text } } } }', {}, { token: data!.login.token, client: 'autolider' });
    expect(questions.data!.myQuestions).toHaveLength(1);
    expect(questions.data!.myQuestions[0].case.mention.text).toContain('Третью неделю жду запчасть');

    const story = await app.dataSource.getRepository(CaseStory).findOneByOrFail({ clientId: dealer.id });
    expect(story.text.length).toBeGreaterThanOrEqual(1500);
    expect(story.text.length).toBeLessThanOrEqual(2500);
  });
});
