import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';

/**
 * A change of the standard that a certificate's quiz draws from: a new brief version changing a
 * section its questions come from, or a new approved revision of a reply they quote. The first flag
 * of a certificate starts its grace period (the quiz's refreshGraceDays); passing the quiz again
 * grants a new certificate, which starts clean.
 */
@ObjectType({ description: 'Why a certificate needs refreshing: what changed in its source, and when.' })
@Entity()
@Index('certificate_refresh_once', ['certificateId', 'changeKey'], { unique: true })
export class CertificateRefresh extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  certificateId: string;

  @Field(() => ID)
  @Column('uuid')
  quizId: string;

  @Field()
  @Column({ type: 'timestamptz' })
  flaggedAt: Date;

  @Field({ description: 'What changed, in Russian, for the representative ("Темы: изменено «Кредит»").' })
  @Column({ type: 'text' })
  changes: string;

  /** The change flagged: brief version or reply revision, so one change flags a certificate once. */
  @Column({ type: 'varchar' })
  changeKey: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  briefVersionId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  replyId: string | null;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  replyRevision: number | null;
}
