import { KpiMetric, KpiPeriod } from '../../api/modules/kpis/kpi-metric';
import { Role } from '../../api/modules/users/role';
import { makeBriefInForce, makePlatform, makeRepresentative, makeUser } from '../../seeds/factories';
import { errorOf, useTestApp, type As } from '../helpers/app';
import { makeMetricEntry, makeWorkedCase } from '../helpers/kpis';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const FIELDS = `id status version firstDay lastDay period platformId representativeId representativeName wentWell problems proposals reviewComment
  comments { subject comment } figures { metric value outOf target source corrected } allowedActions submittedAt`;
const CREATE = `mutation($input: CreateReportInput) { createReport(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateReportInput!) { updateReport(id: $id, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $version: Int!) { submitReport(id: $id, version: $version) { ${FIELDS} } }`;
const ACCEPT = `mutation($id: ID!, $version: Int!) { acceptReport(id: $id, version: $version) { ${FIELDS} } }`;
const RETURN = `mutation($id: ID!, $comment: String!, $comments: [ReportCommentInput!], $version: Int!) {
  returnReport(id: $id, comment: $comment, comments: $comments, version: $version) { ${FIELDS} } }`;
const SHOW = `query($id: ID!) { Report(id: $id) { ${FIELDS} liveFigures { metric reported live delta moved } } }`;
const LIST = `query($filter: ReportFilter) { allReports(filter: $filter) { id status } _allReportsMeta(filter: $filter) { count } }`;
const DOCUMENTS = 'query($id: ID!) { reportMarkdown(id: $id) reportPdf(id: $id) { fileName contentType base64 } }';

const AT = '2026-11-20T12:00:00.000Z';

/** A client whose brief sets November targets on a forum, a representative with an account there, and facts of November. */
async function novemberWorld() {
  const world = await makeClientWorld(app.dataSource);
  const forum = await makePlatform(app.dataSource, world.client);
  await makeRepresentative(app.dataSource, world.client, { userId: world.userIds.representative, platforms: [forum] });
  await makeBriefInForce(app.dataSource, world.client, {
    kpiTargets: [
      { key: 'views', metric: KpiMetric.VIEWS, target: 3000, period: KpiPeriod.MONTH, platformId: forum.id, isPriority: true },
      { key: 'questions', metric: KpiMetric.QUESTIONS_ANSWERED, target: 20, period: KpiPeriod.MONTH, platformId: forum.id },
    ],
  });
  await makeMetricEntry(app.dataSource, world.client, forum, KpiMetric.VIEWS, '2026-11-10', 3227);
  await makeMetricEntry(app.dataSource, world.client, forum, KpiMetric.VIEWS, '2026-10-31', 999);
  await makeWorkedCase(app.dataSource, world.client, forum, { requestedAt: '2026-11-05T09:00:00Z', firstResponseAt: '2026-11-05T11:00:00Z' }, { representativeUserId: world.userIds.representative });
  return { world, forum };
}

async function ok(as: As, query: string, variables: Record<string, unknown>, field: string) {
  const result = await app.gql(query, variables, as);
  expect([field, result.errors]).toEqual([field, undefined]);
  return result.data![field];
}

const figure = (report: { figures: { metric: string }[] }, metric: string) => report.figures.find((item) => item.metric === metric);

describe('periodic reports', () => {
  it('a new report is prefilled from the month’s facts, each figure beside its target from the brief', async () => {
    const { world, forum } = await novemberWorld();
    const report = await ok(world.representative, CREATE, { input: { platformId: forum.id, at: AT } }, 'createReport');
    expect(report).toMatchObject({ status: 'DRAFT', period: 'MONTH', firstDay: '2026-11-01', lastDay: '2026-11-30', allowedActions: ['updateReport', 'submitReport'] });
    expect(report.figures.map((item: { metric: string }) => item.metric)).toEqual(Object.values(KpiMetric));
    expect(figure(report, 'VIEWS')).toEqual({ metric: 'VIEWS', value: 3227, outOf: null, target: 3000, source: 'METRIC_ENTRIES', corrected: false });
    expect(figure(report, 'QUESTIONS_ANSWERED')).toMatchObject({ value: 1, target: 20 });
    expect(figure(report, 'AVERAGE_FIRST_RESPONSE_HOURS')).toMatchObject({ value: 2, target: null });

    const again = errorOf(await app.gql(CREATE, { input: { platformId: forum.id, at: '2026-11-02T12:00:00Z' } }, world.representative), 'CONFLICT');
    expect(again.extensions).toMatchObject({ reason: 'DUPLICATE_REPORT', reportId: report.id });
  });

  it("a platform's report is beside that platform's targets only, and a report for all platforms beside the targets for all", async () => {
    const world = await makeClientWorld(app.dataSource);
    const [forum, blog] = [await makePlatform(app.dataSource, world.client), await makePlatform(app.dataSource, world.client)];
    await makeRepresentative(app.dataSource, world.client, { userId: world.userIds.representative, platforms: [forum, blog] });
    await makeBriefInForce(app.dataSource, world.client, {
      kpiTargets: [
        { key: 'forum-views', metric: KpiMetric.VIEWS, target: 3000, period: KpiPeriod.MONTH, platformId: forum.id },
        { key: 'forum-questions', metric: KpiMetric.QUESTIONS_ANSWERED, target: 20, period: KpiPeriod.MONTH, platformId: forum.id },
        { key: 'blog-views', metric: KpiMetric.VIEWS, target: 500, period: KpiPeriod.MONTH, platformId: blog.id },
        { key: 'all-views', metric: KpiMetric.VIEWS, target: 4000, period: KpiPeriod.MONTH, platformId: null },
        { key: 'forum-quarter', metric: KpiMetric.VIEWS, target: 9000, period: KpiPeriod.QUARTER, platformId: forum.id },
      ],
    });
    await makeMetricEntry(app.dataSource, world.client, forum, KpiMetric.VIEWS, '2026-11-10', 3227);
    await makeMetricEntry(app.dataSource, world.client, blog, KpiMetric.VIEWS, '2026-11-11', 410);
    const targets = async (platformId: string | null) => {
      const report = await ok(world.representative, CREATE, { input: { platformId, at: AT } }, 'createReport');
      return [figure(report, 'VIEWS'), figure(report, 'QUESTIONS_ANSWERED')].map((item: any) => [item.value, item.target]);
    };
    expect(await targets(forum.id)).toEqual([[3227, 3000], [0, 20]]);
    expect(await targets(blog.id)).toEqual([[410, 500], [0, null]]);
    expect(await targets(null)).toEqual([[3637, 4000], [0, null]]);
  });

  it('the whole loop: submitted with figures frozen, returned with comments, edited, resubmitted and accepted', async () => {
    const { world, forum } = await novemberWorld();
    const draft = await ok(world.representative, CREATE, { input: { platformId: forum.id, at: AT } }, 'createReport');

    const early = errorOf(await app.gql(ACCEPT, { id: draft.id, version: draft.version }, world.pr), 'CONFLICT');
    expect(early.extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', status: 'DRAFT', allowedActions: ['updateReport', 'submitReport'] });
    expect(early.message).toContain('submit it for review (submitReport)');

    const edited = await ok(world.representative, UPDATE, {
      id: draft.id,
      input: { version: draft.version, wentWell: 'Вышли на 3 300 просмотров', problems: 'Старый негатив в ветке', proposals: 'Еженедельный дайджест', figures: [{ metric: 'VIEWS', value: 3300 }] },
    }, 'updateReport');
    expect(figure(edited, 'VIEWS')).toMatchObject({ value: 3300, corrected: true });
    const stale = errorOf(await app.gql(SUBMIT, { id: draft.id, version: draft.version }, world.representative), 'CONFLICT');
    expect(stale.extensions.reason).toBe('STALE_VERSION');

    const submitted = await ok(world.representative, SUBMIT, { id: draft.id, version: edited.version }, 'submitReport');
    expect(submitted).toMatchObject({ status: 'SUBMITTED', allowedActions: ['acceptReport', 'returnReport'] });
    // The PR specialist is told, and tools following report.submitted get the event.
    const bell = '{ myNotifications { kind title link } }';
    expect((await app.gql(bell, {}, world.pr)).data!.myNotifications).toContainEqual({ kind: 'REPORT_SUBMITTED', title: 'Отчёт ждёт проверки', link: `/reports/${draft.id}/show` });
    expect(await app.dataSource.query(`SELECT count(*)::int AS count FROM webhook_event WHERE client_id = $1 AND type = 'report.submitted'`, [world.client.id])).toEqual([{ count: 1 }]);
    expect(figure(submitted, 'VIEWS')).toMatchObject({ value: 3300, corrected: true });
    expect(errorOf(await app.gql(UPDATE, { id: draft.id, input: { version: submitted.version, wentWell: 'позже' } }, world.representative), 'CONFLICT').extensions.reason).toBe('ILLEGAL_TRANSITION');

    // The facts move after submission: the report keeps its figures; the reviewer sees where they moved.
    await makeMetricEntry(app.dataSource, world.client, forum, KpiMetric.THREAD_MESSAGES, '2026-11-25', 154);
    const shown = await ok(world.pr, SHOW, { id: draft.id }, 'Report');
    expect(figure(shown, 'THREAD_MESSAGES')).toMatchObject({ value: null });
    expect(shown.liveFigures.find((item: { metric: string }) => item.metric === 'THREAD_MESSAGES')).toEqual({ metric: 'THREAD_MESSAGES', reported: null, live: 154, delta: null, moved: true });
    expect(shown.liveFigures.find((item: { metric: string }) => item.metric === 'VIEWS')).toEqual({ metric: 'VIEWS', reported: 3300, live: 3227, delta: -73, moved: true });
    expect(shown.liveFigures.find((item: { metric: string }) => item.metric === 'QUESTIONS_ANSWERED')).toMatchObject({ moved: false, delta: 0 });

    expect(errorOf(await app.gql(RETURN, { id: draft.id, comment: '  ', version: submitted.version }, world.pr), 'BAD_USER_INPUT').extensions.reason).toBe('COMMENT_REQUIRED');
    expect(errorOf(await app.gql(RETURN, { id: draft.id, comment: 'Поправьте', comments: [{ subject: 'mood', comment: 'x' }], version: submitted.version }, world.pr), 'BAD_USER_INPUT')).toBeTruthy();
    const returned = await ok(world.pr, RETURN, {
      id: draft.id,
      comment: 'Уточните просмотры и предложения',
      comments: [{ subject: 'VIEWS', comment: 'По статистике форума 3 227' }, { subject: 'proposals', comment: 'Нужны сроки' }],
      version: submitted.version,
    }, 'returnReport');
    expect(returned).toMatchObject({ status: 'RETURNED', reviewComment: 'Уточните просмотры и предложения', allowedActions: ['updateReport', 'submitReport'] });
    expect(returned.comments).toEqual([{ subject: 'VIEWS', comment: 'По статистике форума 3 227' }, { subject: 'proposals', comment: 'Нужны сроки' }]);
    const toldRepresentative = (await app.gql('{ myNotifications { kind title body } }', {}, world.representative)).data!.myNotifications;
    expect(toldRepresentative).toContainEqual(expect.objectContaining({ kind: 'REPORT_RETURNED', title: 'Отчёт вернули на доработку', body: expect.stringContaining('Уточните просмотры и предложения') }));

    // A form sends every section and figure back: a cleared section is empty, an unchanged figure no correction.
    const fixed = await ok(world.representative, UPDATE, {
      id: draft.id,
      input: { version: returned.version, wentWell: null, proposals: 'Еженедельный дайджест с декабря', figures: [{ metric: 'VIEWS', value: 3227 }, { metric: 'QUESTIONS_ANSWERED', value: 1 }] },
    }, 'updateReport');
    expect(fixed.wentWell).toBe('');
    expect(figure(fixed, 'QUESTIONS_ANSWERED')).toMatchObject({ value: 1, corrected: false });
    const resubmitted = await ok(world.representative, SUBMIT, { id: draft.id, version: fixed.version }, 'submitReport');
    expect(figure(resubmitted, 'THREAD_MESSAGES')).toMatchObject({ value: 154 });
    const accepted = await ok(world.pr, ACCEPT, { id: draft.id, version: resubmitted.version }, 'acceptReport');
    expect(accepted).toMatchObject({ status: 'ACCEPTED', allowedActions: [] });
    const final = errorOf(await app.gql(RETURN, { id: draft.id, comment: 'Ещё', version: accepted.version }, world.pr), 'CONFLICT');
    expect(final.extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', allowedActions: [] });
  });

  it('nobody accepts or returns their own report', async () => {
    const { world, forum } = await novemberWorld();
    const both = await makeUser(app.dataSource, { roles: [[world.client, Role.PR_SPECIALIST], [world.client, Role.REPRESENTATIVE]] });
    await makeRepresentative(app.dataSource, world.client, { userId: both.user.id, platforms: [forum] });
    const as = { token: both.token, client: world.client.slug };
    const draft = await ok(as, CREATE, { input: { at: AT } }, 'createReport');
    const submitted = await ok(as, SUBMIT, { id: draft.id, version: draft.version }, 'submitReport');
    expect(errorOf(await app.gql(ACCEPT, { id: draft.id, version: submitted.version }, as), 'FORBIDDEN').extensions.reason).toBe('OWN_REPORT');
    expect(errorOf(await app.gql(RETURN, { id: draft.id, comment: 'Сам себе', version: submitted.version }, as), 'FORBIDDEN').extensions.reason).toBe('OWN_REPORT');
    expect(errorOf(await app.gql(ACCEPT, { id: draft.id, version: submitted.version }, world.representative), 'FORBIDDEN').extensions.reason).toBe('MISSING_ROLE');
    // Their own queue leaves it out; another PR specialist's holds it.
    expect((await ok(as, LIST, { filter: { awaitingReview: true } }, '_allReportsMeta')).count).toBe(0);
    expect((await app.gql(LIST, { filter: { awaitingReview: true } }, world.pr)).data!.allReports).toEqual([{ id: draft.id, status: 'SUBMITTED' }]);
    await ok(world.pr, ACCEPT, { id: draft.id, version: submitted.version }, 'acceptReport');
  });

  it("a representative reads, edits and submits only their own reports; a PR specialist writes one for a representative", async () => {
    const { world, forum } = await novemberWorld();
    const other = await makeRepresentative(app.dataSource, world.client, { platforms: [forum] });
    const otherAs = { token: other.token!, client: world.client.slug };
    const mine = await ok(world.representative, CREATE, { input: { at: AT } }, 'createReport');
    const theirs = await ok(world.pr, CREATE, { input: { representativeId: other.representative.id, at: AT } }, 'createReport');
    expect(theirs.representativeId).toBe(other.representative.id);

    expect(errorOf(await app.gql(SHOW, { id: theirs.id }, world.representative), 'FORBIDDEN').extensions.reason).toBe('NOT_YOUR_REPORT');
    expect(errorOf(await app.gql(UPDATE, { id: theirs.id, input: { version: theirs.version, wentWell: 'чужое' } }, world.representative), 'FORBIDDEN').extensions.reason).toBe('NOT_YOUR_REPORT');
    expect(errorOf(await app.gql(SUBMIT, { id: theirs.id, version: theirs.version }, world.representative), 'FORBIDDEN').extensions.reason).toBe('NOT_YOUR_REPORT');
    expect(errorOf(await app.gql(CREATE, { input: { representativeId: other.representative.id } }, world.representative), 'FORBIDDEN').extensions.reason).toBe('NOT_YOUR_REPORT');
    expect((await ok(world.representative, LIST, {}, 'allReports')).map((row: { id: string }) => row.id)).toEqual([mine.id]);
    expect((await ok(otherAs, LIST, { filter: { mine: true } }, 'allReports')).map((row: { id: string }) => row.id)).toEqual([theirs.id]);
    expect((await ok(world.pr, LIST, {}, '_allReportsMeta')).count).toBe(2);

    for (const caller of [world.responsible, world.trainer]) {
      expect(errorOf(await app.gql(LIST, {}, caller), 'FORBIDDEN').extensions.reason).toBe('MISSING_ROLE');
    }
    expect(errorOf(await app.gql(CREATE, { input: {} }, world.pr), 'BAD_USER_INPUT').extensions.reason).toBe('NOT_A_REPRESENTATIVE');
  });

  it("a page of reports with their representatives' names and platforms costs the statements of one", async () => {
    const { world, forum } = await novemberWorld();
    const ids: string[] = [];
    for (let index = 0; index < 4; index += 1) {
      const { representative } = await makeRepresentative(app.dataSource, world.client, { platforms: [forum] });
      ids.push((await ok(world.pr, CREATE, { input: { representativeId: representative.id, platformId: forum.id, at: AT } }, 'createReport')).id);
    }
    const page = 'query($ids: [ID!]) { allReports(filter: { ids: $ids }) { id representativeName platform { name } representative { id } allowedActions figures { metric target } } }';
    const one = await app.gql(page, { ids: ids.slice(0, 1) }, world.pr);
    const four = await app.gql(page, { ids }, world.pr);
    expect([one.errors, four.errors]).toEqual([undefined, undefined]);
    expect(four.data!.allReports).toHaveLength(4);
    expect(four.statements).toBe(one.statements);
  });

  it('is served as Markdown and as a PDF with Russian text', async () => {
    const { world, forum } = await novemberWorld();
    const draft = await ok(world.representative, CREATE, { input: { platformId: forum.id, at: AT } }, 'createReport');
    await ok(world.representative, UPDATE, { id: draft.id, input: { version: draft.version, wentWell: 'Ответили на все вопросы в срок' } }, 'updateReport');
    const { reportMarkdown, reportPdf } = (await app.gql(DOCUMENTS, { id: draft.id }, world.pr)).data!;
    expect(reportMarkdown).toContain(`## Показатели`);
    expect(reportMarkdown).toMatch(/\| Просмотры \| 3\s227 \| 3\s000 \|/);
    expect(reportMarkdown).toContain('| Решено проблем | 0 из 0 | — |');
    expect(reportMarkdown).toContain('## Что получилось\n\nОтветили на все вопросы в срок');
    expect(reportMarkdown).toContain('Период: 01.11.2026 – 30.11.2026');
    expect(reportPdf).toMatchObject({ fileName: 'report-2026-11-01.pdf', contentType: 'application/pdf' });
    const pdf = Buffer.from(reportPdf.base64, 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/PTSans/);
  });
});
