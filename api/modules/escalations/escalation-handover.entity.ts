import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Escalation } from './escalation.entity';

/** One hand-over of a question: from whom, to whom, why. The escalation's route, as people read it. */
@ObjectType()
@Entity()
@Index(['clientId', 'escalationId', 'createdAt'])
export class EscalationHandover extends ClientOwnedEntity {
  @Column('uuid')
  escalationId: string;

  @ManyToOne(() => Escalation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'escalation_id' })
  escalation?: Escalation;

  @Field({ description: 'Who the question was with.' })
  @Column()
  fromName: string;

  @Field({ description: 'Who it went to ("PR-специалист" for the PR specialists).' })
  @Column()
  toName: string;

  @Field()
  @Column({ type: 'text' })
  comment: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  handedById: string | null;
}
