import BadgeIcon from '@mui/icons-material/Badge';
import { RepresentativeCreate } from './RepresentativeCreate';
import { RepresentativeEdit } from './RepresentativeEdit';
import { RepresentativeList } from './RepresentativeList';

export { representativeResource } from './graphql';

export default {
  list: RepresentativeList,
  edit: RepresentativeEdit,
  create: RepresentativeCreate,
  icon: BadgeIcon,
  recordRepresentation: 'name',
};
