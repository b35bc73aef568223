import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import { Situation } from '../argument-base/situation.entity';
import { Author } from '../authors/author.entity';
import { NotAudited } from '../../common/not-audited';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Mention } from '../mentions/mention.entity';
import { Platform } from '../platforms/platform.entity';
import { CaseStatus } from './case-status';

/**
 * A request (a mention) and what was done about it: the reaction (posts logged as reactions) and the
 * result. Category and situation start as classification suggested and are corrected by people.
 * In code a Case value is `caseRow` (`case` is reserved in TypeScript and SQL, so both need another
 * word); the table stays `mention_case` because `case` would need quoting in every raw statement, and
 * renaming a table that triggers and raw SQL name is a migration with risk and no gain for a reader.
 */
@ObjectType()
@Entity({ name: 'mention_case' })
@Index(['clientId', 'status', 'deadlineAt'])
@Index(['clientId', 'requestedAt'])
export class Case extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid', { unique: true })
  mentionId: string;

  @ManyToOne(() => Mention, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'mention_id' })
  mention?: Mention;

  @Field(() => ID)
  @Column('uuid')
  platformId: string;

  @ManyToOne(() => Platform, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: Platform;

  @Field(() => ID)
  @Column('uuid')
  @Index()
  authorId: string;

  @ManyToOne(() => Author, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: Author;

  @Field(() => CaseStatus)
  @Column({ type: 'enum', enum: CaseStatus, enumName: 'case_status', default: CaseStatus.NEW })
  status: CaseStatus;

  @Field(() => ConsumerCycleCategory, { nullable: true })
  @Column({ type: 'enum', enum: ConsumerCycleCategory, enumName: 'consumer_cycle_category', nullable: true })
  category: ConsumerCycleCategory | null;

  @Field(() => ID, { nullable: true, description: 'The argument-base situation the case is about.' })
  @Column('uuid', { nullable: true })
  situationId: string | null;

  @ManyToOne(() => Situation, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'situation_id' })
  situation?: Situation;

  @Field(() => Float, { nullable: true, description: 'The matcher\'s confidence in the situation it suggested.' })
  @Column({ type: 'double precision', nullable: true })
  matchScore: number | null;

  @Field({ description: 'When the person asked: the post time. Response times count from here.' })
  @Column({ type: 'timestamptz' })
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: "Answer by then, from the brief's response deadlines; null when the brief sets none." })
  @Column({ type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The key of the response-deadline rule of the brief that set the deadline.' })
  @Column({ type: 'text', nullable: true })
  deadlineRuleKey: string | null;

  /** When the case.overdue event was written (api/modules/webhooks/overdue-cases.ts): once per case. */
  @NotAudited()
  @Column({ type: 'timestamptz', nullable: true })
  overdueEventAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'The representative (user) working the case.' })
  @Column('uuid', { nullable: true })
  representativeUserId: string | null;

  @Field(() => Date, { nullable: true, description: 'When the first official answer was posted.' })
  @Column({ type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the case became RESOLVED or CLOSED.' })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: "Result: whether the person's problem was solved (null until recorded)." })
  @Column({ type: 'boolean', nullable: true })
  resolved: boolean | null;

  @Field({ description: 'Result: the person thanked or left positive feedback.' })
  @Column({ default: false })
  positiveFeedback: boolean;

  @Field({ description: "Result: the person went to the client's site." })
  @Column({ default: false })
  siteVisit: boolean;

  @Field({ description: 'Result: the person used the special offer or promo code.' })
  @Column({ default: false })
  promoUsed: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  resultNote: string | null;
}
