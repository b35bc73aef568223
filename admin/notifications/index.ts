import NotificationsIcon from '@mui/icons-material/Notifications';
import type { CustomPage } from '../registry/admin-resource';
import { NotificationSettingsPage } from './NotificationSettingsPage';

export { NotificationBell } from './NotificationBell';

/** "Уведомления": which kinds each person gets in the bell and by e-mail. Every staff member, for themselves. */
export const notificationSettingsPage: CustomPage = {
  path: '/notification-settings',
  label: 'notifications.settingsTitle',
  icon: NotificationsIcon,
  element: NotificationSettingsPage,
  access: 'everyone',
  menu: { group: 'setup', order: 90 },
};
