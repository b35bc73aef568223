import type { DataSource } from 'typeorm';
import { KpiPeriod } from '../../api/modules/kpis/kpi-metric';
import { Report, ReportStatus } from '../../api/modules/reports/report.entity';
import { makePlatform, makeRepresentative } from '../../seeds/factories';
import type { ClientWorld } from '../helpers/world';
import { defineCases } from './harness';

function reportOfB(status: ReportStatus) {
  return async (b: ClientWorld, dataSource: DataSource) => {
    const { representative } = await makeRepresentative(dataSource, b.client, { userId: b.userIds.representative });
    const report = await dataSource.getRepository(Report).save({
      clientId: b.client.id,
      representativeId: representative.id,
      platformId: null,
      period: KpiPeriod.MONTH,
      firstDay: '2026-11-01',
      lastDay: '2026-11-30',
      status,
      figures: [],
      wentWell: 'Тайна клиента Б',
      comments: [],
      createdById: b.userIds.representative,
    });
    return { id: report.id, representativeId: representative.id, version: report.version, status };
  };
}

async function unchangedReport({ id, version, status }: { id: string; version: number; status: ReportStatus }, dataSource: DataSource) {
  expect(await dataSource.getRepository(Report).findOneByOrFail({ id })).toMatchObject({ version, status, wentWell: 'Тайна клиента Б' });
}

const single = (operation: string, as: 'pr' | 'representative', query: string, status = ReportStatus.SUBMITTED) => ({
  operation,
  title: `${operation} on another client's report is NOT_FOUND and changes nothing`,
  as,
  arrange: reportOfB(status),
  query,
  variables: ({ id, version }: { id: string; version: number }) => ({ id, version }),
  expect: { error: 'NOT_FOUND' as const },
  unchanged: unchangedReport,
});

export const reportCases = defineCases([
  {
    operation: 'allReports',
    title: "the PR specialist's queue and lists hold only the caller's client's reports",
    as: 'pr',
    arrange: reportOfB(ReportStatus.SUBMITTED),
    query: 'query($representativeId: ID!) { allReports(perPage: 500) { id } queue: allReports(filter: { awaitingReview: true }) { id } theirs: allReports(filter: { representativeId: $representativeId }) { id } }',
    variables: ({ representativeId }) => ({ representativeId }),
    expect: {
      answer: (data, { id }) => {
        expect([...data.allReports, ...data.queue].map((row: { id: string }) => row.id)).not.toContain(id);
        expect(data.theirs).toEqual([]);
      },
    },
  },
  {
    operation: '_allReportsMeta',
    title: "another client's reports are not counted",
    as: 'pr',
    arrange: reportOfB(ReportStatus.SUBMITTED),
    query: 'query($id: ID!) { _allReportsMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allReportsMeta.count).toBe(0) },
  },
  single('Report', 'pr', 'query($id: ID!) { Report(id: $id) { id wentWell } }'),
  single('reportMarkdown', 'pr', 'query($id: ID!) { reportMarkdown(id: $id) }'),
  single('reportPdf', 'pr', 'query($id: ID!) { reportPdf(id: $id) { base64 } }'),
  single('updateReport', 'representative', 'mutation($id: ID!, $version: Int!) { updateReport(id: $id, input: { wentWell: "Захвачено", version: $version }) { id } }', ReportStatus.DRAFT),
  single('submitReport', 'representative', 'mutation($id: ID!, $version: Int!) { submitReport(id: $id, version: $version) { id } }', ReportStatus.DRAFT),
  single('acceptReport', 'pr', 'mutation($id: ID!, $version: Int!) { acceptReport(id: $id, version: $version) { id } }'),
  single('returnReport', 'pr', 'mutation($id: ID!, $version: Int!) { returnReport(id: $id, comment: "Чужое", version: $version) { id } }'),
  {
    operation: 'createReport',
    title: "a report cannot be made for another client's representative or platform",
    as: 'pr',
    arrange: async (b, dataSource) => {
      const { representative } = await makeRepresentative(dataSource, b.client);
      return { representativeId: representative.id, platformId: (await makePlatform(dataSource, b.client)).id };
    },
    query: 'mutation($representativeId: ID!, $platformId: ID!) { createReport(input: { representativeId: $representativeId, platformId: $platformId }) { id } }',
    variables: ({ representativeId, platformId }) => ({ representativeId, platformId }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ representativeId }, dataSource) => {
      expect(await dataSource.getRepository(Report).countBy({ representativeId })).toBe(0);
    },
  },
]);
