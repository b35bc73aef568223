import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { QuestionType } from './certification-enums';
import { QuestionChoice } from './question.entity';
import { LearnerAnswer } from './learner-views';
import { CertificateStatus } from './certificate-status';

@ObjectType({ description: "A drawn question of an attempt with its right answers and the mark: the trainer's view." })
export class AttemptQuestionResult {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  questionId: string;

  @Field(() => Int)
  position: number;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field()
  text: string;

  @Field(() => String, { nullable: true })
  material: string | null;

  @Field(() => [QuestionChoice])
  choices: QuestionChoice[];

  @Field(() => [String])
  acceptedAnswers: string[];

  @Field(() => LearnerAnswer, { nullable: true })
  answer: LearnerAnswer | null;

  @Field(() => Float, { nullable: true })
  mark: number | null;
}

@ObjectType({ description: "One person's standing on a quiz, graded by the quiz's method." })
export class QuizPersonResult {
  @Field(() => ID)
  representativeId: string;

  @Field()
  representativeName: string;

  @Field(() => Int)
  attemptsUsed: number;

  @Field(() => Float, { nullable: true })
  grade: number | null;

  @Field(() => Boolean, { nullable: true })
  passed: boolean | null;

  @Field(() => Date, { nullable: true })
  lastSubmittedAt: Date | null;

  @Field(() => ID, { nullable: true })
  attemptInProgressId: string | null;
}

@ObjectType({ description: 'What anyone holding a verification code may learn: no more than the certificate shows.' })
export class CertificateVerification {
  @Field()
  name: string;

  @Field()
  quizTitle: string;

  @Field()
  issuedAt: Date;

  @Field(() => Date, { nullable: true })
  validUntil: Date | null;

  @Field(() => CertificateStatus)
  status: CertificateStatus;
}
