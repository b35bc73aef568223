import AssignmentIcon from '@mui/icons-material/Assignment';
import type { AdminResource } from '../registry/admin-resource';
import { reportResource } from './graphql';
import { ReportCreate } from './ReportCreate';
import { ReportEdit } from './ReportEdit';
import { ReportList } from './ReportList';
import { ReportShow } from './ReportShow';

/** Representatives' periodic reports: written by the representative, reviewed by a PR specialist. */
export const reports: AdminResource = {
  name: 'reports',
  views: { list: ReportList, show: ReportShow, edit: ReportEdit, create: ReportCreate, icon: AssignmentIcon, recordRepresentation: 'representativeName' },
  access: { read: ['PR_SPECIALIST', 'REPRESENTATIVE'], create: ['PR_SPECIALIST', 'REPRESENTATIVE'], edit: ['REPRESENTATIVE'] },
  menu: { group: 'work', order: 59 },
  graphql: reportResource,
  names: {
    ru: { one: 'отчёт', many: 'отчёты', genitiveMany: 'отчётов', accusative: 'отчёт', gender: 'masculine' },
    en: { one: 'report', many: 'reports' },
  },
};
