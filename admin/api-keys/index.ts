import KeyIcon from '@mui/icons-material/VpnKey';
import type { AdminResource } from '../registry/admin-resource';
import { ApiKeyCreate } from './ApiKeyCreate';
import { ApiKeyList } from './ApiKeyList';
import { apiKeyResource } from './graphql';

export const apiKeys: AdminResource = {
  name: 'api-keys',
  views: { list: ApiKeyList, create: ApiKeyCreate, icon: KeyIcon, recordRepresentation: 'name' },
  access: { read: ['PR_SPECIALIST'] },
  menu: { group: 'setup', order: 50 },
  graphql: apiKeyResource,
  names: {
    ru: { one: 'API-ключ', many: 'API-ключи', genitiveMany: 'API-ключей', accusative: 'API-ключ', gender: 'masculine' },
    en: { one: 'API key', many: 'API keys' },
  },
};
