import DescriptionIcon from '@mui/icons-material/Description';
import HistoryIcon from '@mui/icons-material/History';
import { BriefInForcePage } from './BriefInForcePage';
import { BriefVersionEdit } from './BriefVersionEdit';
import { BriefVersionList } from './BriefVersionList';
import { BriefVersionShow } from './BriefVersionShow';

export { BriefDiffPage } from './BriefDiffPage';
export { briefVersionResource } from './graphql';

/** "brief": the brief in force as a printable document, for everyone working for the client. */
export const briefInForceViews = { list: BriefInForcePage, icon: DescriptionIcon };

/** "brief-versions": the history, the draft editor and the workflow, for PR specialists. */
export default {
  list: BriefVersionList,
  edit: BriefVersionEdit,
  show: BriefVersionShow,
  icon: HistoryIcon,
  recordRepresentation: (record: { number: number }) => `№ ${record.number}`,
};
