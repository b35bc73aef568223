import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { ApiKey } from '../api-keys/api-key.entity';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
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

  @FieldResolver(() => String, {
    nullable: true,
    description: "Who acted, for people to read: the user's current name or the API key's name; null when the system acted (demo data, command-line import).",
  })
  async actorName(@Root() event: AuditEvent, @Ctx() context: RequestContext): Promise<string | null> {
    if (event.actorUserId) return (await context.loaders.byId(User).load(event.actorUserId))?.name ?? event.actorLabel;
    if (event.actorApiKeyId) return (await context.loaders.byId(ApiKey).load(event.actorApiKeyId))?.name ?? event.actorLabel;
    return null;
  }
}
