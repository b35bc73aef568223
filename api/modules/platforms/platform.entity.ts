import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { KpiMetric, KpiPeriod } from '../kpis/kpi-metric';
import { PlatformKind } from './platform-kind';

/** Where the arrangement with the platform's administrators stands ("we register officially"). */
export enum AgreementStatus {
  NOT_STARTED = 'NOT_STARTED',
  NEGOTIATING = 'NEGOTIATING',
  AGREED = 'AGREED',
  REFUSED = 'REFUSED',
}
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });

@ObjectType({ description: 'The most a platform can give for a metric: "every platform has its ceiling".' })
export class KpiCeiling {
  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field()
  value: number;

  @Field(() => KpiPeriod)
  period: KpiPeriod;
}

/** A forum, group, blog, review site... where the client's official representative speaks. */
@ObjectType()
@Entity()
@Index(['clientId', 'name'], { unique: true })
export class Platform extends ClientOwnedEntity {
  @Field(() => PlatformKind)
  @Column({ type: 'enum', enum: PlatformKind, enumName: 'platform_kind' })
  kind: PlatformKind;

  @Field()
  @Column()
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true, description: 'Who reads it: size, interests, typical questions.' })
  @Column({ type: 'text', nullable: true })
  audience: string | null;

  @Field(() => String, { nullable: true, description: 'Regions or cities the audience comes from.' })
  @Column({ type: 'text', nullable: true })
  geography: string | null;

  @Field(() => AgreementStatus)
  @Column({ type: 'enum', enum: AgreementStatus, enumName: 'agreement_status', default: AgreementStatus.NOT_STARTED })
  agreementStatus: AgreementStatus;

  @Field(() => String, { nullable: true, description: "The platform administrators' contact." })
  @Column({ type: 'text', nullable: true })
  agreementContact: string | null;

  @Field(() => Date, { nullable: true, description: 'When the agreement was reached.' })
  @Column({ type: 'timestamptz', nullable: true })
  agreementDate: Date | null;

  @Field(() => Int, { nullable: true, description: 'The longest reply the platform accepts, in characters.' })
  @Column({ type: 'int', nullable: true })
  replyLengthLimit: number | null;

  @Field(() => [KpiCeiling])
  @Column({ type: 'jsonb', default: () => "'[]'" })
  kpiCeilings: KpiCeiling[];

  @Field({ description: 'Archived platforms are kept for history but offered nowhere.' })
  @Column({ default: false })
  isArchived: boolean;
}
