import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ReplyCheckRule } from '../argument-base/reply-check.types';
import { Case } from './case.entity';
import { Platform } from '../platforms/platform.entity';
import { OfficialAccount } from '../representatives/official-account.entity';
import { ClientOwnedEntity } from '../clients/client-owned.entity';

/**
 * A post the brand made on a platform in answer to a case: who, from which official account, with
 * which approved reply (and its revision), the words actually posted, and when. Posting limits
 * count these.
 */
@ObjectType()
@Entity()
@Index(['clientId', 'platformId', 'postedAt'])
@Index(['caseId'])
export class Reaction extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Field(() => ID)
  @Column('uuid')
  platformId: string;

  @ManyToOne(() => Platform, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: Platform;

  @Field(() => ID, { description: 'The representative (user) who posted.' })
  @Column('uuid')
  userId: string;

  @Field(() => ID)
  @Column('uuid')
  officialAccountId: string;

  @ManyToOne(() => OfficialAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_account_id' })
  officialAccount?: OfficialAccount;

  @Field(() => ID, { nullable: true, description: 'The approved reply used, if any.' })
  @Column('uuid', { nullable: true })
  replyId: string | null;

  @Field(() => Int, { nullable: true, description: 'The revision of the reply that was used.' })
  @Column({ type: 'int', nullable: true })
  replyRevision: number | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  situationId: string | null;

  @Field({ description: 'The text actually posted.' })
  @Column({ type: 'text' })
  text: string;

  @Field()
  @Column({ type: 'timestamptz' })
  postedAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  postUrl: string | null;

  @Field({ description: "True when the text posted differs from every wording of the approved reply it cites: it is then not recorded as a use of that reply's words (replyRevision stays null)." })
  @Column({ default: false })
  edited: boolean;

  @Field(() => [ReplyCheckRule], { description: 'What the reply check found in the text when it was posted anyway (empty when nothing).' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  checkFindings: ReplyCheckRule[];

  @Field(() => String, { nullable: true, description: 'Why it was posted although the check found a forbidden phrase or topic or personal data asked in public.' })
  @Column({ type: 'text', nullable: true })
  overrideReason: string | null;
}
