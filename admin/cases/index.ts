import InboxIcon from '@mui/icons-material/Inbox';
import type { AdminResource } from '../registry/admin-resource';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';
import { caseResource } from './graphql';

export const cases: AdminResource = {
  name: 'cases',
  views: { list: CaseList, show: CaseShow, icon: InboxIcon },
  access: { read: 'anyRole' },
  menu: { group: 'work', order: 10 },
  graphql: caseResource,
  names: {
    ru: { one: 'обращение', many: 'обращения', genitiveMany: 'обращений', accusative: 'обращение', gender: 'neuter', title: 'Очередь обращений' },
    en: { one: 'case', many: 'cases', title: 'Case queue' },
  },
};
