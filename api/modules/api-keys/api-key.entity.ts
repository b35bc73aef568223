import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { NotAudited } from '../../common/not-audited';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { ApiKeyScope } from './api-key-scope';

/** Requests a key may send per minute unless its creator sets another quota (documented in the README). */
export const DEFAULT_REQUESTS_PER_MINUTE = 300;

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

  @Field(() => Int, { description: 'Requests per minute (a calendar minute of the server clock); beyond it the answer is 429 RATE_LIMITED with Retry-After.' })
  @Column({ type: 'integer', default: DEFAULT_REQUESTS_PER_MINUTE })
  requestsPerMinute: number;

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
