import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import QueryStatsIcon from '@mui/icons-material/QueryStats';
import type { CustomPage } from '../registry/admin-resource';
import { QuestionGenerationPage } from './QuestionGenerationPage';
import { StatisticsPage } from './StatisticsPage';

/** Questions generated from the standard: the wizard and its review queue, for trainers. */
export const questionGenerationPage: CustomPage = {
  path: '/question-generation',
  label: 'standard.generation.menu',
  icon: AutoFixHighIcon,
  element: QuestionGenerationPage,
  access: ['TRAINER'],
  menu: { group: 'knowledge', order: 60 },
};

/** Quiz statistics for trainers; the weak spots they reveal for trainers and PR specialists. */
export const certificationStatisticsPage: CustomPage = {
  path: '/certification-statistics',
  label: 'standard.statistics.menu',
  icon: QueryStatsIcon,
  element: StatisticsPage,
  access: ['TRAINER', 'PR_SPECIALIST'],
  menu: { group: 'knowledge', order: 61 },
};
