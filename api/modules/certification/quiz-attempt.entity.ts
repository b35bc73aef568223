import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { AttemptStatus } from './certification-enums';

/**
 * One try of a representative at a quiz. Its questions are drawn once, at the start, into
 * AttemptQuestion rows; `deadline` (start + limit + override) is what the server enforces.
 */
@ObjectType({ description: "A representative's attempt at a quiz." })
@Entity()
@Index(['quizId', 'representativeId', 'number'], { unique: true })
@Index('quiz_attempt_due', ['deadline'], { where: `"status" = 'IN_PROGRESS'` })
export class QuizAttempt extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  quizId: string;

  @Field(() => ID)
  @Column('uuid')
  representativeId: string;

  @Field(() => Int, { description: "1 for the person's first attempt at the quiz, and so on." })
  @Column('int')
  number: number;

  @Field(() => AttemptStatus)
  @Column({ type: 'enum', enum: AttemptStatus, enumName: 'attempt_status', default: AttemptStatus.IN_PROGRESS })
  status: AttemptStatus;

  @Field()
  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'When answers stop being accepted; null: no time limit.' })
  @Column({ type: 'timestamptz', nullable: true })
  deadline: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field({ description: 'Submitted by the server when the time ran out.' })
  @Column({ default: false })
  autoSubmitted: boolean;

  @Field(() => Float, { nullable: true, description: 'Percent (0–100), once submitted.' })
  @Column({ type: 'double precision', nullable: true })
  score: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the score reached the pass mark, once submitted.' })
  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;
}
