import UploadIcon from '@mui/icons-material/UploadFile';
import type { CustomPage } from '../registry/admin-resource';
import { ImportPage } from './ImportPage';

export const importPage: CustomPage = {
  path: '/argument-base-import',
  label: 'repbase.import.menu',
  icon: UploadIcon,
  element: ImportPage,
  access: ['PR_SPECIALIST'],
  menu: { group: 'knowledge', order: 40 },
};
