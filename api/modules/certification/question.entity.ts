import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Role } from '../users/role';
import { QuestionStatus, QuestionType } from './certification-enums';
import { QuestionCategory } from './question-category.entity';

/** Who may read a question's right answers: never a learner (REPRESENTATIVE). */
export const ANSWER_READERS = [Role.TRAINER, Role.PR_SPECIALIST];

/** One choice of a choice-type question; `id` is stable so answers and shuffles refer to it. */
@ObjectType({ description: "A choice with its rightness: the trainer's view, never a learner's." })
export class QuestionChoice {
  @Field()
  id: string;

  @Field()
  text: string;

  @Field()
  isCorrect: boolean;

  @Field(() => String, { nullable: true, description: 'FIND_THE_FAULT: the kind of fault (forbidden phrase, personal data...).' })
  faultKind?: string | null;

  @Field(() => ID, { nullable: true, description: 'PICK_THE_REPLY: the situation this choice stands for.' })
  situationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'PICK_THE_REPLY: the reply revision this choice quotes.' })
  replyRevisionId?: string | null;
}

/**
 * A question of the bank. Right answers (choices' isCorrect, acceptedAnswers) are fields only
 * trainers and PR specialists can read; learners see questions only through AttemptQuestion.
 */
@ObjectType({ description: 'A question of the bank (trainers own it; PR specialists may read it).' })
@Entity()
@Index(['clientId', 'categoryId'])
export class Question extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  categoryId: string;

  @ManyToOne(() => QuestionCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'category_id' })
  category?: QuestionCategory;

  @Field(() => QuestionType)
  @Column({ type: 'enum', enum: QuestionType, enumName: 'question_type' })
  type: QuestionType;

  @Field(() => QuestionStatus)
  @Column({ type: 'enum', enum: QuestionStatus, enumName: 'question_status', default: QuestionStatus.DRAFT })
  status: QuestionStatus;

  @Field({ description: 'What is asked.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => String, { nullable: true, description: 'PICK_THE_REPLY: the post; FIND_THE_FAULT: the draft reply.' })
  @Column({ type: 'text', nullable: true })
  material: string | null;

  @Field(() => String, { nullable: true, description: 'Shown in review when the quiz allows.' })
  @Column({ type: 'text', nullable: true })
  explanation: string | null;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Authorized(ANSWER_READERS)
  @Field(() => [QuestionChoice], { description: 'Choice types (TRUE_FALSE has two: "true" and "false").' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  choices: QuestionChoice[];

  @Authorized(ANSWER_READERS)
  @Field(() => [String], { description: 'SHORT_ANSWER: the answers accepted, in any Russian word form.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  acceptedAnswers: string[];

  @Field(() => ID, { nullable: true, description: 'Source: the brief whose item this question checks.' })
  @Column('uuid', { nullable: true })
  sourceBriefId: string | null;

  @Field(() => String, { nullable: true, description: 'Source: the brief section (topics, responseDeadlines...).' })
  @Column({ type: 'varchar', nullable: true })
  sourceBriefSection: string | null;

  @Field(() => String, { nullable: true, description: "Source: the brief item's key within its section." })
  @Column({ type: 'varchar', nullable: true })
  sourceBriefItemKey: string | null;

  @Field(() => ID, { nullable: true, description: 'Source: a situation of the argument base.' })
  @Column('uuid', { nullable: true })
  sourceSituationId: string | null;

  @Field(() => ID, { nullable: true, description: 'Source: a reply revision of the argument base.' })
  @Column('uuid', { nullable: true })
  sourceReplyRevisionId: string | null;
}
