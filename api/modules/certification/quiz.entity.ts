import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { QuizGrading, QuizReview } from './certification-enums';

/**
 * A quiz: N random approved questions drawn from categories and/or tags, with Moodle's timing,
 * attempt and grading settings. A certifying quiz grants a certificate to whoever passes it.
 */
@ObjectType({ description: 'A quiz drawing random approved questions from categories or tags.' })
@Entity()
@Index(['clientId', 'title'], { unique: true })
export class Quiz extends ClientOwnedEntity {
  @Field()
  @Column()
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => Int, { description: 'How many questions each attempt draws.' })
  @Column('int')
  questionCount: number;

  @Field(() => [ID], { description: 'Draw from these categories (any of them)...' })
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  categoryIds: string[];

  @Field(() => [String], { description: '...and/or from questions carrying any of these tags.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Field()
  @Column({ default: true })
  shuffleQuestions: boolean;

  @Field()
  @Column({ default: true })
  shuffleChoices: boolean;

  @Field(() => Int, { nullable: true, description: 'Minutes per attempt; null: no limit.' })
  @Column({ type: 'int', nullable: true })
  timeLimitMinutes: number | null;

  @Field(() => Int, { nullable: true, description: 'Attempts per person; null: unlimited.' })
  @Column({ type: 'int', nullable: true })
  attemptsAllowed: number | null;

  @Field(() => Int, { description: 'Minutes to wait after submitting before the next attempt.' })
  @Column({ type: 'int', default: 0 })
  delayBetweenAttemptsMinutes: number;

  @Field(() => QuizGrading)
  @Column({ type: 'enum', enum: QuizGrading, enumName: 'quiz_grading', default: QuizGrading.HIGHEST })
  grading: QuizGrading;

  @Field(() => Float, { description: 'The lowest passing score, in percent (0–100).' })
  @Column({ type: 'double precision' })
  passMark: number;

  @Field(() => QuizReview)
  @Column({ type: 'enum', enum: QuizReview, enumName: 'quiz_review', default: QuizReview.SCORE_ONLY })
  review: QuizReview;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Field({ description: 'Passing grants a certificate.' })
  @Column({ default: false })
  certifying: boolean;

  @Field(() => Int, { nullable: true, description: 'How long a certificate stays valid, in days; null: no expiry.' })
  @Column({ type: 'int', nullable: true })
  certificateValidityDays: number | null;

  @Field({ description: 'Archived quizzes keep their attempts and certificates but cannot be taken.' })
  @Column({ default: false })
  isArchived: boolean;

  @Field(() => Int, { description: 'Days a certificate stays valid after its source changed (needs refresh) before it lapses.' })
  @Column({ type: 'int', default: 14 })
  refreshGraceDays: number;
}
