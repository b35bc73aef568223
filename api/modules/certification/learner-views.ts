import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ErrorReason } from '../../common/error-reasons';
import type { AttemptQuestion } from './attempt-question.entity';
import { AttemptStatus, QuestionType, QuizGrading, QuizReview } from './certification-enums';
import type { QuizAttempt } from './quiz-attempt.entity';
import type { Quiz } from './quiz.entity';

/*
 * What a learner (REPRESENTATIVE) reads of quizzes and attempts. These types are the only road from
 * a learner to a question: they carry a choice's id and text, never whether it is right; right
 * answers live in `review`, filled only once the attempt is submitted and as far as the quiz allows.
 * tests/api/certification-secrecy.test.ts walks the schema to keep it so.
 */

@ObjectType({ description: 'A choice as a learner sees it: no rightness.' })
export class LearnerChoice {
  @Field()
  id: string;

  @Field()
  text: string;
}

@ObjectType({ description: 'What the learner answered.' })
export class LearnerAnswer {
  @Field(() => [String])
  choiceIds: string[];

  @Field(() => String, { nullable: true })
  text: string | null;
}

@ObjectType({ description: 'The review of one question after submission, as far as the quiz allows.' })
export class QuestionReview {
  @Field(() => Float, { description: 'The fraction earned, 0–1.' })
  mark: number;

  @Field(() => [String], { description: 'The right choices (choice types).' })
  rightChoiceIds: string[];

  @Field(() => [String], { description: 'SHORT_ANSWER: the answers accepted.' })
  acceptedAnswers: string[];

  @Field(() => String, { nullable: true, description: 'Only when the quiz shows explanations.' })
  explanation: string | null;
}

@ObjectType({ description: 'A drawn question of an attempt, as the learner sees it.' })
export class LearnerQuestion {
  @Field(() => ID, { description: 'Answer with this id.' })
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  text: string;

  @Field(() => String, { nullable: true })
  material: string | null;

  @Field(() => [LearnerChoice], { description: 'In this attempt\'s (possibly shuffled) order.' })
  choices: LearnerChoice[];

  @Field(() => LearnerAnswer, { nullable: true })
  answer: LearnerAnswer | null;

  @Field(() => QuestionReview, { nullable: true, description: 'null until submitted, and when the quiz shows the score only.' })
  review: QuestionReview | null;
}

@ObjectType({ description: "A learner's own attempt." })
export class LearnerAttempt {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  quizId: string;

  @Field()
  quizTitle: string;

  @Field(() => Int)
  number: number;

  @Field(() => AttemptStatus)
  status: AttemptStatus;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When answers stop being accepted.' })
  deadline: Date | null;

  @Field({ description: "The server's time when this was read: the timer counts from it, whatever the learner's clock says." })
  serverTime: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field()
  autoSubmitted: boolean;

  @Field(() => Float, { nullable: true, description: 'Percent, once submitted.' })
  score: number | null;

  @Field(() => Boolean, { nullable: true })
  passed: boolean | null;

  @Field(() => Float)
  passMark: number;

  @Field(() => QuizReview)
  reviewLevel: QuizReview;

  @Field(() => [LearnerQuestion])
  questions: LearnerQuestion[];
}

@ObjectType({ description: 'One attempt in a learner\'s list.' })
export class LearnerAttemptSummary {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  number: number;

  @Field(() => AttemptStatus)
  status: AttemptStatus;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Float, { nullable: true })
  score: number | null;

  @Field(() => Boolean, { nullable: true })
  passed: boolean | null;
}

@ObjectType({ description: 'A quiz open to the learner, with where they stand on it.' })
export class LearnerQuiz {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int)
  questionCount: number;

  @Field(() => Int, { nullable: true, description: 'Minutes, with the learner\'s extra time.' })
  timeLimitMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'With the learner\'s extra attempts; null: unlimited.' })
  attemptsAllowed: number | null;

  @Field(() => Int)
  attemptsUsed: number;

  @Field(() => QuizGrading)
  grading: QuizGrading;

  @Field(() => Float)
  passMark: number;

  @Field(() => Date, { nullable: true })
  opensAt: Date | null;

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  @Field()
  certifying: boolean;

  @Field(() => Float, { nullable: true, description: 'The grade by the quiz\'s grading method; null before a submitted attempt.' })
  grade: number | null;

  @Field(() => Boolean, { nullable: true })
  passed: boolean | null;

  @Field(() => ID, { nullable: true, description: 'The attempt to resume.' })
  attemptInProgressId: string | null;

  @Field(() => ErrorReason, { nullable: true, description: 'Why a new attempt cannot start now (null: it can).' })
  cannotStartReason: ErrorReason | null;

  @Field(() => Date, { nullable: true, description: 'With ATTEMPT_TOO_SOON: when the next attempt may start.' })
  nextAttemptAt: Date | null;

  @Field(() => [LearnerAttemptSummary])
  attempts: LearnerAttemptSummary[];
}

const shows = (level: QuizReview, wanted: QuizReview) => Object.values(QuizReview).indexOf(level) >= Object.values(QuizReview).indexOf(wanted);

/** The learner's view of one drawn question: review only for a submitted attempt, as the quiz allows. */
export function learnerQuestion(row: AttemptQuestion, submitted: boolean, level: QuizReview): LearnerQuestion {
  const { snapshot } = row;
  const byId = new Map(snapshot.choices.map((choice) => [choice.id, choice]));
  const review =
    submitted && shows(level, QuizReview.RIGHT_ANSWERS)
      ? {
          mark: row.mark ?? 0,
          rightChoiceIds: snapshot.choices.filter((choice) => choice.isCorrect).map((choice) => choice.id),
          acceptedAnswers: snapshot.acceptedAnswers,
          explanation: shows(level, QuizReview.EXPLANATIONS) ? snapshot.explanation : null,
        }
      : null;
  return {
    id: row.id,
    position: row.position,
    type: snapshot.type,
    text: snapshot.text,
    material: snapshot.material,
    choices: row.choiceOrder.flatMap((id) => (byId.has(id) ? [{ id, text: byId.get(id)!.text }] : [])),
    answer: row.answer ? { choiceIds: row.answer.choiceIds ?? [], text: row.answer.text ?? null } : null,
    review,
  };
}

export function learnerAttempt(attempt: QuizAttempt, quiz: Quiz, questions: AttemptQuestion[], now: Date): LearnerAttempt {
  const submitted = attempt.status === AttemptStatus.SUBMITTED;
  return {
    id: attempt.id,
    quizId: quiz.id,
    quizTitle: quiz.title,
    number: attempt.number,
    status: attempt.status,
    startedAt: attempt.startedAt,
    deadline: attempt.deadline,
    serverTime: now,
    submittedAt: attempt.submittedAt,
    autoSubmitted: attempt.autoSubmitted,
    score: submitted ? attempt.score : null,
    passed: submitted ? attempt.passed : null,
    passMark: quiz.passMark,
    reviewLevel: quiz.review,
    questions: questions.map((row) => learnerQuestion(row, submitted, quiz.review)),
  };
}
