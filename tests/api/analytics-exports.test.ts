import ExcelJS from 'exceljs';
import { CaseStatus } from '../../api/modules/cases/case-status';
import { Case } from '../../api/modules/cases/case.entity';
import { Client } from '../../api/modules/clients/client.entity';
import { Mention } from '../../api/modules/mentions/mention.entity';
import { Sentiment } from '../../api/modules/mentions/sentiment';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { makeAnalyticsCase, makePlatform, makeSituation } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld } from '../helpers/world';
import { makeAnalyticsWorld } from '../helpers/analytics';

const app = useTestApp();
const WEEK = { from: '2026-11-10', to: '2026-11-16' };
const FILE = 'fileName contentType byteLength base64';
const EXPORT_TABLE = `query($from: String!, $to: String!, $table: AnalyticsTable!, $format: TableFileFormat!) {
  exportCaseAnalytics(from: $from, to: $to, table: $table, format: $format) { ${FILE} } }`;
const EXPORT_CASES = `query($from: String!, $to: String!, $format: TableFileFormat!) { exportCases(from: $from, to: $to, format: $format) { ${FILE} } }`;
const INFOGRAPHIC = `query($from: String!, $to: String!, $format: InfographicFormat) { caseInfographic(from: $from, to: $to, format: $format) { ${FILE} } }`;

const bytes = (file: { base64: string }) => Buffer.from(file.base64, 'base64');
const csvLines = (file: { base64: string }) => bytes(file).toString('utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');

// The rollup rows recomputed from the raw table, in the same key and measures, for comparison.
const RAW_VERSUS_ROLLUP = `
WITH raw AS (
  SELECT (c.requested_at AT TIME ZONE cl.time_zone)::date AS day, c.platform_id, c.representative_user_id, c.category,
         count(*)::int AS cases, count(c.first_response_at)::int AS answered, count(*) FILTER (WHERE c.status = 'RESOLVED')::int AS resolved,
         count(*) FILTER (WHERE c.resolved)::int AS problems_solved, count(*) FILTER (WHERE m.sentiment = 'NEGATIVE')::int AS negative,
         round(coalesce(sum(extract(epoch FROM c.first_response_at - c.requested_at)), 0))::int AS first_response_seconds
    FROM mention_case c JOIN mention m ON m.id = c.mention_id JOIN client cl ON cl.id = c.client_id
   WHERE c.client_id = $1 GROUP BY 1, 2, 3, 4
), rollup AS (
  SELECT day, platform_id, representative_user_id, category, cases, answered, resolved, problems_solved, negative,
         round(first_response_seconds)::int AS first_response_seconds
    FROM case_daily_rollup WHERE client_id = $1 AND cases <> 0
)
SELECT (SELECT count(*) FROM (SELECT * FROM raw EXCEPT SELECT * FROM rollup) d)::int AS missing,
       (SELECT count(*) FROM (SELECT * FROM rollup EXCEPT SELECT * FROM raw) d)::int AS extra,
       (SELECT count(*) FROM raw)::int AS keys`;

// The per-client tables are the per-platform-and-representative ones summed over those two.
const TOTALS_VERSUS_ROLLUP = `
WITH summed AS (
  SELECT day, category, sum(cases)::int AS cases, sum(answered)::int AS answered, sum(negative)::int AS negative, sum(fr_3)::int AS fr_3, round(sum(first_response_seconds))::int AS seconds
    FROM case_daily_rollup WHERE client_id = $1 GROUP BY 1, 2 HAVING sum(cases) <> 0
), totals AS (
  SELECT day, category, cases, answered, negative, fr_3, round(first_response_seconds)::int FROM case_daily_totals WHERE client_id = $1 AND cases <> 0
), situations_summed AS (
  SELECT day, category, situation_id, sum(cases)::int FROM case_situation_daily WHERE client_id = $1 GROUP BY 1, 2, 3 HAVING sum(cases) <> 0
), situation_totals AS (
  SELECT day, category, situation_id, cases FROM case_situation_totals WHERE client_id = $1 AND cases <> 0
)
SELECT (SELECT count(*) FROM (SELECT * FROM summed EXCEPT SELECT * FROM totals) d)::int
     + (SELECT count(*) FROM (SELECT * FROM totals EXCEPT SELECT * FROM summed) d)::int
     + (SELECT count(*) FROM (SELECT * FROM situations_summed EXCEPT SELECT * FROM situation_totals) d)::int
     + (SELECT count(*) FROM (SELECT * FROM situation_totals EXCEPT SELECT * FROM situations_summed) d)::int AS differences`;

describe('rollups', () => {
  it('equal the raw cases after inserts, updates, deletes and a changed sentiment', async () => {
    const { dataSource } = app;
    const world = await makeClientWorld(dataSource);
    const client = world.client;
    const [forum, blog] = [await makePlatform(dataSource, client), await makePlatform(dataSource, client)];
    const situation = await makeSituation(dataSource, client);
    const cases: Case[] = [];
    for (let index = 0; index < 12; index += 1) {
      cases.push(
        await makeAnalyticsCase(dataSource, client, {
          platform: index % 2 ? forum : blog,
          requestedAt: new Date(Date.UTC(2026, 10, 1 + (index % 4), 20 + (index % 4), 0)),
          firstResponseAt: index % 3 ? new Date(Date.UTC(2026, 10, 2 + (index % 4), 1, index)) : null,
          category: index % 5 ? ConsumerCycleCategory.NEGATIVE : null,
          situationId: index % 2 ? situation.id : null,
        }),
      );
    }
    const cases_ = dataSource.getRepository(Case);
    await cases_.update({ id: cases[0].id }, { status: CaseStatus.RESOLVED, resolved: true, finishedAt: new Date(Date.UTC(2026, 10, 9)) });
    await cases_.update({ id: cases[1].id }, { category: ConsumerCycleCategory.SUPPORT, representativeUserId: world.userIds.representative });
    await cases_.update({ id: cases[2].id }, { requestedAt: new Date(Date.UTC(2026, 9, 15, 12)), platformId: forum.id });
    await cases_.update({ id: cases[3].id }, { firstResponseAt: null });
    await dataSource.getRepository(Mention).update({ id: cases[4].mentionId }, { sentiment: Sentiment.NEGATIVE });
    await cases_.delete({ id: cases[5].id });
    await dataSource.getRepository(Mention).delete({ id: cases[6].mentionId });
    const [comparison] = await dataSource.query(RAW_VERSUS_ROLLUP, [client.id]);
    expect(comparison).toEqual({ missing: 0, extra: 0, keys: expect.any(Number) });
    expect(comparison.keys).toBeGreaterThan(4);
    const [situations] = await dataSource.query(
      `SELECT (SELECT coalesce(sum(cases), 0) FROM case_situation_daily WHERE client_id = $1)::int AS rolled,
              (SELECT count(*) FROM mention_case WHERE client_id = $1 AND situation_id IS NOT NULL)::int AS raw`,
      [client.id],
    );
    expect(situations.rolled).toBe(situations.raw);
    expect((await dataSource.query(TOTALS_VERSUS_ROLLUP, [client.id]))[0].differences).toBe(0);
    // A time-zone change rebuilds the client's rollups on the new days.
    await dataSource.getRepository(Client).update({ id: client.id }, { timeZone: 'America/New_York' });
    const [afterMove] = await dataSource.query(RAW_VERSUS_ROLLUP, [client.id]);
    expect(afterMove).toMatchObject({ missing: 0, extra: 0 });
    expect((await dataSource.query(TOTALS_VERSUS_ROLLUP, [client.id]))[0].differences).toBe(0);
  });
  it('take in a batch of ingested mentions with their sentiment, in the statement that inserts them', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client);
    const post = (text: string, minute: number) => ({
      platformId: platform.id,
      externalId: `post-${minute}`,
      authorHandle: `@reader${minute}`,
      text,
      postedAt: new Date(Date.UTC(2026, 10, 12, 9, minute)).toISOString(),
    });
    const ingested = await app.gql(
      'mutation($input: [MentionInput!]!) { ingestMentions(input: $input) { created } }',
      { input: [post('Спасибо, всё отлично, очень доволен!', 1), post('Ужасный сервис, третий день не могу дозвониться, верните деньги!', 2), post('Сколько стоит ТО?', 3)] },
      world.key,
    );
    expect(ingested.data!.ingestMentions.created).toBe(3);
    const [comparison] = await app.dataSource.query(RAW_VERSUS_ROLLUP, [world.client.id]);
    expect(comparison).toMatchObject({ missing: 0, extra: 0 });
    const sentiments = (await app.gql('{ caseAnalytics(from: "2026-11-12", to: "2026-11-12") { sentiments { sentiment cases { current } } } }', {}, world.pr)).data!
      .caseAnalytics.sentiments;
    const stored = await app.dataSource.query('SELECT sentiment::text, count(*)::int AS count FROM mention WHERE client_id = $1 GROUP BY 1', [world.client.id]);
    expect(stored.length).toBeGreaterThan(1);
    for (const { sentiment, count } of stored) {
      expect(sentiments.find((figure: { sentiment: string }) => figure.sentiment === sentiment).cases.current).toBe(count);
    }
  });
});

describe('exports', () => {
  it('writes an analytics table as CSV with Russian headers and the same figures as caseAnalytics', async () => {
    const world = await makeAnalyticsWorld(app);
    const summary = (await app.gql(EXPORT_TABLE, { ...WEEK, table: 'SUMMARY', format: 'CSV' }, world.pr)).data!.exportCaseAnalytics;
    expect(summary).toMatchObject({ fileName: `${world.client.slug}-summary-2026-11-10-2026-11-16.csv`, contentType: 'text/csv; charset=utf-8' });
    expect(bytes(summary).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csvLines(summary);
    expect(lines[0]).toBe('Показатель,За период,За предыдущий период,Изменение,"Изменение, %"');
    expect(lines).toContain('Обращений поступило,4,2,2,100');
    expect(lines).toContain('"Первый ответ, среднее, мин",250,60,190,316.7');
    const situations = csvLines((await app.gql(EXPORT_TABLE, { ...WEEK, table: 'SITUATIONS', format: 'CSV' }, world.pr)).data!.exportCaseAnalytics);
    expect(situations[1]).toMatch(new RegExp(`^${world.titles.s1},situation-[^,]+,Негатив,2,1,1,100$`));
  });

  it('writes an analytics table as XLSX', async () => {
    const world = await makeAnalyticsWorld(app);
    const file = (await app.gql(EXPORT_TABLE, { ...WEEK, table: 'FIRST_RESPONSE_DISTRIBUTION', format: 'XLSX' }, world.pr)).data!.exportCaseAnalytics;
    expect(file.fileName).toMatch(/first-response-2026-11-10-2026-11-16\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes(file) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Время первого ответа');
    expect(sheet.getRow(2).values).toEqual([undefined, 'до 1 ч', 1, 1, 0, 0, 0.333]);
    expect(sheet.getRow(4).getCell(1).value).toBe('4–8 ч');
  });

  it("writes every case of the period one row each, in the client's local time; a representative gets their own", async () => {
    const world = await makeAnalyticsWorld(app);
    const lines = csvLines((await app.gql(EXPORT_CASES, { ...WEEK, format: 'CSV' }, world.pr)).data!.exportCases);
    expect(lines[0].split(',').slice(0, 4)).toEqual(['Поступило', 'Площадка', 'Автор', 'Текст']);
    expect(lines).toHaveLength(1 + 4);
    expect(lines[1].startsWith('2026-11-10 23:30,')).toBe(true);
    expect(lines[1]).toContain(',Негатив,');
    expect(lines[4].startsWith('2026-11-16 23:59,')).toBe(true);
    const own = csvLines((await app.gql(EXPORT_CASES, { ...WEEK, format: 'CSV' }, world.representative)).data!.exportCases);
    expect(own).toHaveLength(2);
    expect(own[1].startsWith('2026-11-11 00:30,')).toBe(true);
    const xlsx = (await app.gql(EXPORT_CASES, { ...WEEK, format: 'XLSX' }, world.pr)).data!.exportCases;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes(xlsx) as never);
    expect(workbook.worksheets[0].rowCount).toBe(5);
    expect(errorOf(await app.gql(EXPORT_CASES, { ...WEEK, format: 'CSV' }, world.responsible), 'FORBIDDEN')).toBeTruthy();
  });
});

describe('the infographic', () => {
  it('draws the period in Russian with the figures, as PNG, PDF and SVG', async () => {
    const world = await makeAnalyticsWorld(app);
    await app.dataSource.getRepository(Client).update({ id: world.client.id }, { callCentreAnswerMinutes: 600 });
    const svg = bytes((await app.gql(INFOGRAPHIC, { ...WEEK, format: 'SVG' }, world.pr)).data!.caseInfographic).toString('utf8');
    expect(svg).toContain('10–16 ноября 2026');
    expect(svg).toContain('>3</text>'); // requests handled: answered
    expect(svg).toContain('из 4 поступивших');
    expect(svg).toContain('>2</text>'); // problems solved
    expect(svg).toContain('4 ч 10 мин'); // 250 minutes on average
    expect(svg).toContain('10 ч</text>'); // the call centre's 600 minutes
    expect(svg).toContain('В 2,4 раза быстрее колл-центра');
    expect(svg).toContain(world.titles.s1);

    const png = (await app.gql(INFOGRAPHIC, WEEK, world.pr)).data!.caseInfographic;
    expect(png).toMatchObject({ contentType: 'image/png', fileName: expect.stringMatching(/infographic-2026-11-10-2026-11-16\.png$/) });
    const image = bytes(png);
    expect(image.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([image.readUInt32BE(16), image.readUInt32BE(20)]).toEqual([1080, 1350]);
    expect(png.byteLength).toBe(image.length);
    expect(image.length).toBeGreaterThan(20_000);

    const pdf = bytes((await app.gql(INFOGRAPHIC, { ...WEEK, format: 'PDF' }, world.pr)).data!.caseInfographic);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    // The Cyrillic text is drawn with the font shipped in npm, embedded in the file.
    expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]+\+DejaVuSans-Bold/);
  });

  it('is for PR specialists', async () => {
    const world = await makeClientWorld(app.dataSource);
    expect(errorOf(await app.gql(INFOGRAPHIC, WEEK, world.representative), 'FORBIDDEN')).toBeTruthy();
    expect(errorOf(await app.gql(INFOGRAPHIC, WEEK, world.responsible), 'FORBIDDEN')).toBeTruthy();
  });
});
