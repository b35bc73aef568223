import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { WebhookEventType } from './webhook-event-type';

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first or next attempt.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Given up: 24 hours of retries, or the endpoint was switched off. "Resend" tries again.' },
  },
});

/** One event for one endpoint: the worker's job and the delivery log's line. */
@ObjectType()
@Entity()
export class WebhookDelivery extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  eventId: string;

  @Field(() => ID)
  @Column('uuid')
  endpointId: string;

  @Field(() => WebhookEventType)
  @Column({ type: 'text' })
  eventType: WebhookEventType;

  @Field(() => WebhookDeliveryStatus)
  @Column({ type: 'text', default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Field({ description: 'Retries stop then (24 hours after the event, or after a resend).' })
  @Column({ type: 'timestamptz' })
  giveUpAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only).' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer; null when none came.' })
  @Column({ type: 'integer', nullable: true })
  responseCode: number | null;

  @Field(() => Int, { nullable: true, description: 'Milliseconds the last attempt took.' })
  @Column({ type: 'integer', nullable: true })
  latencyMs: number | null;

  @Field(() => String, { nullable: true, description: 'What went wrong in the last attempt (no answer, refused address, status).' })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;
}
