import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Platform } from '../platforms/platform.entity';

/**
 * The person behind a handle on a platform ("who is this, did they write before, about what").
 * Created by mention ingest; their history is their cases.
 */
@ObjectType()
@Entity()
@Index(['clientId', 'platformId', 'handleKey'], { unique: true })
export class Author extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  platformId: string;

  @ManyToOne(() => Platform, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: Platform;

  @Field({ description: 'The handle as the platform shows it, without "@".' })
  @Column()
  handle: string;

  /** Lower-case handle: the same person whatever the capitalisation a monitoring tool sends. */
  @Column()
  handleKey: string;

  @Field(() => String, { nullable: true, description: 'Their name, when known: replies greet people by name.' })
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: "The team's notes: how best to answer, what they need." })
  @Column({ type: 'text', nullable: true })
  notes: string | null;
}
