import BusinessIcon from '@mui/icons-material/Business';
import { ClientCreate } from './ClientCreate';
import { ClientEdit } from './ClientEdit';
import { ClientList } from './ClientList';

export { clientResource } from './graphql';

export default {
  list: ClientList,
  edit: ClientEdit,
  create: ClientCreate,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};
