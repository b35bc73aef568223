import InboxIcon from '@mui/icons-material/Inbox';
import { CaseList } from './CaseList';
import { CaseShow } from './CaseShow';

export { caseResource } from './graphql';

export default {
  list: CaseList,
  show: CaseShow,
  icon: InboxIcon,
};
