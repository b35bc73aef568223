import { Field, ObjectType } from 'type-graphql';
import { IsNull } from 'typeorm';
import { intInRange } from '../../common/validation';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../context';
import { DEFAULT_CHANNELS, NotificationKind } from './notification-kind';
import { NotificationPreference } from './notification-preference.entity';
import { Notification } from './notification.entity';

@ObjectType({ description: 'How a person is told of one kind of thing.' })
export class NotificationChannels {
  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  inApp: boolean;

  @Field()
  email: boolean;
}

export function myNotifications(context: RequestContext, unreadOnly: boolean, limit: number): Promise<Notification[]> {
  intInRange('limit', limit, 1, 100);
  return context.tenant.find(Notification, {
    where: { userId: context.user.id, ...(unreadOnly ? { readAt: IsNull() } : {}) },
    order: { createdAt: 'DESC', id: 'DESC' },
    take: limit,
  });
}

export function unreadCount(context: RequestContext): Promise<number> {
  return context.tenant.count(Notification, { userId: context.user.id, readAt: IsNull() });
}

/** One audit event per call, not per row: the notifications' own read_at is the detailed record. */
export async function markRead(context: RequestContext, ids: string[] | null): Promise<number> {
  const named = ids?.filter(isUuid) ?? null;
  return context.transaction(async (transaction) => {
    const [{ count }] = await transaction.tenant.sql<{ count: number }>(
    `WITH changed AS (
       UPDATE notification SET read_at = now()
       WHERE client_id = $client AND user_id = $2 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[])) RETURNING id
     ) SELECT count(*)::int AS count FROM changed`,
      [context.user.id, named],
    );
    await transaction.record({ entityType: 'Notification', entityId: context.user.id, action: 'READ', after: { count, ids: named } });
    return count;
  });
}

export async function myPreferences(context: RequestContext): Promise<NotificationChannels[]> {
  const stored = await context.dataSource.getRepository(NotificationPreference).findBy({ userId: context.user.id });
  return Object.values(NotificationKind).map((kind) => {
    const preference = stored.find((row) => row.kind === kind);
    return { kind, inApp: preference?.inApp ?? DEFAULT_CHANNELS.inApp, email: preference?.email ?? DEFAULT_CHANNELS.email };
  });
}

export async function setPreference(context: RequestContext, kind: NotificationKind, inApp: boolean, email: boolean): Promise<NotificationChannels> {
  return context.transaction(async (transaction) => {
    // A person's own choice, not a client's row: keyed by the user alone.
    await transaction.manager.upsert(NotificationPreference, { userId: context.user.id, kind, inApp, email }, ['userId', 'kind']);
    await transaction.record({ entityType: 'NotificationPreference', entityId: context.user.id, action: 'SET', after: { kind, inApp, email }, clientId: null });
    return { kind, inApp, email };
  });
}
