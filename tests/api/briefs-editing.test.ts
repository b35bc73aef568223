import { BriefVersion } from '../../api/modules/briefs/brief-version.entity';
import { Role } from '../../api/modules/users/role';
import { makePlatform, makeUser } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { briefOperations, UPDATE_DRAFT, sampleSections } from '../helpers/briefs';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();
const briefs = briefOperations(app);

describe('editing a draft brief', () => {
  it('gives items without a key one made from their name, unique within the section, and copies keep them', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client, { name: 'Форум «Клуб Tiggo»' });
    const draft = await briefs.createDraft(world.pr);
    const saved = await briefs.save(world.pr, draft, {
      postingRules: [{ platformId: platform.id, allowedPostKinds: ['ANSWER'] }, { allowedPostKinds: ['ANSWER'] }],
      topics: [
        { name: 'Кредит и рассрочка', policy: 'ALLOWED' },
        { key: 'kredit-i-rassrochka-2', name: 'Что-то своё', policy: 'ALLOWED' },
        { name: 'Кредит и рассрочка!', policy: 'FORBIDDEN' },
        { name: 'Trade-in: оценка', policy: 'ALLOWED' },
      ],
      contentRules: [{ kind: 'STYLE', text: 'Пишем на «вы»' }],
      responseDeadlines: [{ platformKind: 'REVIEW_SITE', category: 'NEGATIVE', hours: 8 }, { hours: 24 }],
      kpiTargets: [{ metric: 'AVERAGE_FIRST_RESPONSE_HOURS', target: 24, period: 'MONTH' }, { metric: 'VIEWS', target: 4000, period: 'MONTH', platformId: platform.id }],
    });
    expect(saved.postingRules.map((rule: { key: string }) => rule.key)).toEqual(['forum-klub-tiggo', 'all-platforms']);
    expect(saved.topics.map((topic: { key: string }) => topic.key)).toEqual(['kredit-i-rassrochka', 'kredit-i-rassrochka-2', 'kredit-i-rassrochka-3', 'trade-in-otsenka']);
    expect(saved.contentRules[0].key).toBe('pishem-na-vy');
    expect(saved.responseDeadlines.map((deadline: { key: string }) => deadline.key)).toEqual(['review-site-negative', 'any-platform-any-category']);
    expect(saved.kpiTargets.map((target: { key: string }) => target.key)).toEqual(['average-first-response-hours-month', 'views-month-forum-klub-tiggo']);

    const renamed = await briefs.save(world.pr, saved, { topics: saved.topics.map((topic: object, index: number) => (index === 0 ? { ...topic, name: 'Автокредит' } : topic)) });
    expect(renamed.topics[0]).toMatchObject({ key: 'kredit-i-rassrochka', name: 'Автокредит' });
    await briefs.submit(world.pr, renamed.id);
    await briefs.approve(world.pr, renamed.id);
    const copy = await briefs.createDraft(world.pr, { copyFromVersionId: renamed.id });
    expect(copy.topics.map((topic: { key: string }) => topic.key)).toEqual(renamed.topics.map((topic: { key: string }) => topic.key));
  });

  it('sections left out of a save stay as they were; the title changes only when sent', async () => {
    const world = await makeClientWorld(app.dataSource);
    const draft = await briefs.createDraft(world.pr, { title: 'Первое название' });
    const full = await briefs.save(world.pr, draft, sampleSections());
    const onlyDeadlines = await briefs.save(world.pr, full, { responseDeadlines: [{ platformKind: 'FORUM', hours: 12 }] });
    expect(onlyDeadlines.topics).toEqual(full.topics);
    expect(onlyDeadlines.responseDeadlines).toEqual([{ key: 'forum-any-category', platformKind: 'FORUM', category: null, hours: 12 }]);
    expect(onlyDeadlines.title).toBe('Первое название');
    expect((await briefs.save(world.pr, onlyDeadlines, { title: '  Второе  ' })).title).toBe('Второе');
  });

  it('a save made on a stale version is a CONFLICT naming who changed which sections and items since, and overwrites nothing', async () => {
    const world = await makeClientWorld(app.dataSource);
    const colleague = await makeUser(app.dataSource, { roles: [[world.client, Role.PR_SPECIALIST]], email: `colleague-${world.client.slug}@example.test` });
    const draft = await briefs.createDraft(world.pr);
    const opened = await briefs.save(world.pr, draft, sampleSections());

    const theirs = await briefs.save({ token: colleague.token, client: world.client.slug }, opened, {
      topics: [...opened.topics.map((topic: object, index: number) => (index === 0 ? { ...topic, note: 'Ставки — только с сайта банка' } : topic)), { name: 'Увольнения', policy: 'FORBIDDEN' }],
      kpiTargets: [],
    });
    const mine = await app.gql(UPDATE_DRAFT, { id: opened.id, input: { topics: [], version: opened.version } }, world.pr);
    const error = errorOf(mine, 'CONFLICT');
    expect(error.message).toContain(`changed by ${colleague.user.email}`);
    expect(error.message).toContain('topics (added «Увольнения»; changed «Кредит»)');
    expect(error.message).toContain('kpiTargets (removed «Просмотры в месяц»)');
    expect(error.extensions).toMatchObject({
      reason: 'STALE_VERSION',
      expectedVersion: opened.version,
      currentVersion: theirs.version,
      changes: [
        {
          by: colleague.user.email,
          action: 'UPDATE',
          fields: ['content'],
          sections: [
            { section: 'topics', added: ['Увольнения'], removed: [], changed: ['Кредит'], reordered: false },
            { section: 'kpiTargets', added: [], removed: ['Просмотры в месяц'], changed: [], reordered: false },
          ],
        },
      ],
    });
    const stored = await app.dataSource.getRepository(BriefVersion).findOneByOrFail({ id: opened.id });
    expect(stored.version).toBe(theirs.version);
    expect(stored.content.topics.map((topic) => topic.name)).toEqual(['Кредит', 'Судебные иски', 'Увольнения']);
  });

  it('refuses malformed items, naming each field path: negative limits, empty names, bad keys, unknown enum values', async () => {
    const world = await makeClientWorld(app.dataSource);
    const draft = await briefs.createDraft(world.pr);
    const input = {
      version: draft.version,
      postingRules: [{ maxPostsPerDay: -1, allowedPostKinds: ['ANSWER'] }],
      topics: [
        { name: 'Кредит', policy: 'ALLOWED', key: 'Кредит' },
        { name: '   ', policy: 'FORBIDDEN', keywords: ['суд', ' '] },
      ],
      responseDeadlines: [{ hours: 0 }],
      kpiTargets: [{ metric: 'VIEWS', target: -5, period: 'MONTH' }],
    };
    const error = errorOf(await app.gql(UPDATE_DRAFT, { id: draft.id, input }, world.pr), 'BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([
      { field: 'postingRules.0.maxPostsPerDay', message: 'maxPostsPerDay cannot be negative' },
      { field: 'topics.0.key', message: expect.stringContaining('key must use lower-case Latin letters') },
      { field: 'topics.1.name', message: 'name cannot be empty' },
      { field: 'topics.1.keywords', message: 'keywords cannot hold an empty entry' },
      { field: 'responseDeadlines.0.hours', message: 'hours must be more than 0' },
      { field: 'kpiTargets.0.target', message: 'target cannot be negative' },
    ]);

    const unknownPolicy = errorOf(
      await app.gql(UPDATE_DRAFT, { id: draft.id, input: { version: draft.version, topics: [{ name: 'Слухи', policy: 'SECRET' }] } }, world.pr),
      'BAD_USER_INPUT',
    );
    expect(unknownPolicy.message).toContain('input.topics[0].policy');
    expect(unknownPolicy.message).toContain('"SECRET" does not exist in "TopicPolicy" enum');
  });

  it('refuses items that contradict the rest of the brief: duplicate keys, unknown topics, platforms and accounts', async () => {
    const world = await makeClientWorld(app.dataSource);
    const foreignPlatform = await makePlatform(app.dataSource, (await makeClientWorld(app.dataSource)).client);
    const draft = await briefs.createDraft(world.pr);
    const input = {
      version: draft.version,
      postingRules: [
        { platformId: foreignPlatform.id, allowedPostKinds: ['ANSWER'] },
        { platformKind: 'BLOG', maxPostsPerDay: 5, maxPostsPerWeek: 2, allowedPostKinds: ['NEWS'] },
      ],
      topics: [
        { key: 'credit', name: 'Кредит', policy: 'ALLOWED' },
        { key: 'credit', name: 'Кредиты', policy: 'ALLOWED' },
      ],
      contentRules: [{ kind: 'PREFERRED_TERM', text: 'автомобиль' }],
      responseDeadlines: [{ platformKind: 'FORUM', hours: 24 }, { platformKind: 'FORUM', hours: 12 }],
      responsiblePeople: [{ name: 'Юрист', position: 'Юрист', topicKeys: ['credit', 'lawsuits'], contact: 'legal@example.test', answerWithinHours: 24, userId: world.userIds.representative }],
    };
    const error = errorOf(await app.gql(UPDATE_DRAFT, { id: draft.id, input }, world.pr), 'BAD_USER_INPUT');
    expect(error.extensions.reason).toBe('INVALID_BRIEF');
    expect(error.extensions.fields).toEqual([
      { field: 'topics.1.key', message: '"credit" is already the key of topics.0; keys are unique within a section', reason: 'DUPLICATE_KEY', value: 'credit' },
      { field: 'postingRules.0.platformId', message: 'no platform of this client has this id' },
      { field: 'postingRules.1.maxPostsPerDay', message: 'cannot be more than maxPostsPerWeek (2)' },
      { field: 'contentRules.0.variants', message: 'a PREFERRED_TERM rule needs at least one variant: the words to say it instead of' },
      { field: 'responseDeadlines.1.category', message: 'responseDeadlines.0 already sets the deadline for this platform kind and category' },
      { field: 'responsiblePeople.0.topicKeys.1', message: 'no topic of this brief has the key "lawsuits"' },
      { field: 'responsiblePeople.0.userId', message: 'is not a staff account with the RESPONSIBLE role in this client' },
    ]);
    expect(error.message).toContain('responsiblePeople.0.topicKeys.1: no topic of this brief has the key "lawsuits"');
    expect((await app.dataSource.getRepository(BriefVersion).findOneByOrFail({ id: draft.id })).version).toBe(draft.version);
  });

  it('a responsible person links to a RESPONSIBLE account of the client, which PR specialists can list', async () => {
    const world = await makeClientWorld(app.dataSource);
    const accounts = await app.gql('{ briefResponsibleAccounts { id name } }', {}, world.pr);
    expect(accounts.data!.briefResponsibleAccounts.map((user: { id: string }) => user.id)).toEqual([world.userIds.responsible]);
    const draft = await briefs.createDraft(world.pr);
    const saved = await briefs.save(world.pr, draft, {
      topics: [{ key: 'service', name: 'Сервис', policy: 'ALLOWED' }],
      responsiblePeople: [{ name: 'Олег Кузнецов', position: 'Руководитель сервиса', topicKeys: ['service'], contact: '+7 495 000-10-03', answerWithinHours: 8, userId: world.userIds.responsible }],
    });
    expect(saved.responsiblePeople[0]).toMatchObject({ key: 'oleg-kuznetsov', userId: world.userIds.responsible, topicKeys: ['service'] });
    errorOf(await app.gql('{ briefResponsibleAccounts { id } }', {}, world.representative), 'FORBIDDEN');
  });
});
