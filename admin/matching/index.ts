import ManageSearchIcon from '@mui/icons-material/ManageSearch';
import type { CustomPage } from '../registry/admin-resource';
import { TryItPage } from './TryItPage';

export { TryItPage };

/** The "try it" page: paste a post, see how the base and the brief answer it. Everyone of the client. */
export const tryItPage: CustomPage = {
  path: '/try-it',
  label: 'matching.tryIt.menu',
  icon: ManageSearchIcon,
  element: TryItPage,
  access: 'everyone',
  menu: { group: 'work', order: 40 },
};
