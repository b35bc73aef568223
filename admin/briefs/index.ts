import DescriptionIcon from '@mui/icons-material/Description';
import HistoryIcon from '@mui/icons-material/History';
import type { AdminResource } from '../registry/admin-resource';
import { BriefDiffPage } from './BriefDiffPage';
import { BriefInForcePage } from './BriefInForcePage';
import { BriefVersionEdit } from './BriefVersionEdit';
import { BriefVersionList } from './BriefVersionList';
import { BriefVersionShow } from './BriefVersionShow';
import { briefVersionResource } from './graphql';

/** "brief": the brief in force as a printable document, for everyone working for the client. */
export const brief: AdminResource = {
  name: 'brief',
  views: { list: BriefInForcePage, icon: DescriptionIcon },
  access: { read: 'everyone' },
  menu: { group: 'knowledge', order: 10 },
  names: {
    ru: { one: 'действующее ТЗ', many: 'действующее ТЗ', genitiveMany: 'действующего ТЗ', accusative: 'действующее ТЗ', gender: 'neuter', title: 'Действующее ТЗ' },
    en: { one: 'brief in force', many: 'brief in force', title: 'Brief in force' },
  },
};

/** "brief-versions": the history, the draft editor and the workflow, for PR specialists. */
export const briefVersions: AdminResource = {
  name: 'brief-versions',
  views: {
    list: BriefVersionList,
    edit: BriefVersionEdit,
    show: BriefVersionShow,
    icon: HistoryIcon,
    recordRepresentation: (record: { number: number }) => `№ ${record.number}`,
  },
  access: { read: ['PR_SPECIALIST'] },
  menu: { group: 'knowledge', order: 20 },
  graphql: briefVersionResource,
  names: {
    ru: { one: 'версия ТЗ', many: 'версии ТЗ', genitiveMany: 'версий ТЗ', accusative: 'версию ТЗ', gender: 'feminine' },
    en: { one: 'brief version', many: 'brief versions' },
  },
  routes: [{ path: '/brief-diff', element: BriefDiffPage, access: ['PR_SPECIALIST'] }],
};
