import { Arg, Args, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { AuditEvent } from './audit-event.entity';
import { AuditEventFilter, AuditEventListArgs } from './audit.inputs';
import * as audit from './audit.service';

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Authorized(Role.PR_SPECIALIST)
  @Query(() => [AuditEvent], { description: "Changes made in the request's client, newest first." })
  allAuditEvents(@Args() args: AuditEventListArgs, @Ctx() context: RequestContext): Promise<AuditEvent[]> {
    return audit.listAuditEvents(context, args);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => ListMetadata)
  _allAuditEventsMeta(@Args() { filter }: AuditEventListArgs, @Ctx() context: RequestContext) {
    return audit.countAuditEvents(context, filter);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => AuditEvent)
  AuditEvent(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<AuditEvent> {
    return audit.getAuditEvent(context, id);
  }
}
