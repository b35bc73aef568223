import HelpIcon from '@mui/icons-material/ContactSupport';
import { EscalationList } from './EscalationList';

export { escalationResource } from './graphql';
export { ArchiveEscalationPage } from './ArchiveEscalationPage';

export default {
  list: EscalationList,
  icon: HelpIcon,
};
