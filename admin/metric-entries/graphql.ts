import { pick, type ResourceDefinition } from '../resource-definition';

export const metricEntryResource: ResourceDefinition = {
  type: 'MetricEntry',
  plural: 'MetricEntries',
  fields: 'id metric platformId day value source enteredByUserId enteredByApiKeyId updatedAt version',
  filterType: 'MetricEntryFilter',
  createInputType: 'CreateMetricEntryInput',
  updateInputType: 'UpdateMetricEntryInput',
  toCreateInput: (data) => pick(data, ['metric', 'platformId', 'day', 'value', 'source']),
  toUpdateInput: (data) => pick(data, ['value', 'source']),
};

export const IMPORT_METRIC_ENTRIES = 'mutation($csv: String!) { importMetricEntries(csv: $csv) { created updated unchanged } }';

/** Only these are entered; the other metrics are computed from the CRM (the API refuses them). */
export const ENTERED_METRICS = ['VIEWS', 'THREAD_MESSAGES', 'SITE_VISITS'];
export const enteredMetricChoices = ENTERED_METRICS.map((metric) => ({ id: metric, name: `repbase.kpiMetrics.${metric}` }));

/** A sample of the import format, dated yesterday so that it imports as it is. */
export function sampleMetricEntriesCsv(platformName: string): string {
  const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const quoted = `"${platformName.replaceAll('"', '""')}"`;
  return ['metric,platform,day,value,source', `VIEWS,${quoted},${day},3227,статистика площадки`, `THREAD_MESSAGES,${quoted},${day},154,статистика площадки`, `SITE_VISITS,${quoted},${day},100,Яндекс Метрика`].join('\n') + '\n';
}
