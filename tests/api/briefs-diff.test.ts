import { makePlatform } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { briefOperations, sampleSections } from '../helpers/briefs';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();
const briefs = briefOperations(app);

const DIFF = `query($from: ID!, $to: ID!) { briefDiff(from: $from, to: $to) {
  from { number } to { number } hasChanges title { field old new }
  sections { section reordered unchanged added { key label item } removed { key label item } changed { key label fields { field old new } } }
} }`;

type SectionDiff = { section: string; added: { key: string; label: string }[]; removed: { key: string; label: string }[]; changed: { key: string; label: string; fields: unknown[] }[]; reordered: boolean; unchanged: number };

describe('the diff of two brief versions', () => {
  it('pairs items by key and reports, section by section, what was added, removed and changed field by field', async () => {
    const world = await makeClientWorld(app.dataSource);
    const forum = await makePlatform(app.dataSource, world.client, { name: 'Форум «Колёса»' });
    const before = await briefs.putInForce(world.pr, {
      title: 'ТЗ v1',
      postingRules: [{ platformId: forum.id, maxPostsPerDay: 3, maxPostsPerWeek: 10, allowedPostKinds: ['ANSWER'] }, { platformKind: 'BLOG', allowedPostKinds: ['NEWS'] }],
      topics: [
        { key: 'credit', name: 'Кредит', policy: 'ALLOWED', keywords: ['кредит'] },
        { key: 'politics', name: 'Политика', policy: 'FORBIDDEN' },
        { key: 'stock', name: 'Наличие', policy: 'ALLOWED' },
      ],
      contentRules: [{ kind: 'BRAND_SPELLING', text: 'Автолидер', variants: ['Авто-Лидер'] }],
      responseDeadlines: [{ platformKind: 'FORUM', hours: 24 }],
      standardSituations: [{ name: 'Конфликт', behaviour: 'В личные сообщения', moveToPrivate: true }],
      responsiblePeople: [{ name: 'Юрист', position: 'Юрист', topicKeys: ['credit'], contact: 'a@example.test', answerWithinHours: 24 }],
      kpiTargets: [{ metric: 'VIEWS', target: 3227, period: 'MONTH' }],
    });
    const draft = await briefs.createDraft(world.pr, { copyFromVersionId: before.id });
    const after = await briefs.save(world.pr, draft, {
      title: 'ТЗ v2',
      postingRules: [{ ...draft.postingRules[0], maxPostsPerDay: 5, allowedPostKinds: ['ANSWER', 'NEWS'] }, draft.postingRules[1]],
      topics: [draft.topics[2], { ...draft.topics[0], keywords: ['кредит', 'рассрочка'] }, { name: 'Судебные иски', policy: 'FORBIDDEN', keywords: ['суд'] }],
      contentRules: [],
      responseDeadlines: [{ ...draft.responseDeadlines[0], hours: 12 }],
      standardSituations: draft.standardSituations,
      responsiblePeople: [{ ...draft.responsiblePeople[0], topicKeys: ['credit', 'sudebnye-iski'] }],
      kpiTargets: [...draft.kpiTargets, { metric: 'SITE_VISITS', target: 100, period: 'MONTH' }],
    });

    const result = await app.gql(DIFF, { from: before.id, to: after.id }, world.pr);
    expect(result.errors).toBeUndefined();
    const diff = result.data!.briefDiff;
    expect(diff).toMatchObject({ from: { number: 1 }, to: { number: 2 }, hasChanges: true, title: { field: 'title', old: 'ТЗ v1', new: 'ТЗ v2' } });
    const section = (name: string): SectionDiff => diff.sections.find((entry: SectionDiff) => entry.section === name);
    expect(diff.sections.map((entry: SectionDiff) => entry.section)).toEqual([
      'postingRules', 'topics', 'contentRules', 'responseDeadlines', 'standardSituations', 'responsiblePeople', 'kpiTargets',
    ]);

    expect(section('postingRules')).toMatchObject({
      added: [], removed: [], unchanged: 1, reordered: false,
      changed: [{ key: 'forum-kolesa', label: 'Форум «Колёса»', fields: [{ field: 'maxPostsPerDay', old: 3, new: 5 }, { field: 'allowedPostKinds', old: ['ANSWER'], new: ['ANSWER', 'NEWS'] }] }],
    });
    expect(section('topics')).toMatchObject({
      added: [{ key: 'sudebnye-iski', label: 'Судебные иски', item: { policy: 'FORBIDDEN', keywords: ['суд'] } }],
      removed: [{ key: 'politics', label: 'Политика' }],
      changed: [{ key: 'credit', label: 'Кредит', fields: [{ field: 'keywords', old: ['кредит'], new: ['кредит', 'рассрочка'] }] }],
      unchanged: 1,
      reordered: true,
    });
    expect(section('contentRules')).toMatchObject({ added: [], removed: [{ key: 'avtolider', label: 'Автолидер' }], changed: [], unchanged: 0 });
    expect(section('responseDeadlines')).toMatchObject({ changed: [{ key: 'forum-any-category', label: 'форумы — любые обращения', fields: [{ field: 'hours', old: 24, new: 12 }] }] });
    expect(section('standardSituations')).toMatchObject({ added: [], removed: [], changed: [], unchanged: 1, reordered: false });
    expect(section('responsiblePeople')).toMatchObject({ changed: [{ key: 'yurist', fields: [{ field: 'topicKeys', old: ['credit'], new: ['credit', 'sudebnye-iski'] }] }] });
    expect(section('kpiTargets')).toMatchObject({ added: [{ key: 'site-visits-month', label: 'Переходы на сайт в месяц' }], removed: [], changed: [], unchanged: 1 });

    const backwards = (await app.gql(DIFF, { from: after.id, to: before.id }, world.pr)).data!.briefDiff;
    const backwardsTopics = backwards.sections.find((entry: SectionDiff) => entry.section === 'topics');
    expect(backwardsTopics.added.map((item: { key: string }) => item.key)).toEqual(['politics']);
    expect(backwardsTopics.removed.map((item: { key: string }) => item.key)).toEqual(['sudebnye-iski']);
  });

  it('a copy nobody edited differs in nothing', async () => {
    const world = await makeClientWorld(app.dataSource);
    const version = await briefs.putInForce(world.pr, sampleSections());
    const copy = await briefs.createDraft(world.pr, { copyFromVersionId: version.id });
    const diff = (await app.gql(DIFF, { from: version.id, to: copy.id }, world.pr)).data!.briefDiff;
    expect(diff.hasChanges).toBe(false);
    expect(diff.title).toBeNull();
    expect(diff.sections.every((entry: SectionDiff) => entry.added.length + entry.removed.length + entry.changed.length === 0 && !entry.reordered)).toBe(true);
  });

  it('names a version that does not exist', async () => {
    const world = await makeClientWorld(app.dataSource);
    const version = await briefs.putInForce(world.pr, sampleSections());
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(errorOf(await app.gql(DIFF, { from: version.id, to: missing }, world.pr), 'NOT_FOUND').message).toBe(`BriefVersion ${missing} was not found.`);
  });
});
