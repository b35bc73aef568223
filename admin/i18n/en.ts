/** English labels of the panel; ru.ts must have the same keys (a test checks). */
export const en = {
  repbase: {
    title: 'Repbase',
    client: { label: 'Client', none: 'No client', switched: 'Now working on %{name}' },
    dashboard: {
      welcome: 'Welcome, %{name}',
      intro: 'Repbase is the knowledge base of the official online representatives: briefs, the argument base, cases and escalations.',
      currentClient: 'You are working on: %{name}',
      roles: 'Your roles here: %{roles}',
      noClients: 'You have no clients yet. Ask an administrator to give you a role.',
    },
    roles: { ADMIN: 'Administrator', PR_SPECIALIST: 'PR specialist', RESPONSIBLE: 'Responsible person', REPRESENTATIVE: 'Representative', TRAINER: 'Trainer' },
    scopes: { REPLIES_READ: 'replies:read: matching and approved replies', MENTIONS_WRITE: 'mentions:write: pushing mentions in' },
    apiKeys: {
      secretTitle: 'The new key',
      secretWarning: 'Copy it now: it is shown only once and cannot be retrieved later.',
      copy: 'Copy',
      copied: 'Copied',
      done: 'I have saved it',
      revoke: 'Revoke',
      revokeTitle: 'Revoke the key "%{name}"?',
      revokeContent: 'Tools using it will be refused at once. This cannot be undone.',
      revoked: 'The key is revoked',
      active: 'Active',
      revokedState: 'Revoked',
    },
    memberships: {
      title: 'Roles in clients',
      grant: 'Give a role',
      granted: 'Role given',
      revoke: 'Take away',
      revoked: 'Role taken away',
      empty: 'No roles yet',
    },
    audit: { before: 'Before', after: 'After', agencyWide: 'Agency-wide events' },
    errors: { conflict: 'Someone else saved this meanwhile: %{message}' },
  },
  resources: {
    clients: { name: 'Client |||| Clients', fields: { name: 'Name', slug: 'Slug', brandName: 'Brand name', createdAt: 'Created', q: 'Search' } },
    users: {
      name: 'User |||| Users',
      fields: { name: 'Name', email: 'E-mail', password: 'Password', isAdmin: 'Administrator', isActive: 'Active', memberships: 'Roles', createdAt: 'Created', q: 'Search', clientId: 'Client', role: 'Role' },
    },
    'api-keys': {
      name: 'API key |||| API keys',
      fields: { name: 'Name', prefix: 'Key', scopes: 'Scopes', createdAt: 'Created', lastUsedAt: 'Last used', revokedAt: 'Revoked', createdBy: 'Created by', q: 'Search', revoked: 'State' },
    },
    'audit-events': {
      name: 'Audit event |||| Audit log',
      fields: { createdAt: 'When', actorLabel: 'Who', actorType: 'Actor type', entityType: 'Entity', entityId: 'Entity id', action: 'Action', before: 'Before', after: 'After', actor: 'Who', from: 'From', to: 'To' },
    },
  },
};

export type Messages = typeof en;
