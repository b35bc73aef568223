import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { ConsumerCycleCategory } from './consumer-cycle-category';

/** A typical situation of the argument base: what people write, and (through replies) what we answer. */
@ObjectType()
@Entity()
@Index('situation_key_per_client', ['clientId', 'key'], { unique: true })
export class Situation extends ClientOwnedEntity {
  @Field({ description: 'Stable slug, unique per client; external tools ask for replies by it.' })
  @Column()
  key: string;

  @Field()
  @Column()
  title: string;

  @Field(() => ConsumerCycleCategory)
  @Column({ type: 'enum', enum: ConsumerCycleCategory, enumName: 'consumer_cycle_category' })
  category: ConsumerCycleCategory;

  @Field(() => String, { nullable: true, description: 'Topic key, as in the brief (e.g. "credit", "warranty").' })
  @Column({ type: 'text', nullable: true })
  topic: string | null;

  @Field({ description: 'Archived situations are kept for history and never matched.' })
  @Column({ default: false })
  isArchived: boolean;
}
