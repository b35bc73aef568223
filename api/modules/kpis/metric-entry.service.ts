import { invalidCsvRows } from '../../common/csv-import';
import { badInput, conflict } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { Platform } from '../platforms/platform.entity';
import { dayOf, isDay } from './client-days';
import { ENTERED_METRICS } from './kpi-facts';
import type { KpiMetric } from './kpi-metric';
import { parseMetricEntriesCsv } from './metric-entry.csv';
import { MetricEntry } from './metric-entry.entity';
import type {
  CreateMetricEntryInput,
  MetricEntriesWritten,
  MetricEntryFilter,
  MetricEntryListArgs,
  PushMetricEntriesInput,
  UpdateMetricEntryInput,
} from './metric-entry.inputs';

const SORTABLE = { day: 'entry.day', metric: 'entry.metric', value: 'entry.value', platformId: 'entry.platformId', updatedAt: 'entry.updatedAt' };
export const MAX_PUSHED_VALUES = 500;

function entriesMatching(context: RequestContext, filter: MetricEntryFilter = {}) {
  const query = context.tenant.query(MetricEntry, 'entry');
  if (filter.ids) query.andWhere('entry.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.metric) query.andWhere('entry.metric = :metric', { metric: filter.metric });
  if (filter.platformId) query.andWhere('entry.platformId = :platformId', { platformId: isUuid(filter.platformId) ? filter.platformId : null });
  if (filter.dayFrom && isDay(filter.dayFrom)) query.andWhere('entry.day >= :dayFrom', { dayFrom: filter.dayFrom });
  if (filter.dayTo && isDay(filter.dayTo)) query.andWhere('entry.day <= :dayTo', { dayTo: filter.dayTo });
  if (filter.q) query.andWhere('entry.source ILIKE :q', { q: containing(filter.q) });
  return query;
}

export function listMetricEntries(context: RequestContext, args: MetricEntryListArgs): Promise<MetricEntry[]> {
  return paginate(entriesMatching(context, args.filter), args, SORTABLE, { field: 'day', order: SortOrder.DESC }).getMany();
}

export async function countMetricEntries(context: RequestContext, filter?: MetricEntryFilter): Promise<ListMetadata> {
  return { count: await entriesMatching(context, filter).getCount() };
}

export function getMetricEntry(context: RequestContext, id: string): Promise<MetricEntry> {
  return context.tenant.get(MetricEntry, id);
}

function assertEntered(metric: KpiMetric, field = 'metric'): void {
  if (!ENTERED_METRICS.includes(metric)) {
    throw badInput({ field, message: `${metric} is computed from the CRM; only ${ENTERED_METRICS.join(', ')} are entered` }, ErrorReason.METRIC_NOT_ENTERED);
  }
}

function assertDay(context: RequestContext, day: string, field = 'day'): void {
  if (!isDay(day)) throw badInput({ field, message: `"${day}" is not a date written YYYY-MM-DD` }, ErrorReason.INVALID_VALUE);
  const today = dayOf(context.client.timeZone, new Date());
  if (day > today) throw badInput({ field, message: `${day} is after today (${today} in ${context.client.timeZone})` }, ErrorReason.TIME_IN_FUTURE);
}

const enteredBy = (transaction: TransactionScope) => ({ enteredByUserId: transaction.actor.userId, enteredByApiKeyId: transaction.actor.apiKeyId });

export async function createMetricEntry(context: RequestContext, input: CreateMetricEntryInput): Promise<MetricEntry> {
  assertEntered(input.metric);
  assertDay(context, input.day);
  return context.transaction(async (transaction) => {
    await transaction.tenant.get(Platform, input.platformId);
    const existing = await transaction.tenant.findOne(MetricEntry, { where: { metric: input.metric, platformId: input.platformId, day: input.day } });
    if (existing) {
      throw conflict(`${input.metric} on this platform for ${input.day} is already entered (${existing.value}); correct that entry.`, {
        reason: ErrorReason.DUPLICATE_ENTRY,
        existingId: existing.id,
      });
    }
    return transaction.insert(MetricEntry, { ...input, source: input.source?.trim() || 'manual', ...enteredBy(transaction) });
  });
}

export async function updateMetricEntry(context: RequestContext, id: string, input: UpdateMetricEntryInput): Promise<MetricEntry> {
  const { version, ...changes } = input;
  return context.transaction(async (transaction) => {
    const entry = await transaction.tenant.get(MetricEntry, id);
    const patch: Partial<MetricEntry> = { ...enteredBy(transaction) };
    if (changes.value !== undefined && changes.value !== null) patch.value = changes.value;
    if (changes.source !== undefined) patch.source = changes.source?.trim() || entry.source;
    return transaction.update(MetricEntry, entry, patch, { expectedVersion: version, action: 'CORRECT' });
  });
}

export async function deleteMetricEntry(context: RequestContext, id: string): Promise<MetricEntry> {
  return context.transaction(async (transaction) => {
    const entry = await transaction.tenant.get(MetricEntry, id);
    await transaction.remove(MetricEntry, entry);
    return entry;
  });
}

interface Figure {
  metric: KpiMetric;
  platformId: string;
  day: string;
  value: number;
  source: string;
}

/** Creates or corrects one entry per figure, in the caller's transaction; each write audited. */
async function upsertFigures(transaction: TransactionScope, figures: Figure[], action: string): Promise<MetricEntriesWritten> {
  const written: MetricEntriesWritten = { created: 0, updated: 0, unchanged: 0 };
  if (!figures.length) return written;
  const days = [...new Set(figures.map((figure) => figure.day))];
  const existing = await transaction.tenant
    .query(MetricEntry, 'entry')
    .andWhere('entry.day = ANY(CAST(:days AS date[]))', { days })
    .setLock('pessimistic_write')
    .getMany();
  const byKey = new Map(existing.map((entry) => [`${entry.metric}|${entry.platformId}|${entry.day}`, entry]));
  for (const figure of figures) {
    const entry = byKey.get(`${figure.metric}|${figure.platformId}|${figure.day}`);
    if (!entry) {
      await transaction.insert(MetricEntry, { ...figure, ...enteredBy(transaction) }, { action });
      written.created += 1;
    } else if (entry.value === figure.value && entry.source === figure.source) {
      written.unchanged += 1;
    } else {
      await transaction.update(MetricEntry, entry, { value: figure.value, source: figure.source, ...enteredBy(transaction) }, { action });
      written.updated += 1;
    }
  }
  return written;
}

/** A CSV of entries, all or nothing: any bad cell refuses the file, naming line and column. */
export async function importMetricEntries(context: RequestContext, csv: string): Promise<MetricEntriesWritten> {
  return context.transaction(async (transaction) => {
    const platforms = await transaction.tenant.find(Platform, {});
    const byName = new Map(platforms.map((platform) => [platform.name.trim().toLowerCase(), platform.id]));
    const ids = new Set(platforms.map((platform) => platform.id));
    const platformIdOf = (cell: string) => (ids.has(cell) ? cell : (byName.get(cell.toLowerCase()) ?? null));
    const { rows, problems } = parseMetricEntriesCsv(csv, platformIdOf, dayOf(context.client.timeZone, new Date()));
    if (problems.length) throw invalidCsvRows(problems);
    if (!rows.length) throw badInput({ field: 'csv', message: 'the file has a header but no rows' }, ErrorReason.EMPTY_FILE);
    return upsertFigures(transaction, rows.map((row) => ({ ...row, source: row.source ?? 'CSV' })), 'IMPORT');
  });
}

/** An analytics tool's figures for one day: each (metric, platform) created or corrected, all or nothing. */
export async function pushMetricEntries(context: RequestContext, input: PushMetricEntriesInput): Promise<MetricEntriesWritten> {
  assertDay(context, input.day);
  if (!input.values.length) throw badInput({ field: 'values', message: 'send at least one value' }, ErrorReason.EMPTY_BATCH);
  if (input.values.length > MAX_PUSHED_VALUES) throw badInput({ field: 'values', message: `send at most ${MAX_PUSHED_VALUES} values in one call` }, ErrorReason.BATCH_TOO_LARGE);
  const seen = new Map<string, number>();
  input.values.forEach((value, index) => {
    assertEntered(value.metric, `values.${index}.metric`);
    const key = `${value.metric}|${value.platformId}`;
    if (seen.has(key)) throw badInput({ field: `values.${index}`, message: `${value.metric} for this platform is already given at values.${seen.get(key)}` }, ErrorReason.DUPLICATE_ENTRY);
    seen.set(key, index);
  });
  const source = input.source?.trim() || (context.caller?.kind === 'apiKey' ? `API: ${context.caller.apiKey.name}` : 'API');
  return context.transaction(async (transaction) => {
    const platformIds = [...new Set(input.values.map((value) => value.platformId))];
    const known = await transaction.tenant.query(Platform, 'platform').andWhere('platform.id = ANY(:ids)', { ids: platformIds.filter(isUuid) }).getMany();
    const knownIds = new Set(known.map((platform) => platform.id));
    const unknown = input.values.findIndex((value) => !knownIds.has(value.platformId));
    if (unknown >= 0) throw badInput({ field: `values.${unknown}.platformId`, message: `the client has no platform ${input.values[unknown].platformId}` }, ErrorReason.UNKNOWN_PLATFORM);
    return upsertFigures(transaction, input.values.map((value) => ({ ...value, day: input.day, source })), 'PUSH');
  });
}
