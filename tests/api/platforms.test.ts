import { makePlatform } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const CREATE = `mutation($input: CreatePlatformInput!) {
  createPlatform(input: $input) { id kind name url agreementStatus replyLengthLimit kpiCeilings { metric value period } isArchived version }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdatePlatformInput!) { updatePlatform(id: $id, input: $input) { name isArchived replyLengthLimit version } }`;

describe('platforms', () => {
  it('a PR specialist describes a platform: kind, agreement with its administrators, reply limit, KPI ceiling', async () => {
    const world = await makeClientWorld(app.dataSource);
    const result = await app.gql(
      CREATE,
      {
        input: {
          kind: 'FORUM',
          name: 'Клуб владельцев Tiggo',
          url: 'https://tiggo-club.ru/forum',
          audience: 'владельцы и будущие покупатели, 30–45 лет',
          geography: 'Москва и область',
          agreementStatus: 'AGREED',
          agreementContact: 'admin@tiggo-club.ru',
          agreementDate: '2026-09-01T00:00:00.000Z',
          replyLengthLimit: 3000,
          kpiCeilings: [{ metric: 'VIEWS', value: 3500, period: 'MONTH' }],
        },
      },
      world.pr,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.createPlatform).toMatchObject({
      kind: 'FORUM',
      agreementStatus: 'AGREED',
      replyLengthLimit: 3000,
      kpiCeilings: [{ metric: 'VIEWS', value: 3500, period: 'MONTH' }],
      isArchived: false,
      version: 1,
    });
  });

  it('says what is wrong with a bad address, a zero reply limit and a negative ceiling', async () => {
    const world = await makeClientWorld(app.dataSource);
    const error = errorOf(
      await app.gql(CREATE, { input: { kind: 'BLOG', name: 'Блог', url: 'not a url', replyLengthLimit: 0, kpiCeilings: [{ metric: 'VIEWS', value: -5, period: 'MONTH' }] } }, world.pr),
      'BAD_USER_INPUT',
    );
    expect(error.extensions.fields).toEqual([
      { field: 'url', message: 'url must be a web address starting with http:// or https://' },
      { field: 'replyLengthLimit', message: 'replyLengthLimit must be a whole number of characters, at least 1' },
      { field: 'kpiCeilings.0.value', message: 'value cannot be negative' },
    ]);
  });

  it('keeps one ceiling per metric and period: a repeat is refused naming the first', async () => {
    const world = await makeClientWorld(app.dataSource);
    const ceilings = [
      { metric: 'VIEWS', value: 3500, period: 'MONTH' },
      { metric: 'VIEWS', value: 9000, period: 'QUARTER' },
      { metric: 'VIEWS', value: 4000, period: 'MONTH' },
    ];
    const error = errorOf(await app.gql(CREATE, { input: { kind: 'FORUM', name: 'Форум', kpiCeilings: ceilings } }, world.pr), 'BAD_USER_INPUT');
    expect(error.extensions.fields).toEqual([{ field: 'kpiCeilings.2.metric', message: 'kpiCeilings.0 already sets the ceiling of VIEWS per MONTH' }]);
    const platform = await makePlatform(app.dataSource, world.client);
    const update = await app.gql(UPDATE, { id: platform.id, input: { version: platform.version, kpiCeilings: ceilings } }, world.pr);
    expect(errorOf(update, 'BAD_USER_INPUT').extensions.reason).toBe('INVALID_INPUT');
  });

  it('refuses a second platform with the same name in a client', async () => {
    const world = await makeClientWorld(app.dataSource);
    const existing = await makePlatform(app.dataSource, world.client);
    errorOf(await app.gql(CREATE, { input: { kind: 'FORUM', name: existing.name } }, world.pr), 'CONFLICT');
  });

  it('archived platforms leave the list but stay readable', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const archived = await app.gql(UPDATE, { id: platform.id, input: { isArchived: true, version: platform.version } }, world.pr);
    expect(archived.data!.updatePlatform).toMatchObject({ isArchived: true, version: 2 });
    const list = await app.gql('{ allPlatforms { id } archived: allPlatforms(filter: { isArchived: true }) { id } }', {}, world.pr);
    expect(list.data!.allPlatforms).toEqual([]);
    expect(list.data!.archived).toEqual([{ id: platform.id }]);
  });

  it('a stale edit is a CONFLICT', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    await app.gql(UPDATE, { id: platform.id, input: { replyLengthLimit: 500, version: 1 } }, world.pr);
    expect(errorOf(await app.gql(UPDATE, { id: platform.id, input: { name: 'Другое', version: 1 } }, world.pr), 'CONFLICT').message).toContain('replyLengthLimit');
  });

  it('everyone of the client and its tools read platforms; only PR specialists change them', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    for (const as of [world.representative, world.responsible, world.trainer, world.key]) {
      expect((await app.gql('query($id: ID!) { Platform(id: $id) { name } }', { id: platform.id }, as)).data!.Platform.name).toBe(platform.name);
      errorOf(await app.gql(UPDATE, { id: platform.id, input: { name: 'X', version: 1 } }, as), 'FORBIDDEN');
    }
  });
});
