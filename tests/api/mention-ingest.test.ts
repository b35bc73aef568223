import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { Case } from '../../api/modules/cases/case.entity';
import { Mention } from '../../api/modules/mentions/mention.entity';
import { AuditEvent } from '../../api/modules/audit/audit-event.entity';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import type { Platform } from '../../api/modules/platforms/platform.entity';
import { makeApiKey, makeBriefInForce, makePlatform, unique } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld, type ClientWorld } from '../helpers/world';

const app = useTestApp();

const INGEST = `mutation($input: [MentionInput!]!) {
  ingestMentions(input: $input) { created known mentions { index created mentionId caseId } }
}`;

function mention(platform: Platform, overrides: Record<string, unknown> = {}) {
  const id = unique('post');
  return {
    platformId: platform.id,
    externalId: id,
    url: `https://tiggo-club.example/forum/topic/${id}`,
    authorHandle: unique('@driver'),
    authorName: 'Сергей',
    text: 'Подскажите, сколько стоит первое ТО на Tiggo 7 Pro?',
    postedAt: new Date(Date.now() - 60 * 60 * 1000).toISOString(),
    ...overrides,
  };
}

async function counts(world: ClientWorld) {
  return {
    mentions: await app.dataSource.getRepository(Mention).countBy({ clientId: world.client.id }),
    cases: await app.dataSource.getRepository(Case).countBy({ clientId: world.client.id }),
  };
}

describe('mention ingest', () => {
  it('the same batch sent twice creates nothing the second time and answers with the same cases', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const batch = [mention(platform), mention(platform), mention(platform)];
    const first = await app.gql(INGEST, { input: batch }, world.key);
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestMentions).toMatchObject({ created: 3, known: 0 });

    const second = await app.gql(INGEST, { input: batch }, world.key);
    expect(second.data!.ingestMentions).toMatchObject({ created: 0, known: 3 });
    expect(second.data!.ingestMentions.mentions).toEqual(
      first.data!.ingestMentions.mentions.map((entry: { created: boolean }) => ({ ...entry, created: false })),
    );
    expect(await counts(world)).toEqual({ mentions: 3, cases: 3 });
  });

  it('a half-overlapping batch creates only its new half', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const old = [mention(platform), mention(platform), mention(platform), mention(platform)];
    await app.gql(INGEST, { input: old }, world.key);
    const overlapping = [old[2], old[3], mention(platform), mention(platform)];
    const result = await app.gql(INGEST, { input: overlapping }, world.key);
    expect(result.data!.ingestMentions.created).toBe(2);
    expect(result.data!.ingestMentions.mentions.map((entry: { created: boolean }) => entry.created)).toEqual([false, false, true, true]);
    expect(await counts(world)).toEqual({ mentions: 6, cases: 6 });
  });

  it('recognises a post by its URL alone, and a post repeated inside one batch counts once', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const original = mention(platform);
    await app.gql(INGEST, { input: [original] }, world.key);
    const sameUrl = { ...mention(platform), url: original.url, externalId: null };
    const fresh = mention(platform);
    const result = await app.gql(INGEST, { input: [sameUrl, fresh, { ...fresh, authorName: 'Другое имя' }] }, world.key);
    expect(result.data!.ingestMentions.mentions.map((entry: { created: boolean }) => entry.created)).toEqual([false, true, false]);
    const [, created, repeated] = result.data!.ingestMentions.mentions;
    expect(repeated.caseId).toBe(created.caseId);
    expect(await counts(world)).toEqual({ mentions: 2, cases: 2 });
  });

  it('two tools sending the same batch at once create each post once', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const batch = Array.from({ length: 200 }, (_, index) => mention(platform, { authorHandle: `reader${index % 20}` }));
    const [first, second] = await Promise.all([app.gql(INGEST, { input: batch }, world.key), app.gql(INGEST, { input: [...batch].reverse() }, world.key)]);
    expect([first.errors, second.errors]).toEqual([undefined, undefined]);
    expect(first.data!.ingestMentions.created + second.data!.ingestMentions.created).toBe(200);
    const caseIds = (result: typeof first) => result.data!.ingestMentions.mentions.map((entry: { caseId: string }) => entry.caseId);
    expect([...caseIds(second)].reverse()).toEqual(caseIds(first));
    expect(await counts(world)).toEqual({ mentions: 200, cases: 200 });
  });

  it('one bad mention refuses the batch, naming its index and field, and nothing is written', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const batch = [mention(platform), mention(platform), mention(platform), mention(platform, { text: '   ' }), mention(platform)];
    const error = errorOf(await app.gql(INGEST, { input: batch }, world.key), 'BAD_USER_INPUT');
    expect(error.message).toBe('input.3.text: text cannot be empty');
    expect(error.extensions).toMatchObject({ reason: 'INVALID_MENTIONS', invalidMentions: 1, fields: [{ field: 'input.3.text', message: 'text cannot be empty' }] });
    expect(await counts(world)).toEqual({ mentions: 0, cases: 0 });
    expect(await app.dataSource.getRepository(AuditEvent).countBy({ clientId: world.client.id, entityType: 'Mention' })).toBe(0);
  });

  it('says which mentions lack an identity, name an unknown platform or come from the future', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const foreign = await makePlatform(app.dataSource, (await makeClientWorld(app.dataSource)).client);
    const error = errorOf(
      await app.gql(
        INGEST,
        {
          input: [
            mention(platform, { externalId: null, url: null }),
            mention(foreign),
            mention(platform, { postedAt: new Date(Date.now() + 24 * 3600 * 1000).toISOString() }),
            mention(platform, { url: 'not a link' }),
          ],
        },
        world.key,
      ),
      'BAD_USER_INPUT',
    );
    expect((error.extensions.fields as { field: string }[]).map((problem) => problem.field)).toEqual([
      'input.0.externalId',
      'input.1.platformId',
      'input.2.postedAt',
      'input.3.url',
    ]);
    expect(await counts(world)).toEqual({ mentions: 0, cases: 0 });
  });

  it('takes 1,000 mentions in one call with a handful of SQL statements, auditing every row', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const batch = Array.from({ length: 1000 }, (_, index) => mention(platform, { authorHandle: `reader${index % 250}`, text: `Вопрос номер ${index}: когда будет акция?` }));
    const result = await app.gql(INGEST, { input: batch }, world.key);
    expect(result.errors).toBeUndefined();
    expect(result.data!.ingestMentions.created).toBe(1000);
    // Authentication, transaction, platforms, known posts, brief, the match of the batch, the batch insert, the batch audit event.
    expect(result.statements).toBeLessThanOrEqual(10);
    expect(await counts(world)).toEqual({ mentions: 1000, cases: 1000 });
    const audit = app.dataSource.getRepository(AuditEvent);
    expect(await audit.countBy({ clientId: world.client.id, entityType: 'Mention', action: 'INGEST' })).toBe(1000);
    expect(await audit.countBy({ clientId: world.client.id, entityType: 'Case', action: 'OPEN' })).toBe(1000);
    expect(await audit.countBy({ clientId: world.client.id, entityType: 'Author', action: 'CREATE' })).toBe(250);
  });

  it('refuses more than 1,000 mentions in a call', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const batch = Array.from({ length: 1001 }, () => ({ ...mention(platform), text: 'Вопрос' }));
    expect(errorOf(await app.gql(INGEST, { input: batch }, world.key), 'BAD_USER_INPUT').extensions.reason).toBe('BATCH_TOO_LARGE');
  });

  it("opens each case NEW with the post's sentiment and the brief's response deadline; with nothing in the base to compare with, the category stays unknown (never guessed)", async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client, { kind: PlatformKind.FORUM });
    await makeBriefInForce(app.dataSource, world.client, {
      responseDeadlines: [
        { key: 'forum', platformKind: PlatformKind.FORUM, category: null, hours: 4 },
        { key: 'any', platformKind: null, category: null, hours: 24 },
      ],
    });
    const postedAt = new Date('2026-11-02T10:00:00.000Z');
    const complaint = mention(platform, { text: 'Ужасный сервис, машину держат третью неделю, никто не перезванивает!', postedAt: postedAt.toISOString() });
    const result = await app.gql(INGEST, { input: [complaint] }, world.key);
    const [{ caseId }] = result.data!.ingestMentions.mentions;
    const read = await app.gql(
      'query($id: ID!) { Case(id: $id) { status category deadlineAt requestedAt mention { sentiment category situationId matchScore text } author { handle name } } }',
      { id: caseId },
      world.representative,
    );
    expect(read.data!.Case).toMatchObject({
      status: 'NEW',
      category: null,
      requestedAt: postedAt.toISOString(),
      deadlineAt: new Date(postedAt.getTime() + 4 * 3600 * 1000).toISOString(),
      mention: { sentiment: 'NEGATIVE', category: null, situationId: null, matchScore: null },
      author: { handle: complaint.authorHandle.replace(/^@/, ''), name: 'Сергей' },
    });
  });

  it('is for keys with mentions:write and for staff who work cases', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.REPLIES_READ]);
    expect(errorOf(await app.gql(INGEST, { input: [mention(platform)] }, { apiKey: secret }), 'FORBIDDEN').extensions.reason).toBe('MISSING_SCOPE');
    errorOf(await app.gql(INGEST, { input: [mention(platform)] }, world.trainer), 'FORBIDDEN');
    errorOf(await app.gql(INGEST, { input: [mention(platform)] }, world.responsible), 'FORBIDDEN');
    expect((await app.gql(INGEST, { input: [mention(platform)] }, world.representative)).data!.ingestMentions.created).toBe(1);
  });
});
