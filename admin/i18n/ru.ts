import type { Messages } from './en';

/** Русские подписи панели: язык по умолчанию. */
export const ru: Messages = {
  repbase: {
    title: 'Repbase',
    client: { label: 'Клиент', none: 'Нет клиента', switched: 'Теперь вы работаете с клиентом %{name}' },
    dashboard: {
      welcome: 'Здравствуйте, %{name}',
      intro: 'Repbase — база знаний официальных онлайн-представителей: ТЗ, аргументарная база, обращения и эскалации.',
      currentClient: 'Текущий клиент: %{name}',
      roles: 'Ваши роли у этого клиента: %{roles}',
      noClients: 'У вас пока нет клиентов. Попросите администратора назначить вам роль.',
    },
    roles: { ADMIN: 'Администратор', PR_SPECIALIST: 'PR-специалист', RESPONSIBLE: 'Ответственное лицо', REPRESENTATIVE: 'Представитель', TRAINER: 'Тренер' },
    scopes: { REPLIES_READ: 'replies:read — подбор ситуаций и утверждённые ответы', MENTIONS_WRITE: 'mentions:write — загрузка упоминаний' },
    apiKeys: {
      secretTitle: 'Новый ключ',
      secretWarning: 'Скопируйте его сейчас: он показывается один раз, потом его не узнать.',
      copy: 'Скопировать',
      copied: 'Скопировано',
      done: 'Я сохранил ключ',
      revoke: 'Отозвать',
      revokeTitle: 'Отозвать ключ «%{name}»?',
      revokeContent: 'Инструменты с этим ключом сразу перестанут получать ответы. Отменить нельзя.',
      revoked: 'Ключ отозван',
      active: 'Действует',
      revokedState: 'Отозван',
    },
    memberships: {
      title: 'Роли у клиентов',
      grant: 'Назначить роль',
      granted: 'Роль назначена',
      revoke: 'Снять',
      revoked: 'Роль снята',
      empty: 'Ролей пока нет',
    },
    audit: { before: 'До', after: 'После', agencyWide: 'События агентства' },
    errors: { conflict: 'Кто-то успел сохранить изменения: %{message}' },
  },
  resources: {
    clients: { name: 'Клиент |||| Клиенты', fields: { name: 'Название', slug: 'Код', brandName: 'Название бренда', createdAt: 'Создан', q: 'Поиск' } },
    users: {
      name: 'Пользователь |||| Пользователи',
      fields: { name: 'Имя', email: 'E-mail', password: 'Пароль', isAdmin: 'Администратор', isActive: 'Активен', memberships: 'Роли', createdAt: 'Создан', q: 'Поиск', clientId: 'Клиент', role: 'Роль' },
    },
    'api-keys': {
      name: 'API-ключ |||| API-ключи',
      fields: { name: 'Название', prefix: 'Ключ', scopes: 'Права', createdAt: 'Создан', lastUsedAt: 'Последнее использование', revokedAt: 'Отозван', createdBy: 'Кто создал', q: 'Поиск', revoked: 'Состояние' },
    },
    'audit-events': {
      name: 'Событие |||| Журнал изменений',
      fields: { createdAt: 'Когда', actorLabel: 'Кто', actorType: 'Тип автора', entityType: 'Объект', entityId: 'Id объекта', action: 'Действие', before: 'До', after: 'После', actor: 'Кто', from: 'С', to: 'По' },
    },
  },
};
