import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { isUuid } from '../../common/ids';
import { ListArgs, paginate, SortOrder, type ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { KpiMetric } from './kpi-metric';
import { KpiRevision } from './kpi-revision.entity';

@InputType()
export class KpiRevisionFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => KpiMetric, { nullable: true })
  metric?: KpiMetric;

  @Field(() => ID, { nullable: true })
  platformId?: string;

  @Field(() => ID, { nullable: true })
  briefVersionId?: string;
}

@ArgsType()
export class KpiRevisionListArgs extends ListArgs {
  @Field(() => KpiRevisionFilter, { nullable: true })
  filter?: KpiRevisionFilter;
}

const SORTABLE = { changedAt: 'revision.changedAt', metric: 'revision.metric' };

function revisionsMatching(context: RequestContext, filter: KpiRevisionFilter = {}) {
  const query = context.tenant.query(KpiRevision, 'revision');
  if (filter.ids) query.andWhere('revision.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.metric) query.andWhere('revision.metric = :metric', { metric: filter.metric });
  if (filter.platformId) query.andWhere('revision.platformId = :platformId', { platformId: isUuid(filter.platformId) ? filter.platformId : null });
  if (filter.briefVersionId) query.andWhere('revision.briefVersionId = :briefVersionId', { briefVersionId: isUuid(filter.briefVersionId) ? filter.briefVersionId : null });
  return query;
}

export function listKpiRevisions(context: RequestContext, args: KpiRevisionListArgs): Promise<KpiRevision[]> {
  return paginate(revisionsMatching(context, args.filter), args, SORTABLE, { field: 'changedAt', order: SortOrder.DESC }).getMany();
}

export async function countKpiRevisions(context: RequestContext, filter?: KpiRevisionFilter): Promise<ListMetadata> {
  return { count: await revisionsMatching(context, filter).getCount() };
}

export function getKpiRevision(context: RequestContext, id: string): Promise<KpiRevision> {
  return context.tenant.get(KpiRevision, id);
}
