import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Platform } from '../platforms/platform.entity';
import { KpiMetric } from './kpi-metric';

/**
 * A figure only the platform (or web analytics) knows, for one metric, platform and client day:
 * views, messages in the thread, site visits. One row per (client, metric, platform, day), so a
 * second figure for the same day corrects the first rather than adding to it.
 */
@ObjectType()
@Entity()
@Index(['clientId', 'metric', 'platformId', 'day'], { unique: true })
@Index(['clientId', 'day'])
export class MetricEntry extends ClientOwnedEntity {
  @Field(() => KpiMetric)
  @Column({ type: 'varchar' })
  metric: KpiMetric;

  @Field(() => ID)
  @Column('uuid')
  platformId: string;

  @ManyToOne(() => Platform, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: Platform;

  @Field({ description: "The client's day the figure is for, YYYY-MM-DD in the client's time zone." })
  @Column({ type: 'date' })
  day: string;

  @Field(() => Float)
  @Column({ type: 'double precision' })
  value: number;

  @Field({ description: 'Where the figure comes from: "Яндекс Метрика", the platform\'s statistics page, a CSV file...' })
  @Column({ type: 'text' })
  source: string;

  @Field(() => ID, { nullable: true, description: 'The staff member who entered or last corrected it.' })
  @Column('uuid', { nullable: true })
  enteredByUserId: string | null;

  @Field(() => ID, { nullable: true, description: 'The API key that pushed it, when a tool did.' })
  @Column('uuid', { nullable: true })
  enteredByApiKeyId: string | null;
}
