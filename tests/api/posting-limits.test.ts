import type { PostingRuleItem } from '../../api/modules/briefs/brief-content';
import { PostKind } from '../../api/modules/briefs/brief-content';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import { makeBriefInForce } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { caseAsked, hoursAgo, makeCrmWorld, REACT, type CrmWorld } from '../helpers/crm';

const app = useTestApp();

const CAN_POST = `query($id: ID!) { canPost(platformId: $id) { allowed reason ruleKey maxPostsPerDay maxPostsPerWeek postsLastDay postsLastWeek freesAt } }`;
const CAN_POST_KIND = `query($id: ID!, $kind: LoggedPostKind) { canPost(platformId: $id, kind: $kind) { allowed reason maxPostsPerDay freesAt } }`;
const MINUTE = 60 * 1000;

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

/** Logs a post on a fresh case of the world's platform at `postedAt`. */
async function post(world: CrmWorld, postedAt: Date) {
  const caseRow = await caseAsked(app, world, 24 * 8);
  return app.gql(REACT, { id: caseRow.id, input: { text: 'Официальный ответ', postedAt: postedAt.toISOString(), version: 1 } }, world.representative);
}

describe('posting limits', () => {
  it("at the limit, canPost says no, a further post is refused with the limit, and both say when it frees up", async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, { postingRules: [rule({ key: 'tiggo', platformId: world.platform.id, maxPostsPerDay: 2 })] });
    const oldest = new Date(Date.now() - 24 * 60 * MINUTE + 5 * MINUTE);
    expect((await post(world, oldest)).errors).toBeUndefined();
    expect((await app.gql(CAN_POST, { id: world.platform.id }, world.representative)).data!.canPost).toMatchObject({ allowed: true, postsLastDay: 1 });
    expect((await post(world, hoursAgo(1))).errors).toBeUndefined();

    const answer = (await app.gql(CAN_POST, { id: world.platform.id }, world.representative)).data!.canPost;
    const freesAt = new Date(oldest.getTime() + 24 * 60 * MINUTE).toISOString();
    expect(answer).toMatchObject({ allowed: false, ruleKey: 'tiggo', maxPostsPerDay: 2, postsLastDay: 2, freesAt });
    expect(answer.reason).toContain('2 a day');

    const refused = errorOf(await post(world, new Date()), 'CONFLICT');
    expect(refused.message).toContain(`the next post is possible at ${freesAt}`);
    expect(refused.extensions).toMatchObject({ reason: 'POSTING_LIMIT', maxPostsPerDay: 2, postsLastDay: 2, freesAt });
  });

  it('a post just over 24 hours old no longer counts against the daily limit', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, { postingRules: [rule({ platformId: world.platform.id, maxPostsPerDay: 1 })] });
    await post(world, new Date(Date.now() - 24 * 60 * MINUTE - MINUTE));
    expect((await app.gql(CAN_POST, { id: world.platform.id }, world.representative)).data!.canPost).toMatchObject({ allowed: true, postsLastDay: 0, postsLastWeek: 1 });
    expect((await post(world, new Date())).errors).toBeUndefined();
  });

  it('the weekly limit counts seven days back', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, { postingRules: [rule({ platformKind: PlatformKind.FORUM, maxPostsPerDay: 5, maxPostsPerWeek: 2 })] });
    const first = hoursAgo(24 * 6);
    await post(world, first);
    await post(world, hoursAgo(24 * 3));
    const answer = (await app.gql(CAN_POST, { id: world.platform.id }, world.representative)).data!.canPost;
    expect(answer).toMatchObject({ allowed: false, postsLastDay: 0, postsLastWeek: 2, freesAt: new Date(first.getTime() + 7 * 24 * 60 * MINUTE).toISOString() });
    expect(answer.reason).toContain('2 a week');
  });

  it("a platform's own rule wins over the rule for its kind, which wins over a rule for every platform", async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, {
      postingRules: [
        rule({ key: 'everywhere', maxPostsPerDay: 10 }),
        rule({ key: 'forums', platformKind: PlatformKind.FORUM, maxPostsPerDay: 3 }),
        rule({ key: 'this-forum', platformId: world.platform.id, maxPostsPerDay: 1 }),
      ],
    });
    expect((await app.gql(CAN_POST, { id: world.platform.id }, world.representative)).data!.canPost).toMatchObject({ ruleKey: 'this-forum', maxPostsPerDay: 1 });
  });

  it('without a rule posting is free, and a rule that allows only news refuses answers', async () => {
    const world = await makeCrmWorld(app);
    expect((await app.gql(CAN_POST, { id: world.platform.id }, world.representative)).data!.canPost).toMatchObject({ allowed: true, ruleKey: null, freesAt: null });
    const other = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, other.client, { postingRules: [rule({ platformId: other.platform.id, allowedPostKinds: [PostKind.NEWS] })] });
    const answer = (await app.gql(CAN_POST, { id: other.platform.id }, other.representative)).data!.canPost;
    expect(answer).toMatchObject({ allowed: false, freesAt: null });
    expect(answer.reason).toContain('only NEWS');
  });

  it('canPost answers for the kind of post meant: the rule allows only news there, so news may go out and an offer may not', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, { postingRules: [rule({ platformId: world.platform.id, allowedPostKinds: [PostKind.NEWS], maxPostsPerDay: 5 })] });
    const ask = async (kind: string) => (await app.gql(CAN_POST_KIND, { id: world.platform.id, kind }, world.representative)).data!.canPost;
    expect(await ask('NEWS')).toMatchObject({ allowed: true, reason: null, maxPostsPerDay: 5 });
    const offer = await ask('OFFER');
    expect(offer).toMatchObject({ allowed: false, freesAt: null });
    expect(offer.reason).toContain('only NEWS');
    expect((await ask('ANSWER')).allowed).toBe(false);
  });

  it('is asked by those who post', async () => {
    const world = await makeCrmWorld(app);
    errorOf(await app.gql(CAN_POST, { id: world.platform.id }, world.trainer), 'FORBIDDEN');
    errorOf(await app.gql(CAN_POST, { id: world.platform.id }, world.key), 'FORBIDDEN');
    expect((await app.gql(CAN_POST, { id: world.platform.id }, world.pr)).data!.canPost.allowed).toBe(true);
  });
});
