import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { KpiFactSource } from '../kpis/kpi-facts';
import { KpiMetric, KpiPeriod } from '../kpis/kpi-metric';

export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  ACCEPTED = 'ACCEPTED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  valuesConfig: {
    DRAFT: { description: 'Being written by the representative; figures prefilled from the facts.' },
    SUBMITTED: { description: 'Figures frozen; awaiting the PR specialist.' },
    RETURNED: { description: 'Sent back with comments; the representative edits and submits again.' },
    ACCEPTED: { description: 'Accepted by a PR specialist; final.' },
  },
});

/** The narrative sections of a report; a comment on a section names one of these. */
export const REPORT_SECTIONS = ['wentWell', 'problems', 'proposals'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

@ObjectType({ description: 'One figure of the report beside its target from the brief in force.' })
export class ReportFigure {
  @Field(() => KpiMetric)
  metric: KpiMetric;

  @Field(() => Float, { nullable: true, description: 'Null when unknown (no entries for an entered metric).' })
  value: number | null;

  @Field(() => Int, { nullable: true, description: 'For PROBLEMS_SOLVED: of how many ("2 of 2").' })
  outOf: number | null;

  @Field(() => Float, { nullable: true, description: "The brief's target for the report's period and platform; null when it sets none." })
  target: number | null;

  @Field(() => KpiFactSource)
  source: KpiFactSource;

  @Field({ description: 'True when the representative changed the prefilled value.' })
  corrected: boolean;
}

@ObjectType({ description: "A reviewer's comment on one figure (a KpiMetric) or one section (wentWell, problems, proposals)." })
export class ReportComment {
  @Field({ description: 'A KpiMetric value or a section name.' })
  subject: string;

  @Field()
  comment: string;
}

/**
 * A representative's report for one period (and one platform, where the brief sets per-platform
 * targets): DRAFT → SUBMITTED → ACCEPTED, or RETURNED → SUBMITTED again (report-lifecycle.ts).
 */
@ObjectType()
@Entity()
@Index(['clientId', 'representativeId', 'firstDay'])
@Index(['clientId', 'status'])
export class Report extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  representativeId: string;

  @Field(() => ID, { nullable: true, description: 'Null: all the platforms of the representative together.' })
  @Column('uuid', { nullable: true })
  platformId: string | null;

  @Field(() => KpiPeriod)
  @Column({ type: 'varchar', default: KpiPeriod.MONTH })
  period: KpiPeriod;

  @Field({ description: "The period's first day, in the client's time zone (YYYY-MM-DD)." })
  @Column({ type: 'date' })
  firstDay: string;

  @Field({ description: "The period's last day, included." })
  @Column({ type: 'date' })
  lastDay: string;

  @Field(() => ReportStatus)
  @Column({ type: 'varchar', default: ReportStatus.DRAFT })
  status: ReportStatus;

  @Field(() => [ReportFigure], { description: 'Prefilled from the facts; frozen from submission on.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  figures: ReportFigure[];

  @Field({ description: 'What went well.' })
  @Column({ type: 'text', default: '' })
  wentWell: string;

  @Field({ description: 'Problems met.' })
  @Column({ type: 'text', default: '' })
  problems: string;

  @Field({ description: 'Proposals for the next period.' })
  @Column({ type: 'text', default: '' })
  proposals: string;

  @Field(() => String, { nullable: true, description: "The reviewer's overall comment when it was returned." })
  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;

  @Field(() => [ReportComment], { description: 'Comments on single figures or sections from the last return.' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  comments: ReportComment[];

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last accepted or returned.' })
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  reviewedById: string | null;
}
