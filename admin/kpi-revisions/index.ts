import HistoryIcon from '@mui/icons-material/History';
import type { AdminResource } from '../registry/admin-resource';
import { KpiRevisionList } from './KpiRevisionList';

/** Every change of a KPI target between briefs in force: what, old → new, why, who, when. */
export const kpiRevisions: AdminResource = {
  name: 'kpi-revisions',
  views: { list: KpiRevisionList, icon: HistoryIcon },
  access: { read: ['PR_SPECIALIST'] },
  menu: { group: 'knowledge', order: 45 },
  graphql: {
    type: 'KpiRevision',
    plural: 'KpiRevisions',
    fields: 'id metric period platformId platform { name } oldTarget newTarget isPriority reason changedAt changedBy { name } briefVersionId',
    filterType: 'KpiRevisionFilter',
  },
  names: {
    ru: { one: 'изменение KPI', many: 'изменения KPI', genitiveMany: 'изменений KPI', accusative: 'изменение KPI', gender: 'neuter', title: 'История KPI' },
    en: { one: 'KPI revision', many: 'KPI revisions', title: 'KPI history' },
  },
};
