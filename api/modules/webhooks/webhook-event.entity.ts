import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { WebhookEventType } from './webhook-event-type';

/**
 * The outbox: one row per event, written in the transaction of the change it reports, so an event
 * exists exactly when its change was committed. Deliveries (one per subscribed endpoint) are written
 * in the same statement.
 */
@ObjectType()
@Entity()
export class WebhookEvent extends ClientOwnedEntity {
  @Field(() => WebhookEventType)
  @Column({ type: 'text' })
  type: WebhookEventType;

  /** The changed row as the audit shows it (property names, secrets left out). */
  @Column({ type: 'jsonb' })
  object: Record<string, unknown>;

  @Field()
  @Column({ type: 'timestamptz' })
  occurredAt: Date;
}
