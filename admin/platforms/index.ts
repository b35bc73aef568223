import ForumIcon from '@mui/icons-material/Forum';
import { PlatformCreate } from './PlatformCreate';
import { PlatformEdit } from './PlatformEdit';
import { PlatformList } from './PlatformList';

export { platformResource } from './graphql';

export default {
  list: PlatformList,
  edit: PlatformEdit,
  create: PlatformCreate,
  icon: ForumIcon,
  recordRepresentation: 'name',
};
