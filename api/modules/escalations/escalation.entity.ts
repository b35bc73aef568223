import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Case } from '../cases/case.entity';
import { ClientOwnedEntity } from '../clients/client-owned.entity';

export enum EscalationStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(EscalationStatus, {
  name: 'EscalationStatus',
  valuesConfig: {
    OPEN: { description: 'Waiting for the responsible person.' },
    ANSWERED: { description: 'Answered; the PR specialist has yet to archive it into the argument base.' },
    ARCHIVED: { description: 'Turned into a situation with an approved reply.' },
  },
});

export enum EscalationReason {
  NO_APPROVED_REPLY = 'NO_APPROVED_REPLY',
  REPRESENTATIVE_REQUEST = 'REPRESENTATIVE_REQUEST',
}
registerEnumType(EscalationReason, {
  name: 'EscalationReason',
  valuesConfig: {
    NO_APPROVED_REPLY: { description: 'The argument base has no approved reply for the case.' },
    REPRESENTATIVE_REQUEST: { description: 'There is a reply, but the representative asked for a decision.' },
  },
});

/**
 * A question the argument base could not answer, sent to the responsible person whose topics fit
 * (or the PR specialists when nobody fits). The answer is archived into the base as a new situation
 * with an approved reply.
 */
@ObjectType()
@Entity()
@Index(['caseId'])
@Index('escalation_one_open_per_case', ['caseId'], { unique: true, where: `"status" IN ('OPEN', 'ANSWERED')` })
@Index(['clientId', 'status', 'assigneeUserId'])
export class Escalation extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Field(() => EscalationStatus)
  @Column({ type: 'enum', enum: EscalationStatus, enumName: 'escalation_status', default: EscalationStatus.OPEN })
  status: EscalationStatus;

  @Field(() => EscalationReason)
  @Column({ type: 'enum', enum: EscalationReason, enumName: 'escalation_reason' })
  reason: EscalationReason;

  @Field({ description: 'What the representative needs to know.' })
  @Column({ type: 'text' })
  question: string;

  @Field(() => ID, { nullable: true, description: 'The staff member who asked; null when mention ingest opened it because the base had no approved reply.' })
  @Column('uuid', { nullable: true })
  requestedById: string | null;

  @Field(() => String, { nullable: true, description: 'The brief topic key the question is about.' })
  @Column({ type: 'text', nullable: true })
  topic: string | null;

  @Field(() => String, { nullable: true, description: "The brief's responsible-person item it went to; null when it went to the PR specialists." })
  @Column({ type: 'text', nullable: true })
  responsiblePersonKey: string | null;

  @Field({ description: 'Who answers, as the brief names them (or "PR specialist").' })
  @Column()
  assigneeName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  assigneePosition: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  assigneeContact: string | null;

  @Field(() => ID, { nullable: true, description: "The responsible person's staff account; null means the client's PR specialists answer." })
  @Column('uuid', { nullable: true })
  assigneeUserId: string | null;

  @Field(() => Date, { nullable: true, description: "Answer by then: the responsible person's answerWithinHours from the brief." })
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  answeredById: string | null;

  @Field(() => ID, { nullable: true, description: 'The situation the answer was archived into.' })
  @Column('uuid', { nullable: true })
  situationId: string | null;

  @Field(() => ID, { nullable: true, description: 'The approved reply made from the answer.' })
  @Column('uuid', { nullable: true })
  replyId: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
