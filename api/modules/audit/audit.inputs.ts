import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { ActorType } from './audit-event.entity';

@InputType()
export class AuditEventFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'e.g. "Client", "ApiKey", "User".' })
  entityType?: string;

  @Field({ nullable: true })
  entityId?: string;

  @Field({ nullable: true, description: 'e.g. CREATE, UPDATE, DELETE, REVOKE, LOGIN.' })
  action?: string;

  @Field(() => ActorType, { nullable: true })
  actorType?: ActorType;

  @Field(() => ID, { nullable: true })
  actorUserId?: string;

  @Field({ nullable: true, description: 'Part of the name, e-mail or key name of whoever acted.' })
  actor?: string;

  @Field({ nullable: true })
  from?: Date;

  @Field({ nullable: true })
  to?: Date;

  @Field({ nullable: true, description: 'ADMIN only: agency-wide events (users, sign-ins) instead of the client\'s.' })
  agencyWide?: boolean;
}

@ArgsType()
export class AuditEventListArgs extends ListArgs {
  @Field(() => AuditEventFilter, { nullable: true })
  filter?: AuditEventFilter;
}
