import { forbidden, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { RequestContext } from '../../context';
import { User } from '../users/user.entity';
import { AuditEvent } from './audit-event.entity';
import type { AuditEventFilter, AuditEventListArgs } from './audit.inputs';
import { ErrorReason } from '../../common/error-reasons';

const SORTABLE = { createdAt: 'event.createdAt', entityType: 'event.entityType', action: 'event.action', actorLabel: 'event.actorLabel' };

/** The request's client's events; agency-wide events (client null) only for ADMIN, on request. */
function eventsMatching(context: RequestContext, filter: AuditEventFilter = {}) {
  let query;
  if (filter.agencyWide) {
    if (!context.isAdmin) throw forbidden('Only an agency administrator may read agency-wide events.', { reason: ErrorReason.MISSING_ROLE, requiredRoles: ['ADMIN'] });
    query = context.dataSource.getRepository(AuditEvent).createQueryBuilder('event').where('event.clientId IS NULL');
  } else {
    query = context.tenant.query(AuditEvent, 'event');
  }
  if (filter.ids) query.andWhere('event.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.entityType) query.andWhere('event.entityType = :entityType', { entityType: filter.entityType });
  if (filter.entityId) query.andWhere('event.entityId = :entityId', { entityId: filter.entityId });
  if (filter.action) query.andWhere('event.action = :action', { action: filter.action });
  if (filter.actorType) query.andWhere('event.actorType = :actorType', { actorType: filter.actorType });
  if (filter.actorUserId) query.andWhere('event.actorUserId = :actorUserId', { actorUserId: isUuid(filter.actorUserId) ? filter.actorUserId : null });
  if (filter.actor) {
    // People look for a colleague by name; the label keeps the e-mail or the key's name of the time.
    const namedUsers = query.subQuery().select('actor.id').from(User, 'actor').where('actor.name ILIKE :actor').getQuery();
    query.andWhere(`(event.actorLabel ILIKE :actor OR event.actorUserId IN ${namedUsers})`, { actor: containing(filter.actor) });
  }
  if (filter.from) query.andWhere('event.createdAt >= :from', { from: filter.from });
  if (filter.to) query.andWhere('event.createdAt <= :to', { to: filter.to });
  return query;
}

export function listAuditEvents(context: RequestContext, args: AuditEventListArgs): Promise<AuditEvent[]> {
  return paginate(eventsMatching(context, args.filter), args, SORTABLE, { field: 'createdAt', order: SortOrder.DESC }).getMany();
}

export async function countAuditEvents(context: RequestContext, filter?: AuditEventFilter): Promise<ListMetadata> {
  return { count: await eventsMatching(context, filter).getCount() };
}

export async function getAuditEvent(context: RequestContext, id: string): Promise<AuditEvent> {
  const query = context.isAdmin
    ? context.dataSource.getRepository(AuditEvent).createQueryBuilder('event').where('(event.clientId = :clientId OR event.clientId IS NULL)', { clientId: context.tenant.clientId })
    : context.tenant.query(AuditEvent, 'event');
  const event = isUuid(id) ? await query.andWhere('event.id = :id', { id }).getOne() : null;
  if (!event) throw notFound('AuditEvent', id);
  return event;
}
