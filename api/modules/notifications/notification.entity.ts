import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { NotificationKind } from './notification-kind';

export enum EmailStatus {
  /** The person does not want this kind by e-mail. */
  NONE = 'NONE',
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** E-mail is off on this server (no SMTP settings): kept in the panel only. */
  SKIPPED = 'SKIPPED',
  FAILED = 'FAILED',
}
registerEnumType(EmailStatus, { name: 'EmailStatus' });

/**
 * One thing a person is told, written in the same transaction as what it tells of (so nothing is
 * told of a change that was rolled back), in Russian. The e-mail copy is sent afterwards by the
 * notification worker, which claims pending rows with FOR UPDATE SKIP LOCKED.
 */
@ObjectType()
@Entity()
@Index('notification_inbox', ['clientId', 'userId', 'createdAt'])
@Index('notification_once', ['clientId', 'dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
@Index('notification_email_pending', ['emailStatus', 'emailNextAttemptAt'], { where: "email_status = 'PENDING'" })
export class Notification extends ClientOwnedEntity {
  @Column('uuid')
  userId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field({ description: 'One line, in Russian.' })
  @Column()
  title: string;

  @Field({ description: 'A few lines, in Russian.' })
  @Column({ type: 'text' })
  body: string;

  @Field(() => String, { nullable: true, description: "Where in the panel it leads (a path such as /cases/<id>/show)." })
  @Column({ type: 'text', nullable: true })
  link: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** Tells the same thing once (an overdue case is reported once per case and person). */
  @Column({ type: 'text', nullable: true })
  dedupeKey: string | null;

  @Field(() => EmailStatus)
  @Column({ type: 'enum', enum: EmailStatus, enumName: 'email_status', default: EmailStatus.NONE })
  emailStatus: EmailStatus;

  @Column('int', { default: 0 })
  emailAttempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  emailNextAttemptAt: Date | null;

  @Column({ type: 'text', nullable: true })
  emailError: string | null;
}
