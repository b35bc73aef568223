import { TenantScope } from '../../api/auth/tenant-scope';
import { countStatements } from '../../api/database/statement-counter';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { ExampleSource, SituationExample } from '../../api/modules/argument-base/situation-example.entity';
import { MatchDocumentKind } from '../../api/modules/matching/match-index.entity';
import { queryMatchCandidatesBatch, rankPosts } from '../../api/modules/matching/match-batch';
import { rankPost } from '../../api/modules/matching/match-post';
import { queryMatchCandidates } from '../../api/modules/matching/match-query';
import { brandWords, meaningfulText } from '../../api/modules/matching/post-text';
import { makeBriefInForce, makePlatform, makeSituationWithReply, unique } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { caseAsked, CLASSIFY, makeCrmWorld } from '../helpers/crm';
import { dealerBrief, makeDealerBase } from '../helpers/dealer-base';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const POSTS = [
  'Подскажите, сколько стоит первое ТО на Tiggo 7 Pro?',
  'Третью неделю жду запчасть, менеджер не перезванивает. Безобразие!',
  'Возьмёте в трейд-ин машину 2012 года? Сколько по времени оценка?',
  'Какая завтра погода в Сочи, кто знает?',
  'цена нулевого то на кросовер',
];

describe('matching a batch of posts', () => {
  it('answers for every post exactly what one call per post answers, in one SQL statement', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeDealerBase(app.dataSource, world.client);
    const brand = brandWords(world.client.brandName);
    const words = [['цена', 'то'], [], ['трейд-ин'], ['погода'], []];
    const { result: batch, statements } = await countStatements(() =>
      queryMatchCandidatesBatch(
        new TenantScope(world.client, app.dataSource.manager),
        POSTS.map((text, index) => ({ text: meaningfulText(text, brand), words: words[index] })),
      ),
    );
    expect(statements).toBe(1);
    for (const [index, text] of POSTS.entries()) {
      expect(batch[index]).toEqual(await queryMatchCandidates(new TenantScope(world.client, app.dataSource.manager), meaningfulText(text, brand), words[index]));
    }
    const ranked = await rankPosts(new TenantScope(world.client, app.dataSource.manager), POSTS);
    for (const [index, text] of POSTS.entries()) expect(ranked[index]).toEqual(await rankPost(new TenantScope(world.client, app.dataSource.manager), text));
    expect(ranked[0].ranked[0].situation.key).toBe('first-service');
  });

  it('answers exactly what one call per post answers over a base that has learned from answered cases', async () => {
    const world = await makeCrmWorld(app);
    const base = await makeDealerBase(app.dataSource, world.client);
    const noise = await makeSituationWithReply(app.dataSource, world.client, {
      key: 'suspension-noise',
      title: 'Стук в подвеске после покупки',
      category: ConsumerCycleCategory.SUPPORT,
      examples: ['Новая машина, а в подвеске что-то стучит'],
    });
    // Posts settled on the case page (their cases' categories travel with them) and confirmed examples with no case.
    const settled: [string, string, ConsumerCycleCategory | null][] = [
      ['Гудит спереди справа на скорости выше 80, в сервисе говорят подшипник ступицы', noise.situation.id, null],
      ['Как подготовить машину к первому ТО, что взять с собой из документов?', base.firstService.situation.id, ConsumerCycleCategory.SUPPORT],
      ['Живу в Твери, езжу на Солярисе 2015 года, хочу сдать его в трейд-ин, сколько займёт оценка?', base.tradeIn.situation.id, null],
    ];
    for (const [text, situationId, category] of settled) {
      const caseRow = await caseAsked(app, world, 2, { text });
      const result = await app.gql(CLASSIFY, { id: caseRow.id, input: { situationId, category, version: caseRow.version } }, world.representative);
      expect(result.errors).toBeUndefined();
    }
    await app.dataSource.getRepository(SituationExample).save(
      ['сдать', 'оценить', 'обменять'].map((story, index) => ({
        clientId: world.client.id,
        situationId: base.tradeIn.situation.id,
        text: `Хочу ${story} машину ${2010 + index} года в трейд-ин, сколько дадут?`,
        source: ExampleSource.CONFIRMED,
        caseId: null,
      })),
    );
    const posts = [
      ...POSTS,
      'Спереди справа что-то гудит на скорости после 80, похоже на подшипник ступицы. Это по гарантии?',
      'Подскажите, как подготовить машину к первому ТО и что взять с собой из документов?',
      'Сколько дадут в трейд-ин за машину 2012 года?',
      'Сколько стоит первое ТО на Солярис в Твери и можно ли записаться на субботу?',
    ];
    const brand = brandWords(world.client.brandName);
    const batch = await queryMatchCandidatesBatch(new TenantScope(world.client, app.dataSource.manager), posts.map((text) => ({ text: meaningfulText(text, brand) })));
    for (const [index, text] of posts.entries()) {
      expect(batch[index]).toEqual(await queryMatchCandidates(new TenantScope(world.client, app.dataSource.manager), meaningfulText(text, brand)));
    }
    const neighbours = batch.flatMap((result) => result.candidates.flatMap((situation) => situation.documents)).filter((document) => document.kind === MatchDocumentKind.CONFIRMED);
    expect(neighbours.some((document) => document.category === ConsumerCycleCategory.SUPPORT)).toBe(true);
    expect(batch.some((result) => result.candidates.some((situation) => situation.neighbourOnly))).toBe(true);
    const ranked = await rankPosts(new TenantScope(world.client, app.dataSource.manager), posts);
    for (const [index, text] of posts.entries()) expect(ranked[index]).toEqual(await rankPost(new TenantScope(world.client, app.dataSource.manager), text));
  });

  it('ingests 1,000 mentions against a real base, classified, in the same number of statements as against an empty one', async () => {
    const INGEST = `mutation($input: [MentionInput!]!) { ingestMentions(input: $input) { created escalated } }`;
    const counts: number[] = [];
    for (const withBase of [false, true]) {
      const world = await makeClientWorld(app.dataSource);
      const platform = await makePlatform(app.dataSource, world.client);
      await makeBriefInForce(app.dataSource, world.client, dealerBrief(world.userIds.responsible));
      if (withBase) await makeDealerBase(app.dataSource, world.client);
      const batch = Array.from({ length: 1000 }, (_, index) => ({
        platformId: platform.id,
        externalId: unique('post'),
        authorHandle: `reader${index % 250}`,
        text: `${POSTS[index % POSTS.length]} (${index})`,
        postedAt: new Date(Date.now() - 3600_000).toISOString(),
      }));
      const result = await app.gql(INGEST, { input: batch }, world.key);
      expect(result.errors).toBeUndefined();
      expect(result.data!.ingestMentions.created).toBe(1000);
      if (withBase) expect(result.data!.ingestMentions.escalated).toBe(400);
      counts.push(result.statements);
    }
    // Authentication, transaction (2), platforms, known posts, brief, the match of the whole batch, the batch insert (escalations included), the batch audit event.
    expect(counts[1]).toBe(counts[0]);
    expect(counts[1]).toBeLessThanOrEqual(10);
  });
});
