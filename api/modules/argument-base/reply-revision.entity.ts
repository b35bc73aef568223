import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Reply } from './reply.entity';

/**
 * The wording of a reply as it stood at one revision. Written when a reply is created and on every
 * change of its wording, never changed afterwards except to note its approval, so what was approved
 * (and served) can always be read back.
 */
@ObjectType({ description: 'A kept version of a reply: its wording at one revision, and whether it was approved.' })
@Entity()
@Index('reply_revision_number', ['replyId', 'revision'], { unique: true })
export class ReplyRevision extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  replyId: string;

  @ManyToOne(() => Reply, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id' })
  reply?: Reply;

  @Field(() => Int)
  @Column('int')
  revision: number;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  theses: string[];

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  variants: string[];

  @Field(() => ID, { nullable: true, description: 'Who wrote this revision.' })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  approvedById: string | null;

  @Field(() => Date, { nullable: true, description: 'When this revision was approved; null if it never was.' })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was approved although the reply check found something that breaks the brief.' })
  @Column({ type: 'text', nullable: true })
  approvalOverrideReason: string | null;
}
