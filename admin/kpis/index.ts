import SpeedIcon from '@mui/icons-material/Speed';
import type { CustomPage } from '../registry/admin-resource';
import { KpiPage } from './KpiPage';

/** Plan vs fact: the PR specialist's table of the brief's KPIs; a representative sees their own. */
export const kpiPage: CustomPage = {
  path: '/kpis',
  label: 'kpis.menu',
  icon: SpeedIcon,
  element: KpiPage,
  access: ['PR_SPECIALIST', 'REPRESENTATIVE'],
  menu: { group: 'work', order: 58 },
};
