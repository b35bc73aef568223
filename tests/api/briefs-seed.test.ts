import { DEMO_ARGUMENT_BASE } from '../../seeds/demo-argument-base-csv';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { BriefStatus, BriefVersion } from '../../api/modules/briefs/brief-version.entity';
import { Client } from '../../api/modules/clients/client.entity';
import { KpiMetric } from '../../api/modules/kpis/kpi-metric';
import { Membership } from '../../api/modules/users/membership.entity';
import { Role } from '../../api/modules/users/role';
import { User } from '../../api/modules/users/user.entity';
import { DEMO_PASSWORD } from '../../seeds/demo-people';
import { seedDemoData } from '../../seeds/demo';
import { useTestApp } from '../helpers/app';

// The demo data must not leak into other files' expectations.
const app = useTestApp({ ownDatabase: true });

const argumentBase: { client: string; topic: string }[] = parse(fs.readFileSync(DEMO_ARGUMENT_BASE, 'utf8'), { columns: true });

async function versionsOf(slug: string): Promise<BriefVersion[]> {
  const client = await app.dataSource.getRepository(Client).findOneByOrFail({ slug });
  return app.dataSource.getRepository(BriefVersion).find({ where: { clientId: client.id }, order: { number: 'ASC' } });
}

describe('the demo briefs', () => {
  beforeAll(() => seedDemoData(app.dataSource));

  it.each(['autolider', 'bank-severny'])('%s has a brief in force whose topics cover every topic of its argument base', async (slug) => {
    const [inForce] = await versionsOf(slug);
    expect(inForce.status).toBe(BriefStatus.APPROVED);
    const topicKeys = inForce.content.topics.map((topic) => topic.key);
    const argumentTopics = new Set(argumentBase.filter((row) => row.client === slug).map((row) => row.topic));
    expect(argumentTopics.size).toBeGreaterThan(5);
    expect([...argumentTopics].filter((topic) => !topicKeys.includes(topic))).toEqual([]);
    const policies = new Set(inForce.content.topics.map((topic) => topic.policy));
    expect(policies).toEqual(new Set([TopicPolicy.ALLOWED, TopicPolicy.FORBIDDEN, TopicPolicy.NO_COMMENT]));
    for (const section of ['postingRules', 'contentRules', 'responseDeadlines', 'standardSituations', 'responsiblePeople', 'kpiTargets'] as const) {
      expect([section, inForce.content[section].length > 0]).toEqual([section, true]);
    }
  });

  it('links the responsible people with accounts to the demo RESPONSIBLE users of their client', async () => {
    for (const [slug, email] of [['autolider', 'responsible@repbase.demo'], ['bank-severny', 'lawyer@repbase.demo']]) {
      const [inForce] = await versionsOf(slug);
      const user = await app.dataSource.getRepository(User).findOneByOrFail({ email });
      const linked = inForce.content.responsiblePeople.filter((person) => person.userId);
      expect(linked.map((person) => person.userId)).toEqual([user.id]);
      expect(await app.dataSource.getRepository(Membership).existsBy({ userId: user.id, clientId: inForce.clientId, role: Role.RESPONSIBLE })).toBe(true);
    }
  });

  it("the car dealer's brief has the four responsible roles and the targets of the sources' report", async () => {
    const [inForce] = await versionsOf('autolider');
    expect(inForce.content.responsiblePeople.map((person) => person.position)).toEqual(['Коммерческий директор', 'Юрист', 'Руководитель сервиса', 'Маркетолог']);
    const monthly = Object.fromEntries(inForce.content.kpiTargets.filter((target) => !target.platformId).map((target) => [target.metric, target.target]));
    expect(monthly).toEqual({
      [KpiMetric.VIEWS]: 3227,
      [KpiMetric.SITE_VISITS]: 100,
      [KpiMetric.NEWS_POSTED]: 12,
      [KpiMetric.QUESTIONS_ANSWERED]: 20,
      [KpiMetric.PROBLEMS_SOLVED]: 2,
      [KpiMetric.POSITIVE_REVIEWS]: 2,
      [KpiMetric.THREAD_MESSAGES]: 154,
      [KpiMetric.PROMO_USES]: 0,
      [KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS]: 24,
    });
    expect(inForce.content.contentRules.find((rule) => rule.kind === 'BRAND_SPELLING')).toMatchObject({ text: 'Автолидер', variants: expect.arrayContaining(['Авто-Лидер', 'АвтоЛидер']) });
  });

  it("the bank's version 2 waits for review beside version 1, and the demo PR specialist sees what it changes", async () => {
    const [first, second] = await versionsOf('bank-severny');
    expect(second).toMatchObject({ status: BriefStatus.IN_REVIEW, basedOnVersionId: first.id, replacesVersionId: first.id });
    // The history reads in order: written, approved, then the next version written and submitted.
    const moments = [first.createdAt, first.approvedAt!, second.createdAt, second.submittedAt!].map((date) => date.getTime());
    expect(moments).toEqual([...moments].sort((left, right) => left - right));
    const login = await app.gql('mutation($password: String!) { login(email: "pr@repbase.demo", password: $password) { token } }', { password: DEMO_PASSWORD });
    const as = { token: login.data!.login.token, client: 'bank-severny' };
    const diff = await app.gql('query($from: ID!, $to: ID!) { briefDiff(from: $from, to: $to) { sections { section added { key } } } }', { from: first.id, to: second.id }, as);
    expect(diff.data!.briefDiff.sections.find((section: { section: string }) => section.section === 'topics').added).toEqual([{ key: 'cashback' }]);
  });

  it('seeding again leaves the briefs as they are', async () => {
    const before = await app.dataSource.getRepository(BriefVersion).count();
    expect((await seedDemoData(app.dataSource)).created).toBe(0);
    expect(await app.dataSource.getRepository(BriefVersion).count()).toBe(before);
  });
});
