import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { StoredEntity } from '../../common/stored-entity';
import { NotificationKind } from './notification-kind';

/** A person's choice for one kind of notification, across the clients they work for. No row: both channels on. */
@ObjectType()
@Entity()
@Index('notification_preference_per_kind', ['userId', 'kind'], { unique: true })
export class NotificationPreference extends StoredEntity {
  @Column('uuid')
  userId: string;

  @Field(() => NotificationKind)
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Field({ description: "Shown under the panel's bell." })
  @Column({ default: true })
  inApp: boolean;

  @Field({ description: 'Sent by e-mail (when the server has SMTP settings).' })
  @Column({ default: true })
  email: boolean;
}
