import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Case } from './case.entity';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { CaseStatus } from './case-status';

/** One move of a case, shown on the case page as its timeline. */
@ObjectType()
@Entity()
@Index(['caseId', 'createdAt'])
export class CaseTransition extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Field(() => CaseStatus)
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status' })
  fromStatus: CaseStatus;

  @Field(() => CaseStatus)
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status' })
  toStatus: CaseStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Field({ description: 'Who moved it, as they were named at the time.' })
  @Column()
  actorLabel: string;
}
