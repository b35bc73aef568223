export const ATTEMPT_FIELDS = `id quizId quizTitle number status startedAt deadline serverTime submittedAt autoSubmitted score passed passMark reviewLevel
  questions { id position type text material choices { id text } answer { choiceIds text } review { mark rightChoiceIds acceptedAnswers explanation } }`;

export interface LearnerQuestion {
  id: string;
  position: number;
  type: string;
  text: string;
  material: string | null;
  choices: { id: string; text: string }[];
  answer: { choiceIds: string[]; text: string | null } | null;
  review: { mark: number; rightChoiceIds: string[]; acceptedAnswers: string[]; explanation: string | null } | null;
}

export interface LearnerAttempt {
  id: string;
  quizId: string;
  quizTitle: string;
  number: number;
  status: 'IN_PROGRESS' | 'SUBMITTED';
  startedAt: string;
  deadline: string | null;
  serverTime: string;
  submittedAt: string | null;
  autoSubmitted: boolean;
  score: number | null;
  passed: boolean | null;
  passMark: number;
  reviewLevel: string;
  questions: LearnerQuestion[];
}

export interface LearnerQuiz {
  id: string;
  title: string;
  description: string | null;
  questionCount: number;
  timeLimitMinutes: number | null;
  attemptsAllowed: number | null;
  attemptsUsed: number;
  passMark: number;
  certifying: boolean;
  grade: number | null;
  passed: boolean | null;
  attemptInProgressId: string | null;
  cannotStartReason: string | null;
  nextAttemptAt: string | null;
  attempts: { id: string; number: number; status: string; score: number | null; passed: boolean | null; submittedAt: string | null }[];
}
