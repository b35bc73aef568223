import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Platform } from '../platforms/platform.entity';
import { Representative } from './representative.entity';

/**
 * The brand's openly named account on one platform, run by a representative. There is deliberately
 * no way to describe an anonymous or "ordinary user" account: the product serves official
 * representatives only, so every account must carry the brand in its public name.
 */
@ObjectType()
@Entity()
@Index(['representativeId', 'platformId'], { unique: true })
@Index(['platformId', 'handle'], { unique: true })
export class OfficialAccount extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  representativeId: string;

  @ManyToOne(() => Representative, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'representative_id' })
  representative?: Representative;

  @Field(() => ID)
  @Column('uuid')
  platformId: string;

  @ManyToOne(() => Platform, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'platform_id' })
  platform?: Platform;

  @Field({ description: 'The login on the platform, without "@".' })
  @Column()
  handle: string;

  @Field({ description: 'The public name of the account; it always names the brand, e.g. "Автолидер — официальный представитель".' })
  @Column()
  displayName: string;

  @Field({ description: 'The public profile page.' })
  @Column({ type: 'text' })
  profileUrl: string;

  @Field()
  @Column({ default: true })
  isActive: boolean;
}
