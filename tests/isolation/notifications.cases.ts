import type { DataSource } from 'typeorm';
import { Escalation } from '../../api/modules/escalations/escalation.entity';
import { NotificationKind } from '../../api/modules/notifications/notification-kind';
import { NotificationPreference } from '../../api/modules/notifications/notification-preference.entity';
import { Notification } from '../../api/modules/notifications/notification.entity';
import { makeCase, makeEscalation } from '../../seeds/factories';
import type { ClientWorld } from '../helpers/world';
import { defineCases } from './harness';

/** A notification of client B, addressed to the same person who calls from client A when `sameUser`. */
const notificationOfB = (recipient: (b: ClientWorld, a: ClientWorld) => string) => async (b: ClientWorld, dataSource: DataSource, a: ClientWorld) => {
  const notification = await dataSource.getRepository(Notification).save({
    clientId: b.client.id,
    userId: recipient(b, a),
    kind: NotificationKind.NEW_QUESTION,
    title: 'Секрет клиента Б',
    body: 'Вопрос клиента Б',
    link: null,
    readAt: null,
    dedupeKey: null,
  });
  return { id: notification.id };
};

const stillUnread = async ({ id }: Record<string, any>, dataSource: DataSource) => {
  expect((await dataSource.getRepository(Notification).findOneByOrFail({ id })).readAt).toBeNull();
};

export const notificationCases = defineCases([
  {
    operation: 'myNotifications',
    title: "client B's notifications never show in client A's bell, even one addressed to the caller",
    as: 'pr',
    arrange: notificationOfB((_b, a) => a.userIds.pr),
    query: '{ myNotifications(limit: 100) { id title } }',
    expect: { answer: (data, { id }) => expect(data.myNotifications.map((row: { id: string }) => row.id)).not.toContain(id) },
  },
  {
    operation: 'unreadNotificationCount',
    title: "client B's unread notifications are not counted in client A",
    as: 'pr',
    arrange: notificationOfB((_b, a) => a.userIds.pr),
    query: '{ unreadNotificationCount }',
    expect: { answer: (data) => expect(data.unreadNotificationCount).toBe(0) },
  },
  {
    operation: 'markNotificationsRead',
    title: "marking client B's notification read from client A changes nothing",
    as: 'pr',
    arrange: notificationOfB((b) => b.userIds.pr),
    query: 'mutation($id: ID!) { markNotificationsRead(ids: [$id]) }',
    variables: ({ id }) => ({ id }),
    expect: { answer: (data) => expect(data.markNotificationsRead).toBe(0) },
    unchanged: stillUnread,
  },
  {
    operation: 'myNotificationPreferences',
    title: "another person's choices are never read: the caller sees their own (defaults)",
    as: 'pr',
    arrange: async (b, dataSource) => {
      await dataSource.getRepository(NotificationPreference).save({ userId: b.userIds.pr, kind: NotificationKind.NEW_QUESTION, inApp: false, email: false });
      return {};
    },
    query: '{ myNotificationPreferences { kind inApp email } }',
    expect: { answer: (data) => expect(data.myNotificationPreferences).toContainEqual({ kind: 'NEW_QUESTION', inApp: true, email: true }) },
  },
  {
    operation: 'setNotificationPreference',
    title: "setting a choice changes only the caller's own, never a person of client B",
    as: 'pr',
    arrange: async (b, dataSource) => {
      await dataSource.getRepository(NotificationPreference).save({ userId: b.userIds.pr, kind: NotificationKind.CASE_OVERDUE, inApp: true, email: true });
      return { userId: b.userIds.pr };
    },
    query: 'mutation { setNotificationPreference(kind: CASE_OVERDUE, inApp: false, email: false) { kind } }',
    expect: { answer: (data) => expect(data.setNotificationPreference.kind).toBe('CASE_OVERDUE') },
    unchanged: async ({ userId }, dataSource) => {
      expect(await dataSource.getRepository(NotificationPreference).findOneByOrFail({ userId, kind: NotificationKind.CASE_OVERDUE })).toMatchObject({ inApp: true, email: true });
    },
  },
  {
    operation: 'handOverEscalation',
    title: "handing on another client's question is NOT_FOUND, even for its assignee's role",
    as: 'responsible',
    arrange: async (b, dataSource, a) => ({ id: (await makeEscalation(dataSource, await makeCase(dataSource, b.client), { assigneeUserId: a.userIds.responsible })).id }),
    query: 'mutation($id: ID!) { handOverEscalation(id: $id, input: { responsiblePersonKey: null, comment: "Чужой вопрос", version: 1 }) { id } }',
    variables: ({ id }) => ({ id }),
    expect: { error: 'NOT_FOUND' },
    unchanged: async ({ id }, dataSource) => expect((await dataSource.getRepository(Escalation).findOneByOrFail({ id })).version).toBe(1),
  },
]);
