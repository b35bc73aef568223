import HistoryIcon from '@mui/icons-material/History';
import type { AdminResource } from '../registry/admin-resource';
import { AuditEventList } from './AuditEventList';
import { auditEventResource } from './graphql';

export const auditEvents: AdminResource = {
  name: 'audit-events',
  views: { list: AuditEventList, icon: HistoryIcon },
  access: { read: ['PR_SPECIALIST'] },
  menu: { group: 'setup', order: 60 },
  graphql: auditEventResource,
  names: {
    ru: { one: 'событие', many: 'события', genitiveMany: 'событий', accusative: 'событие', gender: 'neuter', title: 'Журнал изменений' },
    en: { one: 'audit event', many: 'audit events', title: 'Audit log' },
  },
};
