import BusinessIcon from '@mui/icons-material/Business';
import type { AdminResource } from '../registry/admin-resource';
import { ClientCreate } from './ClientCreate';
import { ClientEdit } from './ClientEdit';
import { ClientList } from './ClientList';
import { clientResource } from './graphql';

export const clients: AdminResource = {
  name: 'clients',
  views: { list: ClientList, edit: ClientEdit, create: ClientCreate, icon: BusinessIcon, recordRepresentation: 'name' },
  access: { read: 'everyone', create: 'agencyAdmin', edit: 'agencyAdmin' },
  menu: { group: 'setup', order: 30 },
  graphql: clientResource,
  names: {
    ru: { one: 'клиент', many: 'клиенты', genitiveMany: 'клиентов', accusative: 'клиента', gender: 'masculine' },
    en: { one: 'client', many: 'clients' },
  },
};
