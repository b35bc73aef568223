import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { Situation } from '../argument-base/situation.entity';
import { Author } from '../authors/author.entity';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Platform } from '../platforms/platform.entity';
import { Sentiment } from './sentiment';

/**
 * A post caught by a monitoring tool, as it was sent, with what classification made of it. The same
 * post sent again (same platform and external id, or same URL) is recognised by the two unique
 * indexes and creates nothing.
 */
@ObjectType()
@Entity()
@Index('mention_external_id_per_platform', ['clientId', 'platformId', 'externalId'], { unique: true, where: '"external_id" IS NOT NULL' })
@Index('mention_url_per_client', ['clientId', 'url'], { unique: true, where: '"url" IS NOT NULL' })
export class Mention extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  platformId: string;

  @ManyToOne(() => Platform, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: Platform;

  @Field(() => String, { nullable: true, description: "The post's id in the monitoring tool or on the platform." })
  @Column({ type: 'text', nullable: true })
  externalId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Field(() => ID)
  @Column('uuid')
  @Index()
  authorId: string;

  @ManyToOne(() => Author, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Author;

  @Field()
  @Column()
  authorHandle: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  authorName: string | null;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field()
  @Column({ type: 'timestamptz' })
  postedAt: Date;

  @Field(() => Sentiment)
  @Column({ type: 'enum', enum: Sentiment, enumName: 'sentiment' })
  sentiment: Sentiment;

  @Field(() => ConsumerCycleCategory, { nullable: true, description: 'The consumer-cycle category classification suggested; null until the matcher gives one.' })
  @Column({ type: 'enum', enum: ConsumerCycleCategory, enumName: 'consumer_cycle_category', nullable: true })
  category: ConsumerCycleCategory | null;

  @Field(() => ID, { nullable: true, description: 'The situation classification suggested.' })
  @Column('uuid', { nullable: true })
  situationId: string | null;

  @ManyToOne(() => Situation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'situation_id' })
  situation?: Situation;

  @Field(() => Float, { nullable: true, description: "How sure the matcher was of the suggested situation (0..1)." })
  @Column({ type: 'double precision', nullable: true })
  matchScore: number | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  ingestedByApiKeyId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  ingestedByUserId: string | null;
}
