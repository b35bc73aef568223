import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { MetricEntry } from '../../api/modules/kpis/metric-entry.entity';
import { makeApiKey, makePlatform } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const FIELDS = 'id metric platformId day value source version enteredByUserId enteredByApiKeyId';
const CREATE = `mutation($input: CreateMetricEntryInput!) { createMetricEntry(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateMetricEntryInput!) { updateMetricEntry(id: $id, input: $input) { ${FIELDS} } }`;
const LIST = `query($filter: MetricEntryFilter) { allMetricEntries(filter: $filter, sortField: "day", sortOrder: ASC) { ${FIELDS} } _allMetricEntriesMeta(filter: $filter) { count } }`;
const IMPORT = 'mutation($csv: String!) { importMetricEntries(csv: $csv) { created updated unchanged } }';
const PUSH = 'mutation($input: PushMetricEntriesInput!) { pushMetricEntries(input: $input) { created updated unchanged } }';

async function world() {
  const client = await makeClientWorld(app.dataSource);
  const forum = await makePlatform(app.dataSource, client.client, { name: 'Форум Drive2' });
  const reviews = await makePlatform(app.dataSource, client.client, { name: 'Отзывы Банки.ру' });
  return { ...client, forum, reviews };
}

const entriesOf = (clientId: string) => app.dataSource.getRepository(MetricEntry).find({ where: { clientId }, order: { day: 'ASC', metric: 'ASC' } });

describe('metric entries', () => {
  it('a PR specialist enters a figure, corrects it with the version read, and a stale correction is refused', async () => {
    const w = await world();
    const created = await app.gql(CREATE, { input: { metric: 'VIEWS', platformId: w.forum.id, day: '2026-11-30', value: 3227, source: 'статистика форума' } }, w.pr);
    expect(created.errors).toBeUndefined();
    const entry = created.data!.createMetricEntry;
    expect(entry).toMatchObject({ metric: 'VIEWS', day: '2026-11-30', value: 3227, source: 'статистика форума', version: 1, enteredByUserId: w.userIds.pr });

    const corrected = await app.gql(UPDATE, { id: entry.id, input: { value: 3300, version: 1 } }, w.representative);
    expect(corrected.data!.updateMetricEntry).toMatchObject({ value: 3300, version: 2, enteredByUserId: w.userIds.representative });
    const stale = errorOf(await app.gql(UPDATE, { id: entry.id, input: { value: 1, version: 1 } }, w.pr), 'CONFLICT');
    expect(stale.extensions.reason).toBe('STALE_VERSION');
    expect((await entriesOf(w.client.id))[0].value).toBe(3300);
  });

  it('a second entry for the same metric, platform and day is refused, naming the one to correct', async () => {
    const w = await world();
    const first = await app.gql(CREATE, { input: { metric: 'THREAD_MESSAGES', platformId: w.forum.id, day: '2026-11-30', value: 154 } }, w.pr);
    const second = errorOf(await app.gql(CREATE, { input: { metric: 'THREAD_MESSAGES', platformId: w.forum.id, day: '2026-11-30', value: 10 } }, w.pr), 'CONFLICT');
    expect(second.extensions).toMatchObject({ reason: 'DUPLICATE_ENTRY', existingId: first.data!.createMetricEntry.id });
    expect((await app.gql(CREATE, { input: { metric: 'THREAD_MESSAGES', platformId: w.reviews.id, day: '2026-11-30', value: 10 } }, w.pr)).errors).toBeUndefined();
  });

  it('refuses metrics computed from the CRM, days in the future and negative or fractional figures', async () => {
    const w = await world();
    const computed = errorOf(await app.gql(CREATE, { input: { metric: 'QUESTIONS_ANSWERED', platformId: w.forum.id, day: '2026-11-30', value: 20 } }, w.pr), 'BAD_USER_INPUT');
    expect(computed.extensions.reason).toBe('METRIC_NOT_ENTERED');
    const future = errorOf(await app.gql(CREATE, { input: { metric: 'VIEWS', platformId: w.forum.id, day: '2999-01-01', value: 1 } }, w.pr), 'BAD_USER_INPUT');
    expect(future.extensions.reason).toBe('TIME_IN_FUTURE');
    const negative = errorOf(await app.gql(CREATE, { input: { metric: 'VIEWS', platformId: w.forum.id, day: '2026-11-30', value: -1 } }, w.pr), 'BAD_USER_INPUT');
    expect(negative.message).toContain('value must be a whole number');
    const badDay = errorOf(await app.gql(CREATE, { input: { metric: 'VIEWS', platformId: w.forum.id, day: '2026-02-30', value: 1 } }, w.pr), 'BAD_USER_INPUT');
    expect(badDay.extensions.reason).toBe('INVALID_VALUE');
    expect(await entriesOf(w.client.id)).toEqual([]);
  });

  it('lists with filters by metric, platform and days, and deletes', async () => {
    const w = await world();
    for (const [metric, platform, day, value] of [['VIEWS', w.forum, '2026-11-01', 10], ['VIEWS', w.reviews, '2026-11-02', 20], ['SITE_VISITS', w.forum, '2026-11-03', 5]] as const) {
      await app.gql(CREATE, { input: { metric, platformId: platform.id, day, value } }, w.pr);
    }
    const views = await app.gql(LIST, { filter: { metric: 'VIEWS' } }, w.pr);
    expect(views.data!.allMetricEntries.map((entry: { value: number }) => entry.value)).toEqual([10, 20]);
    expect(views.data!._allMetricEntriesMeta.count).toBe(2);
    const forumDays = await app.gql(LIST, { filter: { platformId: w.forum.id, dayFrom: '2026-11-02', dayTo: '2026-11-03' } }, w.pr);
    expect(forumDays.data!.allMetricEntries.map((entry: { metric: string }) => entry.metric)).toEqual(['SITE_VISITS']);
    const id = forumDays.data!.allMetricEntries[0].id;
    expect((await app.gql('mutation($id: ID!) { deleteMetricEntry(id: $id) { id } }', { id }, w.pr)).errors).toBeUndefined();
    expect(await entriesOf(w.client.id)).toHaveLength(2);
  });

  it('trainers and responsible people neither read nor enter figures', async () => {
    const w = await world();
    for (const caller of [w.trainer, w.responsible]) {
      expect(errorOf(await app.gql(LIST, {}, caller), 'FORBIDDEN').extensions.reason).toBe('MISSING_ROLE');
      errorOf(await app.gql(CREATE, { input: { metric: 'VIEWS', platformId: w.forum.id, day: '2026-11-30', value: 1 } }, caller), 'FORBIDDEN');
    }
  });
});

describe('metric entries from CSV', () => {
  it('imports a file by platform name, correcting an entry of the same metric, platform and day', async () => {
    const w = await world();
    await app.gql(CREATE, { input: { metric: 'VIEWS', platformId: w.forum.id, day: '2026-11-01', value: 1 } }, w.pr);
    const csv = [
      'metric,platform,day,value,source',
      'VIEWS,Форум Drive2,2026-11-01,3227,статистика форума',
      `THREAD_MESSAGES,${w.forum.id},2026-11-01,154,`,
      'site_visits,отзывы банки.ру,2026-11-02,100,"Яндекс Метрика, отчёт ""Источники"""',
    ].join('\n');
    const result = await app.gql(IMPORT, { csv }, w.pr);
    expect(result.errors).toBeUndefined();
    expect(result.data!.importMetricEntries).toEqual({ created: 2, updated: 1, unchanged: 0 });
    const entries = await entriesOf(w.client.id);
    expect(entries.map((entry) => [entry.metric, entry.day, entry.value, entry.source])).toEqual([
      ['THREAD_MESSAGES', '2026-11-01', 154, 'CSV'],
      ['VIEWS', '2026-11-01', 3227, 'статистика форума'],
      ['SITE_VISITS', '2026-11-02', 100, 'Яндекс Метрика, отчёт "Источники"'],
    ]);
    expect((await app.gql(IMPORT, { csv }, w.pr)).data!.importMetricEntries).toEqual({ created: 0, updated: 0, unchanged: 3 });
  });

  it('one bad cell refuses the whole file, naming every bad line and column, and writes nothing', async () => {
    const w = await world();
    const csv = [
      'metric,platform,day,value,source',
      'VIEWS,Форум Drive2,2026-11-01,3227,',
      'VIEWS,Нет такой площадки,2026-11-01,5,',
      'QUESTIONS_ANSWERED,Форум Drive2,2026-11-31,-3,',
      'VIEWS,Форум Drive2,2026-11-01,7,',
    ].join('\n');
    const refused = errorOf(await app.gql(IMPORT, { csv }, w.pr), 'BAD_USER_INPUT');
    expect(refused.extensions.reason).toBe('INVALID_ROWS');
    expect(refused.message).toContain('line 3, column platform');
    const problems = (refused.extensions.problems as { line: number; column: string | null; reason: string }[]).map(({ line, column, reason }) => [line, column, reason]);
    expect(problems).toEqual([
      [3, 'platform', 'UNKNOWN_PLATFORM'],
      [4, 'metric', 'METRIC_NOT_ENTERED'],
      [4, 'day', 'INVALID_VALUE'],
      [4, 'value', 'INVALID_VALUE'],
      [5, null, 'DUPLICATE_ENTRY'],
    ]);
    expect(await entriesOf(w.client.id)).toEqual([]);
  });

  it('a wrong header is refused before any row is read', async () => {
    const w = await world();
    const refused = errorOf(await app.gql(IMPORT, { csv: 'metric;platform;day;value;source\nVIEWS;x;2026-11-01;1;' }, w.pr), 'BAD_USER_INPUT');
    expect((refused.extensions.problems as { reason: string }[])[0]).toMatchObject({ line: 1, reason: 'WRONG_HEADER' });
  });
});

describe('metric entries pushed by an analytics tool', () => {
  it('a key with metrics:write upserts a day of figures, entered by the key', async () => {
    const w = await world();
    const { apiKey, secret } = await makeApiKey(app.dataSource, w.client, [ApiKeyScope.METRICS_WRITE], 'Яндекс Метрика');
    const tool = { apiKey: secret };
    const day = { day: '2026-11-30', values: [{ metric: 'SITE_VISITS', platformId: w.forum.id, value: 40 }, { metric: 'VIEWS', platformId: w.forum.id, value: 900 }] };
    expect((await app.gql(PUSH, { input: day }, tool)).data!.pushMetricEntries).toEqual({ created: 2, updated: 0, unchanged: 0 });
    const again = { ...day, values: [{ metric: 'SITE_VISITS', platformId: w.forum.id, value: 42 }, { metric: 'VIEWS', platformId: w.forum.id, value: 900 }] };
    expect((await app.gql(PUSH, { input: again }, tool)).data!.pushMetricEntries).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const entries = await entriesOf(w.client.id);
    expect(entries.map((entry) => [entry.metric, entry.value, entry.version, entry.source, entry.enteredByApiKeyId])).toEqual([
      ['SITE_VISITS', 42, 2, 'API: Яндекс Метрика', apiKey.id],
      ['VIEWS', 900, 1, 'API: Яндекс Метрика', apiKey.id],
    ]);
  });

  it('a key without metrics:write is refused, and so is a representative', async () => {
    const w = await world();
    const { secret } = await makeApiKey(app.dataSource, w.client, [ApiKeyScope.MENTIONS_WRITE, ApiKeyScope.REPLIES_READ]);
    const input = { day: '2026-11-30', values: [{ metric: 'VIEWS', platformId: w.forum.id, value: 1 }] };
    const refused = errorOf(await app.gql(PUSH, { input }, { apiKey: secret }), 'FORBIDDEN');
    expect(refused.extensions.reason).toBe('MISSING_SCOPE');
    errorOf(await app.gql(PUSH, { input }, w.representative), 'FORBIDDEN');
    expect(await entriesOf(w.client.id)).toEqual([]);
  });

  it('one bad value refuses the whole push', async () => {
    const w = await world();
    const input = { day: '2026-11-30', values: [{ metric: 'VIEWS', platformId: w.forum.id, value: 1 }, { metric: 'PROMO_USES', platformId: w.forum.id, value: 1 }] };
    const refused = errorOf(await app.gql(PUSH, { input }, w.key), 'BAD_USER_INPUT');
    expect(refused.extensions).toMatchObject({ reason: 'METRIC_NOT_ENTERED', fields: [{ field: 'values.1.metric' }] });
    expect(await entriesOf(w.client.id)).toEqual([]);
  });
});
