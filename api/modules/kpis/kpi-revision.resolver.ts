import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Platform } from '../platforms/platform.entity';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { KpiRevision } from './kpi-revision.entity';
import { KpiRevisionListArgs, countKpiRevisions, getKpiRevision, listKpiRevisions } from './kpi-revision.service';

@Resolver(() => KpiRevision)
export class KpiRevisionResolver {
  @Authorized(Role.PR_SPECIALIST)
  @Query(() => [KpiRevision], { description: 'Changes of KPI targets between briefs in force, newest first.' })
  allKpiRevisions(@Args() args: KpiRevisionListArgs, @Ctx() context: RequestContext): Promise<KpiRevision[]> {
    return listKpiRevisions(context, args);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => ListMetadata)
  _allKpiRevisionsMeta(@Args() { filter }: KpiRevisionListArgs, @Ctx() context: RequestContext): Promise<ListMetadata> {
    return countKpiRevisions(context, filter);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => KpiRevision)
  KpiRevision(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<KpiRevision> {
    return getKpiRevision(context, id);
  }

  @FieldResolver(() => Platform, { nullable: true })
  platform(@Root() revision: KpiRevision, @Ctx() context: RequestContext): Promise<Platform | null> | null {
    return revision.platformId ? context.loaders.byId(Platform).load(revision.platformId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  changedBy(@Root() revision: KpiRevision, @Ctx() context: RequestContext): Promise<User | null> | null {
    return revision.changedById ? context.loaders.byId(User).load(revision.changedById) : null;
  }
}
