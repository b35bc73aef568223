import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { ApiKeyScope } from '../api-keys/api-key-scope';
import { Role } from '../users/role';
import { MetricEntry } from './metric-entry.entity';
import { CreateMetricEntryInput, MetricEntriesWritten, MetricEntryListArgs, PushMetricEntriesInput, UpdateMetricEntryInput } from './metric-entry.inputs';
import * as entries from './metric-entry.service';

/** Representatives read their platforms' statistics pages, so they enter figures as PR specialists do. */
const ENTERERS = [Role.PR_SPECIALIST, Role.REPRESENTATIVE];

@Resolver(() => MetricEntry)
export class MetricEntryResolver {
  @Authorized(ENTERERS)
  @Query(() => [MetricEntry], { description: 'Figures entered for metrics only the platform knows (views, thread messages, site visits).' })
  allMetricEntries(@Args() args: MetricEntryListArgs, @Ctx() context: RequestContext): Promise<MetricEntry[]> {
    return entries.listMetricEntries(context, args);
  }

  @Authorized(ENTERERS)
  @Query(() => ListMetadata)
  _allMetricEntriesMeta(@Args() { filter }: MetricEntryListArgs, @Ctx() context: RequestContext): Promise<ListMetadata> {
    return entries.countMetricEntries(context, filter);
  }

  @Authorized(ENTERERS)
  @Query(() => MetricEntry)
  MetricEntry(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<MetricEntry> {
    return entries.getMetricEntry(context, id);
  }

  @Authorized(ENTERERS)
  @Mutation(() => MetricEntry, { description: 'One entry per metric, platform and client day: a second one is refused (CONFLICT, DUPLICATE_ENTRY, extensions.existingId); correct that one.' })
  createMetricEntry(@Arg('input') input: CreateMetricEntryInput, @Ctx() context: RequestContext): Promise<MetricEntry> {
    return entries.createMetricEntry(context, input);
  }

  @Authorized(ENTERERS)
  @Mutation(() => MetricEntry, { description: 'Corrects the figure; the version you read must still be current (CONFLICT otherwise).' })
  updateMetricEntry(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateMetricEntryInput, @Ctx() context: RequestContext): Promise<MetricEntry> {
    return entries.updateMetricEntry(context, id, input);
  }

  @Authorized(ENTERERS)
  @Mutation(() => MetricEntry)
  deleteMetricEntry(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<MetricEntry> {
    return entries.deleteMetricEntry(context, id);
  }

  @Authorized(ENTERERS)
  @Mutation(() => MetricEntriesWritten, {
    description:
      'Imports a CSV "metric,platform,day,value,source" (platform: name or id), all or nothing: a bad cell refuses the file ' +
      '(BAD_USER_INPUT, INVALID_ROWS, extensions.problems with line and column). An entry for the same metric, platform and day is corrected.',
  })
  importMetricEntries(@Arg('csv') csv: string, @Ctx() context: RequestContext): Promise<MetricEntriesWritten> {
    return entries.importMetricEntries(context, csv);
  }

  @Authorized([ApiKeyScope.METRICS_WRITE, Role.PR_SPECIALIST])
  @Mutation(() => MetricEntriesWritten, {
    description: `An analytics tool's figures for one client day (API key scope metrics:write), at most ${entries.MAX_PUSHED_VALUES} values; each is created or corrected, all or nothing.`,
  })
  pushMetricEntries(@Arg('input') input: PushMetricEntriesInput, @Ctx() context: RequestContext): Promise<MetricEntriesWritten> {
    return entries.pushMetricEntries(context, input);
  }
}
