import type { PostingRuleItem } from '../../api/modules/briefs/brief-content';
import { ContentRuleKind, PostKind, TopicPolicy } from '../../api/modules/briefs/brief-content';
import { Post } from '../../api/modules/posts/post.entity';
import { makeBriefInForce, makePlatform, makeRepresentative } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { caseAsked, hoursAgo, makeCrmWorld, REACT } from '../helpers/crm';

const app = useTestApp();

const LOG = `mutation($input: LogPostInput!) { logPost(input: $input) { id kind text url postedAt userId officialAccountId platformId violations { rule fragment suggestion ruleKey } } }`;
const LIST = `query($filter: PostFilter) { allPosts(filter: $filter) { id kind } _allPostsMeta(filter: $filter) { count } }`;

const rule = (overrides: Partial<PostingRuleItem>): PostingRuleItem => ({
  key: 'rule',
  platformId: null,
  platformKind: null,
  maxPostsPerDay: null,
  maxPostsPerWeek: null,
  allowedPostKinds: [],
  note: null,
  ...overrides,
});

const news = (platformId: string, overrides: Record<string, unknown> = {}) => ({
  input: { platformId, kind: 'NEWS', text: 'Открылся новый дилерский центр на Ленинском проспекте.', url: 'https://forum.example/t/1#p5', ...overrides },
});

describe('logPost', () => {
  it('a representative logs news from their own official account', async () => {
    const world = await makeCrmWorld(app);
    const result = await app.gql(LOG, news(world.platform.id, { postedAt: hoursAgo(2).toISOString() }), world.representative);
    expect(result.errors).toBeUndefined();
    expect(result.data!.logPost).toMatchObject({ kind: 'NEWS', url: 'https://forum.example/t/1#p5', userId: world.userIds.representative, platformId: world.platform.id, violations: [] });
    const listed = await app.gql(LIST, { filter: { kind: 'NEWS' } }, world.pr);
    expect(listed.data!._allPostsMeta.count).toBe(1);
  });

  it('news and answers share the posting limit: the second post of the day is refused whichever kind comes first', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, { postingRules: [rule({ platformId: world.platform.id, maxPostsPerDay: 2 })] });
    expect((await app.gql(LOG, news(world.platform.id, { postedAt: hoursAgo(3).toISOString() }), world.representative)).errors).toBeUndefined();
    const caseRow = await caseAsked(app, world, 5);
    expect((await app.gql(REACT, { id: caseRow.id, input: { text: 'Официальный ответ', postedAt: hoursAgo(2).toISOString(), version: 1 } }, world.representative)).errors).toBeUndefined();
    const refused = errorOf(await app.gql(LOG, news(world.platform.id, { kind: 'OFFER' }), world.representative), 'CONFLICT');
    expect(refused.extensions).toMatchObject({ reason: 'POSTING_LIMIT', maxPostsPerDay: 2, postsLastDay: 2 });
    // And a logged post counts against answers to cases too.
    const another = await caseAsked(app, world, 1);
    errorOf(await app.gql(REACT, { id: another.id, input: { text: 'Ответ', version: 1 } }, world.representative), 'CONFLICT');
    expect(await app.dataSource.getRepository(Post).countBy({ clientId: world.client.id })).toBe(1);
  });

  it("a kind the platform's rule does not allow is refused; an offer is the brief's PROMOTION", async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, { postingRules: [rule({ platformId: world.platform.id, allowedPostKinds: [PostKind.ANSWER, PostKind.PROMOTION] })] });
    const refused = errorOf(await app.gql(LOG, news(world.platform.id), world.representative), 'CONFLICT');
    expect(refused.extensions.reason).toBe('POSTING_LIMIT');
    expect(refused.message).toContain('not NEWS posts');
    expect((await app.gql(LOG, news(world.platform.id, { kind: 'OFFER' }), world.representative)).errors).toBeUndefined();
    expect((await app.gql(LOG, news(world.platform.id, { kind: 'ANSWER' }), world.representative)).errors).toBeUndefined();
  });

  it('is checked against the brief like a reply: forbidden topics and wrong brand spelling are kept on the post', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, {
      topics: [{ key: 'layoffs', name: 'Сокращения', policy: TopicPolicy.FORBIDDEN, keywords: ['сокращение'], note: null }],
      contentRules: [{ key: 'brand', kind: ContentRuleKind.BRAND_SPELLING, text: 'Автолидер', variants: ['Автолидэр'], note: null }],
    });
    const result = await app.gql(LOG, news(world.platform.id, { text: 'В Автолидэр никаких сокращений не будет.' }), world.representative);
    expect(result.errors).toBeUndefined();
    const violations = result.data!.logPost.violations;
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'BRAND_SPELLING', fragment: 'Автолидэр', suggestion: 'Автолидер' }),
        expect.objectContaining({ rule: 'FORBIDDEN_TOPIC', ruleKey: 'layoffs' }),
      ]),
    );
    const flagged = await app.gql(LIST, { filter: { hasViolations: true } }, world.pr);
    expect(flagged.data!.allPosts.map((post: { id: string }) => post.id)).toEqual([result.data!.logPost.id]);
    expect((await app.gql(LIST, { filter: { hasViolations: false } }, world.pr)).data!._allPostsMeta.count).toBe(0);
  });

  it("refuses a text over the platform's length, a time in the future, and another representative's account", async () => {
    const world = await makeCrmWorld(app, { replyLengthLimit: 10 });
    const long = errorOf(await app.gql(LOG, news(world.platform.id), world.representative), 'BAD_USER_INPUT');
    expect(long.extensions.reason).toBe('TOO_LONG_FOR_PLATFORM');
    const future = errorOf(await app.gql(LOG, news(world.platform.id, { text: 'Новость', postedAt: new Date(Date.now() + 86_400_000).toISOString() }), world.representative), 'BAD_USER_INPUT');
    expect(future.extensions.reason).toBe('TIME_IN_FUTURE');
    const colleague = await makeRepresentative(app.dataSource, world.client, { platforms: [world.platform] });
    const foreign = errorOf(await app.gql(LOG, news(world.platform.id, { text: 'Новость', officialAccountId: colleague.accounts[0].id }), world.representative), 'FORBIDDEN');
    expect(foreign.extensions.reason).toBe('NOT_YOUR_ACCOUNT');
    const noAccount = await makePlatform(app.dataSource, world.client);
    expect(errorOf(await app.gql(LOG, news(noAccount.id), world.representative), 'BAD_USER_INPUT').extensions.reason).toBe('NO_OFFICIAL_ACCOUNT');
  });

  it('a PR specialist logs a post for a representative by naming the account; trainers read but do not log', async () => {
    const world = await makeCrmWorld(app);
    const colleague = await makeRepresentative(app.dataSource, world.client, { platforms: [world.platform] });
    const logged = await app.gql(LOG, news(world.platform.id, { officialAccountId: colleague.accounts[0].id }), world.pr);
    expect(logged.data!.logPost.userId).toBe(colleague.representative.userId);
    errorOf(await app.gql(LOG, news(world.platform.id), world.trainer), 'FORBIDDEN');
    errorOf(await app.gql(LOG, news(world.platform.id), world.responsible), 'FORBIDDEN');
    expect((await app.gql(LIST, {}, world.trainer)).data!._allPostsMeta.count).toBe(1);
    errorOf(await app.gql(LIST, {}, world.responsible), 'FORBIDDEN');
  });
});

describe('posts and metric entries are part of the record', () => {
  it('a platform with a logged post, or only entered figures, is archived rather than deleted; a representative who only posted news is deactivated', async () => {
    const world = await makeCrmWorld(app);
    expect((await app.gql(LOG, news(world.platform.id), world.representative)).errors).toBeUndefined();
    const deletePlatform = 'mutation($id: ID!) { deletePlatform(id: $id) { isArchived } }';
    expect((await app.gql(deletePlatform, { id: world.platform.id }, world.pr)).data!.deletePlatform.isArchived).toBe(true);

    const measured = await makePlatform(app.dataSource, world.client);
    const entry = await app.gql('mutation($id: ID!) { createMetricEntry(input: { metric: VIEWS, platformId: $id, day: "2026-11-30", value: 5 }) { id } }', { id: measured.id }, world.pr);
    expect(entry.errors).toBeUndefined();
    expect((await app.gql(deletePlatform, { id: measured.id }, world.pr)).data!.deletePlatform.isArchived).toBe(true);

    const newsOnly = await makeCrmWorld(app);
    const [representative] = await app.dataSource.query('SELECT id FROM representative WHERE client_id = $1', [newsOnly.client.id]);
    expect((await app.gql(LOG, news(newsOnly.platform.id), newsOnly.representative)).errors).toBeUndefined();
    const deactivated = await app.gql('mutation($id: ID!) { deleteRepresentative(id: $id) { isActive } }', { id: representative.id }, newsOnly.pr);
    expect(deactivated.data!.deleteRepresentative.isActive).toBe(false);
    expect(await app.dataSource.getRepository(Post).countBy({ clientId: newsOnly.client.id })).toBe(1);
  });
});
