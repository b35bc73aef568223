import { registerEnumType } from 'type-graphql';

/** Public API: the kinds of question a bank holds. */
export enum QuestionType {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  TRUE_FALSE = 'TRUE_FALSE',
  SHORT_ANSWER = 'SHORT_ANSWER',
  PICK_THE_REPLY = 'PICK_THE_REPLY',
  FIND_THE_FAULT = 'FIND_THE_FAULT',
}
registerEnumType(QuestionType, {
  name: 'QuestionType',
  valuesConfig: {
    SINGLE_CHOICE: { description: 'One right choice among several.' },
    MULTIPLE_CHOICE: { description: 'Several right choices; partial credit, wrong picks take it back.' },
    TRUE_FALSE: { description: 'A statement that is true or false.' },
    SHORT_ANSWER: { description: 'A typed answer, matched against the accepted answers in any Russian word form.' },
    PICK_THE_REPLY: { description: "A real-looking post (material): choose its approved reply or situation." },
    FIND_THE_FAULT: { description: 'A draft reply (material): choose what breaks the brief.' },
  },
});

/** Only APPROVED questions are drawn into attempts. */
export enum QuestionStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
}
registerEnumType(QuestionStatus, { name: 'QuestionStatus' });

/** Which attempt makes a person's grade for a quiz (Moodle's grading methods). */
export enum QuizGrading {
  HIGHEST = 'HIGHEST',
  LAST = 'LAST',
  FIRST = 'FIRST',
  AVERAGE = 'AVERAGE',
}
registerEnumType(QuizGrading, { name: 'QuizGrading' });

/** What the learner sees of a submitted attempt; each level includes the ones before it. */
export enum QuizReview {
  SCORE_ONLY = 'SCORE_ONLY',
  RIGHT_ANSWERS = 'RIGHT_ANSWERS',
  EXPLANATIONS = 'EXPLANATIONS',
}
registerEnumType(QuizReview, {
  name: 'QuizReview',
  valuesConfig: {
    SCORE_ONLY: { description: 'The score and whether it passed.' },
    RIGHT_ANSWERS: { description: 'Also each question: what was answered, what was right.' },
    EXPLANATIONS: { description: 'Also the explanation of each question.' },
  },
});

export enum AttemptStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(AttemptStatus, { name: 'AttemptStatus' });
