import AssignmentIcon from '@mui/icons-material/Assignment';
import CategoryIcon from '@mui/icons-material/Category';
import QuizIcon from '@mui/icons-material/Quiz';
import VerifiedIcon from '@mui/icons-material/Verified';
import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import type { AdminResource } from '../registry/admin-resource';
import { AttemptList, AttemptShow } from './AttemptViews';
import { CategoryCreate, CategoryEdit, CategoryList } from './CategoryViews';
import { CertificateList } from './CertificateViews';
import { attemptResource, categoryResource, certificateResource, questionResource, quizResource } from './graphql';
import { QuestionCreate, QuestionEdit, QuestionList } from './QuestionViews';
import { QuizCreate, QuizEdit, QuizList } from './QuizViews';

/** Trainers own the bank and the quizzes; PR specialists read them and the results. */
const readers = ['TRAINER', 'PR_SPECIALIST'] as const;
const trainers = ['TRAINER'] as const;

export const questionCategories: AdminResource = {
  name: 'question-categories',
  views: { list: CategoryList, create: CategoryCreate, edit: CategoryEdit, icon: CategoryIcon, recordRepresentation: 'name' },
  access: { read: readers, create: trainers, edit: trainers, delete: trainers },
  menu: { group: 'knowledge', order: 50 },
  graphql: categoryResource,
  names: {
    ru: { one: 'категория вопросов', many: 'категории вопросов', genitiveMany: 'категорий вопросов', accusative: 'категорию вопросов', gender: 'feminine', title: 'Категории вопросов' },
    en: { one: 'question category', many: 'question categories' },
  },
};

export const questions: AdminResource = {
  name: 'questions',
  views: { list: QuestionList, create: QuestionCreate, edit: QuestionEdit, icon: QuizIcon, recordRepresentation: 'text' },
  access: { read: readers, create: trainers, edit: trainers, delete: trainers },
  menu: { group: 'knowledge', order: 51 },
  graphql: questionResource,
  names: {
    ru: { one: 'вопрос', many: 'вопросы', genitiveMany: 'вопросов', accusative: 'вопрос', gender: 'masculine', title: 'Банк вопросов' },
    en: { one: 'question', many: 'questions', title: 'Question bank' },
  },
};

export const quizzes: AdminResource = {
  name: 'quizzes',
  views: { list: QuizList, create: QuizCreate, edit: QuizEdit, icon: AssignmentIcon, recordRepresentation: 'title' },
  access: { read: readers, create: trainers, edit: trainers, delete: trainers },
  menu: { group: 'knowledge', order: 52 },
  graphql: quizResource,
  names: {
    ru: { one: 'тест', many: 'тесты', genitiveMany: 'тестов', accusative: 'тест', gender: 'masculine', title: 'Тесты' },
    en: { one: 'quiz', many: 'quizzes' },
  },
};

export const quizAttempts: AdminResource = {
  name: 'quiz-attempts',
  views: { list: AttemptList, show: AttemptShow, icon: WorkspacePremiumIcon },
  access: { read: readers },
  menu: { group: 'knowledge', order: 53 },
  graphql: attemptResource,
  names: {
    ru: { one: 'попытка', many: 'попытки', genitiveMany: 'попыток', accusative: 'попытку', gender: 'feminine', title: 'Результаты тестов' },
    en: { one: 'attempt', many: 'attempts', title: 'Quiz results' },
  },
};

export const certificates: AdminResource = {
  name: 'certificates',
  views: { list: CertificateList, icon: VerifiedIcon },
  access: { read: readers },
  menu: { group: 'knowledge', order: 54 },
  graphql: certificateResource,
  names: {
    ru: { one: 'сертификат', many: 'сертификаты', genitiveMany: 'сертификатов', accusative: 'сертификат', gender: 'masculine', title: 'Сертификаты' },
    en: { one: 'certificate', many: 'certificates' },
  },
};
