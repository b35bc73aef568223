import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Role } from './role';
import { User } from './user.entity';

/** A role a user holds in one client. A user may hold several roles in the same client. */
@ObjectType()
@Entity()
@Index(['userId', 'clientId', 'role'], { unique: true })
export class Membership extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;
}
