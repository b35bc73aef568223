import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import type { BriefContent } from './brief-content';
import { Brief } from './brief.entity';

export enum BriefStatus {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  APPROVED = 'APPROVED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(BriefStatus, {
  name: 'BriefStatus',
  valuesConfig: {
    DRAFT: { description: 'Being written; editable.' },
    IN_REVIEW: { description: 'Submitted for approval.' },
    APPROVED: { description: 'In force: what representatives and tools read. One per brief.' },
    ARCHIVED: { description: 'Was in force before; kept for history.' },
  },
});

/**
 * One version of a brief. Its content is structured (see brief-content.ts) and stored as one JSON
 * document, so a version is copied, compared and approved as a whole. The partial unique index is
 * the database's guarantee that only one version of a brief is in force.
 */
@ObjectType()
@Entity()
@Index(['briefId', 'number'], { unique: true })
@Index('brief_version_one_in_force', ['briefId'], { unique: true, where: `"status" = 'APPROVED'` })
export class BriefVersion extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  briefId: string;

  @ManyToOne(() => Brief, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'brief_id' })
  brief?: Brief;

  @Field(() => Int, { description: '1, 2, 3... in order of creation.' })
  @Column('int')
  number: number;

  @Field(() => BriefStatus)
  @Column({ type: 'enum', enum: BriefStatus, enumName: 'brief_status', default: BriefStatus.DRAFT })
  status: BriefStatus;

  @Field({ description: 'The title of the document as of this version.' })
  @Column({ default: '' })
  title: string;

  /** The sections; exposed through GraphQL field resolvers of the briefs module. */
  @Column({ type: 'jsonb' })
  content: BriefContent;

  @Field(() => ID, { nullable: true, description: 'The version this draft was copied from.' })
  @Column('uuid', { nullable: true })
  basedOnVersionId: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The version that was in force when this draft was started: approving this one replaces it. If another version has been approved since, this one can no longer be submitted or approved.',
  })
  @Column('uuid', { nullable: true })
  replacesVersionId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  submittedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  approvedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the priority KPI of this version was last switched (carried over while it stays the same).' })
  @Column({ type: 'timestamptz', nullable: true })
  priorityKpiSince: Date | null;

  @Field(() => String, { nullable: true, description: "The approver's reason for overriding a guard (a target above a ceiling, a priority KPI switched too soon)." })
  @Column({ type: 'text', nullable: true })
  approvalReason: string | null;

  @Field(() => String, { nullable: true, description: 'Why the last review sent it back.' })
  @Column({ type: 'text', nullable: true })
  reviewComment: string | null;
}
