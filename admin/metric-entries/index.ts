import InsightsIcon from '@mui/icons-material/Insights';
import type { AdminResource } from '../registry/admin-resource';
import { metricEntryResource } from './graphql';
import { MetricEntryCreate, MetricEntryEdit } from './MetricEntryForm';
import { MetricEntryImportPage } from './MetricEntryImportPage';
import { MetricEntryList } from './MetricEntryList';

const ENTERERS = ['PR_SPECIALIST', 'REPRESENTATIVE'] as const;

export const metricEntries: AdminResource = {
  name: 'metric-entries',
  views: { list: MetricEntryList, create: MetricEntryCreate, edit: MetricEntryEdit, icon: InsightsIcon },
  access: { read: ENTERERS, create: ENTERERS, edit: ENTERERS, delete: ENTERERS },
  menu: { group: 'work', order: 60 },
  graphql: metricEntryResource,
  names: {
    ru: { one: 'показатель', many: 'показатели', genitiveMany: 'показателей', accusative: 'показатель', gender: 'masculine', title: 'Показатели площадок' },
    en: { one: 'metric entry', many: 'metric entries', title: 'Platform metrics' },
  },
  routes: [{ path: '/metric-entries/import', element: MetricEntryImportPage, access: ENTERERS }],
};
