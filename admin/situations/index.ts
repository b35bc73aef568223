import TopicIcon from '@mui/icons-material/QuestionAnswer';
import { ReplyCreate } from './ReplyCreate';
import { ReplyEdit } from './ReplyEdit';
import { SituationCreate } from './SituationCreate';
import { SituationEdit } from './SituationEdit';
import { SituationList } from './SituationList';
import { SituationShow } from './SituationShow';

export { replyResource, situationResource } from './graphql';

export default {
  list: SituationList,
  show: SituationShow,
  edit: SituationEdit,
  create: SituationCreate,
  icon: TopicIcon,
  recordRepresentation: 'title',
};

/** Replies have no list of their own: they are read on their situation's page. */
export const replyViews = {
  edit: ReplyEdit,
  create: ReplyCreate,
  recordRepresentation: 'text',
};
