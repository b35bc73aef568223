import ArticleIcon from '@mui/icons-material/Article';
import type { AdminResource } from '../registry/admin-resource';
import { CaseStoryEdit } from './CaseStoryEdit';
import { CaseStoryList } from './CaseStoryList';
import { caseStoryResource } from './graphql';

export const caseStories: AdminResource = {
  name: 'case-stories',
  views: { list: CaseStoryList, edit: CaseStoryEdit, icon: ArticleIcon, recordRepresentation: 'title' },
  access: { read: ['PR_SPECIALIST'] },
  menu: { group: 'work', order: 50 },
  graphql: caseStoryResource,
  names: {
    ru: { one: 'кейс', many: 'кейсы', genitiveMany: 'кейсов', accusative: 'кейс', gender: 'masculine' },
    en: { one: 'case story', many: 'case stories' },
  },
};
