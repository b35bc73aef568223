import HelpIcon from '@mui/icons-material/ContactSupport';
import type { AdminResource } from '../registry/admin-resource';
import { ArchiveEscalationPage } from './ArchiveEscalationPage';
import { EscalationList } from './EscalationList';
import { escalationResource } from './graphql';

export const escalations: AdminResource = {
  name: 'escalations',
  views: { list: EscalationList, icon: HelpIcon },
  access: { read: 'anyRole' },
  menu: { group: 'work', order: 30 },
  graphql: escalationResource,
  names: {
    ru: { one: 'эскалация', many: 'эскалации', genitiveMany: 'эскалаций', accusative: 'эскалацию', gender: 'feminine' },
    en: { one: 'escalation', many: 'escalations' },
  },
  routes: [{ path: '/escalations/:id/archive', element: ArchiveEscalationPage, access: 'anyRole' }],
};
