import { makeAnalyticsCase, makePlatform } from '../../seeds/factories';
import { defineCases, type IsolationCase } from './harness';

/** Client B has a case on 10 November 2026 on its own platform; client A asks about that day. */
const arrangeCase: IsolationCase<{ platformId: string }>['arrange'] = async (b, dataSource) => {
  const platform = await makePlatform(dataSource, b.client);
  await makeAnalyticsCase(dataSource, b.client, { platform, requestedAt: new Date('2026-11-10T10:00:00Z'), firstResponseAt: new Date('2026-11-10T11:00:00Z'), text: 'Секрет клиента Б' });
  return { platformId: platform.id };
};
const decoded = (file: { base64: string }) => Buffer.from(file.base64, 'base64').toString('utf8');

export const analyticsCases = defineCases([
  {
    operation: 'caseAnalytics',
    title: "another client's cases count nowhere, even filtered by its platform",
    as: 'pr',
    arrange: arrangeCase,
    query: `query($platformId: ID!) {
      all: caseAnalytics(from: "2026-11-10", to: "2026-11-10") { summary { mentionsIn { current } } situations { title } }
      filtered: caseAnalytics(from: "2026-11-10", to: "2026-11-10", filter: { platformId: $platformId }) { summary { mentionsIn { current } } }
    }`,
    variables: ({ platformId }) => ({ platformId }),
    expect: {
      answer: (data) => {
        expect(data.all.summary.mentionsIn.current).toBe(0);
        expect(data.filtered.summary.mentionsIn.current).toBe(0);
      },
    },
  },
  {
    operation: 'exportCaseAnalytics',
    title: "an exported analytics table holds nothing of another client's",
    as: 'pr',
    arrange: arrangeCase,
    query: 'query { exportCaseAnalytics(from: "2026-11-10", to: "2026-11-10", table: SUMMARY, format: CSV) { base64 } }',
    expect: { answer: (data) => expect(decoded(data.exportCaseAnalytics)).toContain('Обращений поступило,0,0,0,') },
  },
  {
    operation: 'exportCases',
    title: "the case export holds no case of another client's",
    as: 'pr',
    arrange: arrangeCase,
    query: 'query { exportCases(from: "2026-11-10", to: "2026-11-10", format: CSV) { base64 } }',
    expect: {
      answer: (data) => {
        const text = decoded(data.exportCases);
        expect(text).not.toContain('Секрет клиента Б');
        expect(text.trimEnd().split('\r\n')).toHaveLength(1);
      },
    },
  },
  {
    operation: 'caseInfographic',
    title: "the infographic counts no case of another client's",
    as: 'pr',
    arrange: arrangeCase,
    query: 'query { caseInfographic(from: "2026-11-10", to: "2026-11-10", format: SVG) { base64 } }',
    expect: { answer: (data) => expect(decoded(data.caseInfographic)).toContain('из 0 поступивших') },
  },
]);
