import UploadIcon from '@mui/icons-material/UploadFile';
import type { CustomPage } from '../pages';
import { ImportPage } from './ImportPage';

export const importPage: CustomPage = {
  path: '/argument-base-import',
  label: 'repbase.import.menu',
  icon: UploadIcon,
  element: ImportPage,
  roles: ['PR_SPECIALIST'],
};
