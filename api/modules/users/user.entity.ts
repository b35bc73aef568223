import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { NotAudited } from '../../common/not-audited';
import { StoredEntity } from '../../common/stored-entity';

/** A staff account. Its roles per client are Memberships; ADMIN is a flag on the user. */
@ObjectType()
@Entity()
export class User extends StoredEntity {
  @Field({ description: 'Login; stored lower-case.' })
  @Column({ unique: true })
  email: string;

  @Field()
  @Column()
  name: string;

  @NotAudited()
  @Column()
  passwordHash: string;

  @Field({ description: 'Agency-wide administrator.' })
  @Column({ default: false })
  isAdmin: boolean;

  @Field({ description: 'Deactivated users cannot sign in; their tokens stop working.' })
  @Column({ default: true })
  isActive: boolean;

  /** Carried in every token; a password change or deactivation moves it on, which ends the sessions issued before. */
  @Column({ type: 'integer', default: 0 })
  sessionGeneration: number;
}
