import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { NotAudited } from '../../common/not-audited';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { ApiKeyScope } from './api-key-scope';

/** A credential for one external tool, bound to one client. Only a hash of the key is stored. */
@ObjectType()
@Entity()
export class ApiKey extends ClientOwnedEntity {
  @Field({ description: 'What the key is for, e.g. "YouScan monitoring".' })
  @Column()
  name: string;

  @Field({ description: 'The first characters of the key, to recognise it; the rest is never shown again.' })
  @Column()
  prefix: string;

  @NotAudited()
  @Column({ unique: true })
  secretHash: string;

  @Field(() => [ApiKeyScope])
  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
