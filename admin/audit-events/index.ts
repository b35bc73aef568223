import HistoryIcon from '@mui/icons-material/History';
import { AuditEventList } from './AuditEventList';

export { auditEventResource } from './graphql';

export default {
  list: AuditEventList,
  icon: HistoryIcon,
};
