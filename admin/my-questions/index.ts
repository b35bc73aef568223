import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import { MyQuestions } from './MyQuestions';

/** Not a list of the data provider: the page asks myQuestions itself. */
export default {
  list: MyQuestions,
  icon: QuestionAnswerIcon,
};
