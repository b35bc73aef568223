import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import type { QuestionChoice } from './question.entity';
import type { QuestionType } from './certification-enums';

/** The question as it stood when drawn: later edits of the bank never change a running attempt. */
export interface QuestionSnapshot {
  type: QuestionType;
  text: string;
  material: string | null;
  explanation: string | null;
  choices: QuestionChoice[];
  acceptedAnswers: string[];
}

/** What the learner gave: choice ids, or the typed text for SHORT_ANSWER. */
export interface GivenAnswer {
  choiceIds?: string[];
  text?: string;
}

/**
 * One drawn question of an attempt, at its place, with its choices' shuffled order and the answer
 * given. Deliberately not a GraphQL type: it holds right answers; learners read it through
 * AttemptQuestionView, which leaves them out until review allows.
 */
@Entity()
@Index(['attemptId', 'position'], { unique: true })
@Index(['clientId', 'questionId'])
export class AttemptQuestion extends ClientOwnedEntity {
  @Column('uuid')
  attemptId: string;

  @Column('uuid')
  questionId: string;

  @Column('int')
  position: number;

  @Column({ type: 'jsonb' })
  snapshot: QuestionSnapshot;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  choiceOrder: string[];

  @Column({ type: 'jsonb', nullable: true })
  answer: GivenAnswer | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'double precision', nullable: true, comment: 'The fraction of the question earned (0–1), once submitted.' })
  mark: number | null;
}
