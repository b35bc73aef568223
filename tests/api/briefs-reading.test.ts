import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { BriefStatus } from '../../api/modules/briefs/brief-version.entity';
import { makeApiKey, makeBriefVersion, makePlatform } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { briefOperations, sampleSections } from '../helpers/briefs';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();
const briefs = briefOperations(app);

const topic = (name: string) => ({ key: name.toLowerCase(), name, policy: TopicPolicy.ALLOWED, keywords: [], note: null });

/** A client whose brief has version 1 in force, a draft and a version in review, each with its own topic. */
async function briefWithDrafts() {
  const world = await makeClientWorld(app.dataSource);
  const inForce = await makeBriefVersion(app.dataSource, world.client, { status: BriefStatus.APPROVED, content: { topics: [topic('Vdejstvii')] } });
  const draft = await makeBriefVersion(app.dataSource, world.client, { content: { topics: [topic('Chernovik')] } });
  const inReview = await makeBriefVersion(app.dataSource, world.client, { status: BriefStatus.IN_REVIEW, content: { topics: [topic('Nasoglasovanii')] } });
  return { world, inForce, draft, inReview };
}

describe('reading the brief', () => {
  it('representatives, responsible people and trainers read the brief in force, never a draft or a version in review', async () => {
    const { world, inForce, draft, inReview } = await briefWithDrafts();
    for (const as of [world.representative, world.responsible, world.trainer]) {
      const read = await app.gql('{ briefInForce { id status topics { name } } markdown: briefMarkdown }', {}, as);
      expect(read.errors).toBeUndefined();
      expect(read.data!.briefInForce).toEqual({ id: inForce.id, status: 'APPROVED', topics: [{ name: 'Vdejstvii' }] });
      expect(read.data!.markdown).toContain('Vdejstvii');
      expect(read.data!.markdown).not.toMatch(/Chernovik|Nasoglasovanii/);

      for (const hidden of [draft, inReview]) {
        errorOf(await app.gql('query($id: ID!) { BriefVersion(id: $id) { id } }', { id: hidden.id }, as), 'FORBIDDEN');
        const markdown = errorOf(await app.gql('query($id: ID!) { briefMarkdown(versionId: $id) }', { id: hidden.id }, as), 'FORBIDDEN');
        expect(markdown.extensions.reason).toBe('NOT_IN_FORCE');
        errorOf(await app.gql('query($from: ID!, $to: ID!) { briefDiff(from: $from, to: $to) { hasChanges } }', { from: inForce.id, to: hidden.id }, as), 'FORBIDDEN');
      }
      errorOf(await app.gql('{ allBriefVersions { id } }', {}, as), 'FORBIDDEN');
      errorOf(await app.gql('{ _allBriefVersionsMeta { count } }', {}, as), 'FORBIDDEN');
    }
  });

  it('a tool with replies:read reads the brief in force and its Markdown; a tool without it is refused', async () => {
    const { world, inForce, draft } = await briefWithDrafts();
    const reader = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.REPLIES_READ]);
    const read = await app.gql('{ briefInForce { id topics { key } } briefMarkdown }', {}, { apiKey: reader.secret });
    expect(read.data!.briefInForce).toEqual({ id: inForce.id, topics: [{ key: 'vdejstvii' }] });
    expect(read.data!.briefMarkdown).toContain('Vdejstvii');
    errorOf(await app.gql('query($id: ID!) { briefMarkdown(versionId: $id) }', { id: draft.id }, { apiKey: reader.secret }), 'FORBIDDEN');
    errorOf(await app.gql('{ briefInForce { id approvedBy { email } } }', {}, { apiKey: reader.secret }), 'FORBIDDEN');

    const ingest = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.MENTIONS_WRITE]);
    expect(errorOf(await app.gql('{ briefInForce { id } }', {}, { apiKey: ingest.secret }), 'FORBIDDEN').extensions.reason).toBe('MISSING_SCOPE');
  });

  it('before anything is approved there is no brief in force and no Markdown', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBriefVersion(app.dataSource, world.client, { content: sampleSections() as never });
    const read = await app.gql('{ briefInForce { id } briefMarkdown }', {}, world.representative);
    expect(read.data).toEqual({ briefInForce: null, briefMarkdown: null });
  });

  it('PR specialists list every version newest first, filter them, and read any of them', async () => {
    const { world, inForce, draft, inReview } = await briefWithDrafts();
    const list = await app.gql('{ allBriefVersions { id number status } _allBriefVersionsMeta { count } drafts: allBriefVersions(filter: { status: DRAFT }) { id } }', {}, world.pr);
    expect(list.data!.allBriefVersions.map((version: { id: string }) => version.id)).toEqual([inReview.id, draft.id, inForce.id]);
    expect(list.data!._allBriefVersionsMeta.count).toBe(3);
    expect(list.data!.drafts).toEqual([{ id: draft.id }]);
    const one = await app.gql('query($id: ID!) { BriefVersion(id: $id) { topics { name } } }', { id: draft.id }, world.pr);
    expect(one.data!.BriefVersion.topics).toEqual([{ name: 'Chernovik' }]);
  });

  it('listing versions with their authors takes the same number of SQL statements for 2 versions as for 12', async () => {
    const world = await makeClientWorld(app.dataSource);
    const query = '{ allBriefVersions(perPage: 50) { id createdBy { name } approvedBy { name } topics { key } } }';
    const countFor = async () => (await app.gql(query, {}, world.pr)).statements;
    await briefs.putInForce(world.pr, sampleSections());
    await briefs.createDraft(world.pr);
    const few = await countFor();
    for (let index = 0; index < 10; index += 1) await briefs.createDraft(world.pr);
    expect(await countFor()).toBe(few);
  });

  it('the Markdown export is a Russian document a representative can study', async () => {
    const world = await makeClientWorld(app.dataSource);
    const forum = await makePlatform(app.dataSource, world.client, { name: 'Форум «Клуб Tiggo»' });
    const sections = {
      ...sampleSections(),
      postingRules: [{ platformId: forum.id, maxPostsPerDay: 5, maxPostsPerWeek: 20, allowedPostKinds: ['ANSWER', 'NEWS'], note: 'Только | в ветке' }],
      contentRules: [
        { kind: 'BRAND_SPELLING', text: 'Автолидер', variants: ['Авто-Лидер', 'АвтоЛидер'] },
        { kind: 'PREFERRED_TERM', text: 'автомобиль', variants: ['тачка'] },
        { kind: 'FORBIDDEN_PHRASE', text: 'Это не наша проблема', variants: [] },
      ],
      responseDeadlines: [{ platformKind: 'FORUM', category: 'NEGATIVE', hours: 4 }, { hours: 21 }],
      responsiblePeople: [{ name: 'Наталья Белова', position: 'Юрист', topicKeys: ['credit', 'sudebnye-iski'], contact: 'legal@example.test', answerWithinHours: 8 }],
      kpiTargets: [
        { metric: 'VIEWS', target: 3227, period: 'MONTH' },
        { metric: 'AVERAGE_FIRST_RESPONSE_HOURS', target: 24, period: 'MONTH', platformId: forum.id },
      ],
    };
    const version = await briefs.putInForce(world.pr, { ...sections, title: 'ТЗ «Автолидер»' });
    const markdown: string = (await app.gql('{ briefMarkdown }', {}, world.representative)).data!.briefMarkdown;
    expect(markdown.startsWith('# ТЗ «Автолидер»\n\nВерсия 1, действует с ')).toBe(true);
    for (const line of [
      '## 1. Формальности: где и сколько публиковать',
      '| Форум «Клуб Tiggo» | 5 | 20 | ответы, новости | Только \\| в ветке |',
      '### Можно обсуждать',
      '- **Кредит**. Узнаём по словам: кредит, рассрочка. Одобрение не обещаем.',
      '### Не комментировать',
      '- **Судебные иски**. Узнаём по словам: суд, иск.',
      '- Пишем «Автолидер»; не пишем: «Авто-Лидер», «АвтоЛидер».',
      '- Говорим «автомобиль», а не «тачка».',
      '- Никогда не пишем «Это не наша проблема».',
      '| форумы | негатив | 4 часа |',
      '| все площадки | любые | 21 час |',
      '#### Конфликт',
      '**Разговор переводим в личные сообщения.**',
      '| Наталья Белова | Юрист | Кредит, Судебные иски | legal@example.test | 8 часов |',
      '| Просмотры | не меньше 3\u00a0227 | в месяц | все площадки |',
      '| Среднее время первого ответа, ч | не больше 24 | в месяц | Форум «Клуб Tiggo» |',
    ]) {
      expect(markdown.split('\n')).toContain(line);
    }
    const ownVersion = await app.gql('query($id: ID!) { briefMarkdown(versionId: $id) }', { id: version.id }, world.pr);
    expect(ownVersion.data!.briefMarkdown).toBe(markdown);
    const draft = await briefs.createDraft(world.pr, { copyFromVersionId: version.id });
    const draftMarkdown = (await app.gql('query($id: ID!) { briefMarkdown(versionId: $id) }', { id: draft.id }, world.pr)).data!.briefMarkdown;
    expect(draftMarkdown).toContain('Версия 2 (черновик) — **не действует**');
  });
});
