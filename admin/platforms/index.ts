import ForumIcon from '@mui/icons-material/Forum';
import type { AdminResource } from '../registry/admin-resource';
import { platformResource } from './graphql';
import { PlatformCreate } from './PlatformCreate';
import { PlatformEdit } from './PlatformEdit';
import { PlatformList } from './PlatformList';

export const platforms: AdminResource = {
  name: 'platforms',
  views: { list: PlatformList, edit: PlatformEdit, create: PlatformCreate, icon: ForumIcon, recordRepresentation: 'name' },
  access: { read: 'everyone', create: ['PR_SPECIALIST'], edit: ['PR_SPECIALIST'], delete: ['PR_SPECIALIST'] },
  menu: { group: 'setup', order: 10 },
  graphql: platformResource,
  names: {
    ru: { one: 'площадка', many: 'площадки', genitiveMany: 'площадок', accusative: 'площадку', gender: 'feminine' },
    en: { one: 'platform', many: 'platforms' },
  },
};
