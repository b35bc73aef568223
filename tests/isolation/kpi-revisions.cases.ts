import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { KpiMetric, KpiPeriod } from '../../api/modules/kpis/kpi-metric';
import { KpiRevision } from '../../api/modules/kpis/kpi-revision.entity';
import type { ClientWorld } from '../helpers/world';
import { defineCases } from './harness';

async function revisionOfB(b: ClientWorld, dataSource: DataSource) {
  const revision = await dataSource.getRepository(KpiRevision).save({
    clientId: b.client.id,
    briefVersionId: randomUUID(),
    previousVersionId: null,
    metric: KpiMetric.VIEWS,
    period: KpiPeriod.MONTH,
    platformId: null,
    oldTarget: 3000,
    newTarget: 3500,
    reason: 'Чужая причина',
    changedById: null,
    changedAt: new Date(),
  });
  return { id: revision.id, briefVersionId: revision.briefVersionId };
}

export const kpiRevisionCases = defineCases([
  {
    operation: 'allKpiRevisions',
    title: "the KPI revision list holds only the caller's client's revisions",
    as: 'pr',
    arrange: revisionOfB,
    query: 'query($briefVersionId: ID!) { allKpiRevisions(perPage: 500) { id } byVersion: allKpiRevisions(filter: { briefVersionId: $briefVersionId }) { id } }',
    variables: ({ briefVersionId }) => ({ briefVersionId }),
    expect: {
      answer: (data, { id }) => {
        expect(data.allKpiRevisions.map((row: { id: string }) => row.id)).not.toContain(id);
        expect(data.byVersion).toEqual([]);
      },
    },
  },
  {
    operation: '_allKpiRevisionsMeta',
    title: "another client's KPI revisions are not counted",
    as: 'pr',
    arrange: revisionOfB,
    query: 'query($id: ID!) { _allKpiRevisionsMeta(filter: { ids: [$id] }) { count } }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data._allKpiRevisionsMeta.count).toBe(0) },
  },
  {
    operation: 'KpiRevision',
    title: "reading another client's KPI revision is NOT_FOUND",
    as: 'pr',
    arrange: revisionOfB,
    query: 'query($id: ID!) { KpiRevision(id: $id) { id reason } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
  },
]);
