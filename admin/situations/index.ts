import TopicIcon from '@mui/icons-material/QuestionAnswer';
import type { AdminResource } from '../registry/admin-resource';
import { replyResource, situationResource } from './graphql';
import { ReplyCreate } from './ReplyCreate';
import { ReplyEdit } from './ReplyEdit';
import { SituationCreate } from './SituationCreate';
import { SituationEdit } from './SituationEdit';
import { SituationList } from './SituationList';
import { SituationShow } from './SituationShow';

export const situations: AdminResource = {
  name: 'situations',
  views: { list: SituationList, show: SituationShow, edit: SituationEdit, create: SituationCreate, icon: TopicIcon, recordRepresentation: 'title' },
  access: { read: 'everyone', create: ['PR_SPECIALIST'], edit: ['PR_SPECIALIST'], delete: ['PR_SPECIALIST'] },
  menu: { group: 'knowledge', order: 30 },
  graphql: situationResource,
  names: {
    ru: { one: 'ситуация', many: 'ситуации', genitiveMany: 'ситуаций', accusative: 'ситуацию', gender: 'feminine', title: 'Аргументарная база' },
    en: { one: 'situation', many: 'situations', title: 'Argument base' },
  },
};

/** Replies have no list of their own: they are read on their situation's page. */
export const replies: AdminResource = {
  name: 'replies',
  views: { edit: ReplyEdit, create: ReplyCreate, recordRepresentation: 'text' },
  access: { read: ['PR_SPECIALIST'], delete: ['PR_SPECIALIST'] },
  graphql: replyResource,
  names: {
    ru: { one: 'ответ', many: 'ответы', genitiveMany: 'ответов', accusative: 'ответ', gender: 'masculine' },
    en: { one: 'reply', many: 'replies' },
  },
};
