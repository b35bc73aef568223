import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { User } from '../users/user.entity';

/**
 * A staff member holding the REPRESENTATIVE role in the client, as the brand's voice on platforms.
 * What they post goes out through their official accounts, never under a private name.
 */
@ObjectType()
@Entity()
@Index(['clientId', 'userId'], { unique: true })
export class Representative extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => String, { nullable: true, description: 'What the team should know: schedule, platforms covered, training.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field({ description: 'Inactive representatives keep their history but cannot log posts.' })
  @Column({ default: true })
  isActive: boolean;
}
