import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Reply } from './reply.entity';

/**
 * What was served to whom: one row per approved reply handed out (`approvedReply`, matchSituations
 * given an author, a case's reply when it is posted as approved). The next
 * wording for an author is chosen from their last row, so nobody gets the same words twice in a row.
 * `authorHandle` is stored normalised (lower case, no leading "@"); null when the tool named nobody.
 */
@Entity()
@Index('reply_delivery_by_author', ['clientId', 'replyId', 'platformId', 'authorHandle', 'createdAt'])
@Index('reply_delivery_by_case', ['clientId', 'caseId', 'replyId'], { where: 'case_id IS NOT NULL' })
@Index('reply_delivery_by_platform', ['clientId', 'replyId', 'platformId', 'createdAt'])
export class ReplyDelivery extends ClientOwnedEntity {
  @Column('uuid')
  replyId: string;

  @ManyToOne(() => Reply, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reply_id' })
  reply?: Reply;

  @Column('uuid')
  situationId: string;

  @Column('uuid', { nullable: true })
  platformId: string | null;

  @Column({ type: 'text', nullable: true })
  authorHandle: string | null;

  /** The case it was served for: a case keeps the words it was given. */
  @Column('uuid', { nullable: true })
  caseId: string | null;

  @Column('int')
  revision: number;

  @Column('int')
  variantIndex: number;

  /** The text as served, placeholders filled. */
  @Column({ type: 'text' })
  text: string;
}
