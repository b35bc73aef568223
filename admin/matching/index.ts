import ManageSearchIcon from '@mui/icons-material/ManageSearch';

export { TryItPage } from './TryItPage';

/** The "try it" page's route and menu entry (a custom page, not a resource). */
export const tryItRoute = { path: '/try-it', labelKey: 'matching.tryIt.menu', icon: ManageSearchIcon };
