import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { KpiMetric, KpiPeriod } from './kpi-metric';

/**
 * One change of a KPI target between two versions of the brief in force, written when the newer one
 * is approved: a target added (old null), removed (new null) or moved. Never edited.
 */
@ObjectType()
@Entity()
@Index(['clientId', 'changedAt'])
export class KpiRevision extends ClientOwnedEntity {
  @Field(() => ID, { description: 'The brief version whose approval made the change.' })
  @Column('uuid')
  briefVersionId: string;

  @Field(() => ID, { nullable: true, description: 'The version in force before; null for the first one.' })
  @Column('uuid', { nullable: true })
  previousVersionId: string | null;

  @Field(() => KpiMetric)
  @Column({ type: 'varchar' })
  metric: KpiMetric;

  @Field(() => KpiPeriod)
  @Column({ type: 'varchar' })
  period: KpiPeriod;

  @Field(() => ID, { nullable: true, description: 'Null: the target applies to all platforms together.' })
  @Column('uuid', { nullable: true })
  platformId: string | null;

  @Field(() => Float, { nullable: true, description: 'Null when the target is new.' })
  @Column({ type: 'double precision', nullable: true })
  oldTarget: number | null;

  @Field(() => Float, { nullable: true, description: 'Null when the target was removed.' })
  @Column({ type: 'double precision', nullable: true })
  newTarget: number | null;

  @Field({ description: 'Whether the target is the priority KPI of the newer version.' })
  @Column({ default: false })
  isPriority: boolean;

  @Field(() => String, { nullable: true, description: "The approver's reason, when one was given." })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  changedById: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  changedAt: Date;
}
