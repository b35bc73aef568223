import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { ReplyDelivery } from '../../api/modules/argument-base/reply-delivery.entity';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import { makeApiKey, makePlatform, makeReply, makeSituation } from '../../seeds/factories';
import { errorOf, useTestApp, type As } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const SERVE = `query($key: String!, $platformId: ID, $authorHandle: String, $authorName: String) {
  approvedReply(situationKey: $key, platformId: $platformId, authorHandle: $authorHandle, authorName: $authorName) {
    replyId revision text variantIndex theses nameMissing
  }
}`;

const THREE_WORDINGS = {
  status: ReplyStatus.APPROVED,
  text: '{name}, здравствуйте! В {brand} это бесплатно.',
  variants: ['Добрый день, {name}! {brand} делает это бесплатно.', '{name}, спасибо за вопрос: в {brand} это ничего не стоит.'],
};

async function serve(as: As, variables: Record<string, unknown>) {
  const result = await app.gql(SERVE, variables, as);
  expect(result.errors).toBeUndefined();
  return result.data!.approvedReply;
}

describe('approvedReply: the approved words for a known situation', () => {
  it('fills {brand} with the client\'s brand name and {name} with the author\'s', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const reply = await makeReply(app.dataSource, situation, { ...THREE_WORDINGS, theses: ['Бесплатно'] });
    expect(await serve(world.key, { key: situation.key, authorName: 'Ирина', authorHandle: 'irina77' })).toEqual({
      replyId: reply.id,
      revision: 1,
      text: `Ирина, здравствуйте! В ${world.client.brandName} это бесплатно.`,
      variantIndex: 0,
      theses: ['Бесплатно'],
      nameMissing: false,
    });
  });

  it('without an author name, the address is dropped and nameMissing says so', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    await makeReply(app.dataSource, situation, THREE_WORDINGS);
    expect(await serve(world.key, { key: situation.key })).toMatchObject({ text: `Здравствуйте! В ${world.client.brandName} это бесплатно.`, nameMissing: true });
  });

  it('never serves a draft or a retired reply: null when nothing is approved, NOT_FOUND for an unknown key', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    await makeReply(app.dataSource, situation, { text: 'Черновик' });
    await makeReply(app.dataSource, situation, { status: ReplyStatus.RETIRED, text: 'Снятый с использования' });
    for (const as of [world.key, world.representative, world.pr]) expect(await serve(as, { key: situation.key })).toBeNull();
    expect(await app.dataSource.getRepository(ReplyDelivery).countBy({ situationId: situation.id })).toBe(0);
    const unknown = errorOf(await app.gql(SERVE, { key: 'no-such-situation' }, world.key), 'NOT_FOUND');
    expect(unknown.message).toContain('no-such-situation');
  });

  it('an archived situation serves nothing', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client, { isArchived: true });
    await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED });
    expect(await serve(world.key, { key: situation.key })).toBeNull();
  });

  it('the same author is never sent the same words twice in a row: the wordings rotate per author', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const situation = await makeSituation(app.dataSource, world.client);
    await makeReply(app.dataSource, situation, THREE_WORDINGS);
    const to = (authorHandle: string) => serve(world.key, { key: situation.key, platformId: platform.id, authorHandle, authorName: 'Олег' });
    const olegs: number[] = [];
    for (let turn = 0; turn < 4; turn += 1) olegs.push((await to('@Oleg_K')).variantIndex);
    expect(olegs).toEqual([0, 1, 2, 0]);
    // "@Oleg_K" and "oleg_k" are one person: his turn goes on.
    expect((await to('oleg_k')).variantIndex).toBe(1);
    // Somebody new on the thread does not get the words Oleg just got either.
    const newcomer = await to('marina');
    expect(newcomer.variantIndex).not.toBe(1);
    expect((await to('marina')).variantIndex).not.toBe(newcomer.variantIndex);
  });

  it('rotation is per platform: the same handle on another platform is someone else', async () => {
    const world = await makeClientWorld(app.dataSource);
    const forum = await makePlatform(app.dataSource, world.client);
    const group = await makePlatform(app.dataSource, world.client, { kind: PlatformKind.SOCIAL_GROUP });
    const situation = await makeSituation(app.dataSource, world.client);
    await makeReply(app.dataSource, situation, THREE_WORDINGS);
    const on = async (platformId: string) => (await serve(world.key, { key: situation.key, platformId, authorHandle: 'ivan' })).variantIndex;
    expect([await on(forum.id), await on(forum.id), await on(group.id), await on(forum.id), await on(group.id)]).toEqual([0, 1, 0, 2, 1]);
  });

  it('records what was served to whom', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const situation = await makeSituation(app.dataSource, world.client);
    const reply = await makeReply(app.dataSource, situation, THREE_WORDINGS);
    const served = await serve(world.key, { key: situation.key, platformId: platform.id, authorHandle: '@Petr', authorName: 'Пётр' });
    const log = await app.dataSource.getRepository(ReplyDelivery).findBy({ replyId: reply.id });
    expect(log).toEqual([
      expect.objectContaining({ clientId: world.client.id, situationId: situation.id, platformId: platform.id, authorHandle: 'petr', revision: 1, variantIndex: 0, text: served.text }),
    ]);
  });

  it('concurrent calls for one author still hand out the wordings in turn', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const situation = await makeSituation(app.dataSource, world.client);
    const reply = await makeReply(app.dataSource, situation, THREE_WORDINGS);
    const calls = await Promise.all(Array.from({ length: 9 }, () => serve(world.key, { key: situation.key, platformId: platform.id, authorHandle: 'busy' })));
    expect(calls.map((call) => call.variantIndex).sort()).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2]);
    const log = await app.dataSource.getRepository(ReplyDelivery).find({ where: { replyId: reply.id }, order: { createdAt: 'ASC' } });
    expect(log.map((delivery) => delivery.variantIndex)).toEqual([0, 1, 2, 0, 1, 2, 0, 1, 2]);
  });

  it("serves the reply made for the platform's kind, else the one for every kind", async () => {
    const world = await makeClientWorld(app.dataSource);
    const reviewSite = await makePlatform(app.dataSource, world.client, { kind: PlatformKind.REVIEW_SITE });
    const forum = await makePlatform(app.dataSource, world.client, { kind: PlatformKind.FORUM });
    const situation = await makeSituation(app.dataSource, world.client);
    await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED, text: 'Для всех площадок' });
    await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED, text: 'Для сайтов отзывов', platformKinds: [PlatformKind.REVIEW_SITE] });
    await makeReply(app.dataSource, situation, { text: 'Черновик для форумов', platformKinds: [PlatformKind.FORUM] });
    expect((await serve(world.key, { key: situation.key, platformId: reviewSite.id })).text).toBe('Для сайтов отзывов');
    expect((await serve(world.key, { key: situation.key, platformId: forum.id })).text).toBe('Для всех площадок');
  });

  it('after a reply is reworded and approved again, the author still does not get last time\'s words', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    const reply = await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED, text: 'Старый текст', variants: ['Вариант А'] });
    expect((await serve(world.key, { key: situation.key, authorHandle: 'anna' })).text).toBe('Старый текст');
    // The variant moves to the main text and the old text becomes the variant: index 1 would now repeat it.
    const updated = await app.gql('mutation($id: ID!, $version: Int!) { updateReply(id: $id, input: { text: "Вариант А", variants: ["Старый текст"], version: $version }) { version } }', { id: reply.id, version: reply.version }, world.pr);
    expect(updated.errors).toBeUndefined();
    await app.gql('mutation($id: ID!) { approveReply(id: $id) { id } }', { id: reply.id }, world.pr);
    expect(await serve(world.key, { key: situation.key, authorHandle: 'anna' })).toMatchObject({ text: 'Вариант А', revision: 2 });
  });

  it('is open to replies:read keys and staff of the client, not to a key without the scope', async () => {
    const world = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED });
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.MENTIONS_WRITE]);
    errorOf(await app.gql(SERVE, { key: situation.key }, { apiKey: secret }), 'FORBIDDEN');
    for (const as of [world.representative, world.responsible, world.trainer, world.pr, world.key]) expect(await serve(as, { key: situation.key })).not.toBeNull();
  });

  it("another client's platform is NOT_FOUND", async () => {
    const world = await makeClientWorld(app.dataSource);
    const other = await makeClientWorld(app.dataSource);
    const situation = await makeSituation(app.dataSource, world.client);
    await makeReply(app.dataSource, situation, { status: ReplyStatus.APPROVED });
    const foreign = await makePlatform(app.dataSource, other.client);
    errorOf(await app.gql(SERVE, { key: situation.key, platformId: foreign.id }, world.key), 'NOT_FOUND');
  });
});
