import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { CLIENT_STAFF } from '../users/role';
import { NotificationKind } from './notification-kind';
import { Notification } from './notification.entity';
import * as notifications from './notification.service';
import { NotificationChannels } from './notification.service';

/** The panel's bell: what the signed-in person was told, in the request's client. */
@Resolver()
export class NotificationResolver {
  @Authorized(CLIENT_STAFF)
  @Query(() => [Notification], { description: "Your notifications in the request's client, newest first (unread only when asked)." })
  myNotifications(
    @Arg('unreadOnly', { defaultValue: false }) unreadOnly: boolean,
    @Arg('limit', () => Int, { defaultValue: 20, description: '1..100' }) limit: number,
    @Ctx() context: RequestContext,
  ): Promise<Notification[]> {
    return notifications.myNotifications(context, unreadOnly, limit);
  }

  @Authorized(CLIENT_STAFF)
  @Query(() => Int, { description: "How many of your notifications in the request's client are unread: the bell's badge." })
  unreadNotificationCount(@Ctx() context: RequestContext): Promise<number> {
    return notifications.unreadCount(context);
  }

  @Authorized(CLIENT_STAFF)
  @Mutation(() => Int, { description: 'Marks your notifications read: those named, or all of them in the request\'s client when ids is left out. Returns how many changed.' })
  markNotificationsRead(@Arg('ids', () => [ID], { nullable: true }) ids: string[] | null, @Ctx() context: RequestContext): Promise<number> {
    return notifications.markRead(context, ids ?? null);
  }

  @Authorized(CLIENT_STAFF)
  @Query(() => [NotificationChannels], { description: 'Your choice, per kind, of the bell and e-mail (both on until you change them).' })
  myNotificationPreferences(@Ctx() context: RequestContext): Promise<NotificationChannels[]> {
    return notifications.myPreferences(context);
  }

  @Authorized(CLIENT_STAFF)
  @Mutation(() => NotificationChannels, { description: 'Chooses how you are told of one kind of thing: in the panel, by e-mail, both or neither.' })
  setNotificationPreference(
    @Arg('kind', () => NotificationKind) kind: NotificationKind,
    @Arg('inApp') inApp: boolean,
    @Arg('email') email: boolean,
    @Ctx() context: RequestContext,
  ): Promise<NotificationChannels> {
    return notifications.setPreference(context, kind, inApp, email);
  }
}
