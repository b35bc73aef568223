import ArticleIcon from '@mui/icons-material/Article';
import { CaseStoryEdit } from './CaseStoryEdit';
import { CaseStoryList } from './CaseStoryList';

export { caseStoryResource } from './graphql';

export default {
  list: CaseStoryList,
  edit: CaseStoryEdit,
  icon: ArticleIcon,
  recordRepresentation: 'title',
};
