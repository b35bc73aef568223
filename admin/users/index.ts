import PeopleIcon from '@mui/icons-material/People';
import type { AdminResource } from '../registry/admin-resource';
import { userResource } from './graphql';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

export const users: AdminResource = {
  name: 'users',
  views: { list: UserList, edit: UserEdit, create: UserCreate, icon: PeopleIcon, recordRepresentation: 'name' },
  access: { read: 'agencyAdmin', delete: 'agencyAdmin' },
  menu: { group: 'setup', order: 40 },
  graphql: userResource,
  names: {
    ru: { one: 'пользователь', many: 'пользователи', genitiveMany: 'пользователей', accusative: 'пользователя', gender: 'masculine' },
    en: { one: 'user', many: 'users' },
  },
};
