import BadgeIcon from '@mui/icons-material/Badge';
import type { AdminResource } from '../registry/admin-resource';
import { representativeResource } from './graphql';
import { RepresentativeCreate } from './RepresentativeCreate';
import { RepresentativeEdit } from './RepresentativeEdit';
import { RepresentativeList } from './RepresentativeList';

export const representatives: AdminResource = {
  name: 'representatives',
  views: { list: RepresentativeList, edit: RepresentativeEdit, create: RepresentativeCreate, icon: BadgeIcon, recordRepresentation: 'name' },
  access: { read: 'anyRole', create: ['PR_SPECIALIST'], edit: ['PR_SPECIALIST'], delete: ['PR_SPECIALIST'] },
  menu: { group: 'setup', order: 20 },
  graphql: representativeResource,
  names: {
    ru: { one: 'представитель', many: 'представители', genitiveMany: 'представителей', accusative: 'представителя', gender: 'masculine' },
    en: { one: 'representative', many: 'representatives' },
  },
};
