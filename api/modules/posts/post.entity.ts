import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ReplyViolation } from '../argument-base/reply-check.types';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Platform } from '../platforms/platform.entity';
import { OfficialAccount } from '../representatives/official-account.entity';
import { LoggedPostKind } from './post-kind';

/**
 * News, an offer or a free-standing answer a representative posted from an official account. Posting
 * limits count these beside reactions; the brief check found on it is kept, because a post is public
 * the moment it is out and the record must show what the brief would have flagged.
 */
@ObjectType()
@Entity()
@Index(['clientId', 'platformId', 'postedAt'])
@Index(['clientId', 'postedAt'])
export class Post extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  platformId: string;

  @ManyToOne(() => Platform, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: Platform;

  @Field(() => LoggedPostKind)
  @Column({ type: 'varchar' })
  kind: LoggedPostKind;

  @Field({ description: 'The text as posted.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Field()
  @Column({ type: 'timestamptz' })
  postedAt: Date;

  @Field(() => ID, { description: 'The representative (user) who posted.' })
  @Column('uuid')
  userId: string;

  @Field(() => ID)
  @Column('uuid')
  officialAccountId: string;

  @ManyToOne(() => OfficialAccount, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'official_account_id' })
  officialAccount?: OfficialAccount;

  @Field(() => [ReplyViolation], { description: 'What the check against the brief in force found when the post was logged (empty: nothing).' })
  @Column({ type: 'jsonb', default: () => "'[]'" })
  violations: ReplyViolation[];
}
