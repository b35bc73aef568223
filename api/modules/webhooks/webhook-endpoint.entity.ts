import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { NotAudited } from '../../common/not-audited';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { WebhookEventType } from './webhook-event-type';

/** Where a client's events are sent: a public http(s) URL, the events it wants and the secret that signs them. */
@ObjectType()
@Entity()
export class WebhookEndpoint extends ClientOwnedEntity {
  @Field({ description: 'A public http(s) URL; loopback, link-local and private addresses are refused.' })
  @Column()
  url: string;

  @Field(() => [WebhookEventType])
  @Column({ type: 'text', array: true })
  events: WebhookEventType[];

  /** Signs every request (HMAC-SHA256); shown once, at creation and when regenerated. */
  @NotAudited()
  @Column()
  secret: string;

  @Field({ description: 'The first characters of the secret, to recognise it.' })
  @Column()
  secretPrefix: string;

  @Field({ description: 'Inactive endpoints receive nothing; one failing for a day is switched off (see disabledReason).' })
  @Column({ default: true })
  active: boolean;

  @Field(() => Date, { nullable: true, description: 'The first failure since the last success; null while it works.' })
  @Column({ type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the server switched the endpoint off.' })
  @Column({ type: 'text', nullable: true })
  disabledReason: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;
}
