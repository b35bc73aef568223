import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import type { AdminResource } from '../registry/admin-resource';
import { MyQuestions } from './MyQuestions';

/** Not a list of the data provider: the page asks myQuestions itself. */
export const myQuestions: AdminResource = {
  name: 'my-questions',
  views: { list: MyQuestions, icon: QuestionAnswerIcon },
  access: { read: ['RESPONSIBLE', 'PR_SPECIALIST'] },
  menu: { group: 'work', order: 20 },
  names: {
    ru: { one: 'мой вопрос', many: 'мои вопросы', genitiveMany: 'вопросов', accusative: 'вопрос', gender: 'masculine', title: 'Мои вопросы' },
    en: { one: 'my question', many: 'my questions', title: 'My questions' },
  },
};
