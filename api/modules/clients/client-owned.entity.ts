import { Index, JoinColumn, ManyToOne, Column } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { StoredEntity } from '../../common/stored-entity';
import { Client } from './client.entity';

/**
 * Base of every tenant-scoped entity. Reads and writes of these go through TenantScope, which adds
 * the caller's client to every query; `clientId` is deliberately not a GraphQL field input can set.
 */
@ObjectType()
export abstract class ClientOwnedEntity extends StoredEntity {
  @Index()
  @Column('uuid')
  clientId: string;

  @ManyToOne(() => Client, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'client_id' })
  client?: Client;
}
