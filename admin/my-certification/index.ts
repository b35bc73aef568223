import SchoolIcon from '@mui/icons-material/School';
import type { CustomPage } from '../registry/admin-resource';
import { MyCertification } from './MyCertification';

/** "Моя аттестация": representatives take quizzes and download their certificates. */
export const myCertificationPage: CustomPage = {
  path: '/my-certification',
  label: 'certification.my.menu',
  icon: SchoolIcon,
  element: MyCertification,
  access: ['REPRESENTATIVE'],
  menu: { group: 'work', order: 45 },
};
