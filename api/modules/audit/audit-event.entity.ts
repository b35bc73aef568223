import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum ActorType {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}
registerEnumType(ActorType, { name: 'ActorType' });

/** One change made through the API: who, in which client, to what, before and after. Never updated. */
@ObjectType()
@Entity()
@Index(['clientId', 'createdAt'])
@Index(['entityType', 'entityId'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true, description: 'Null for agency-wide changes (users, sign-ins).' })
  @Column('uuid', { nullable: true })
  clientId: string | null;

  @Field(() => ActorType)
  @Column({ type: 'enum', enum: ActorType, enumName: 'actor_type' })
  actorType: ActorType;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  actorApiKeyId: string | null;

  @Field({ description: 'E-mail of the user or name of the API key, as it was at the time.' })
  @Column()
  actorLabel: string;

  @Field({ description: 'Entity type, e.g. "Client", "ApiKey".' })
  @Column()
  entityType: string;

  @Field(() => String)
  @Column()
  entityId: string;

  @Field({ description: 'CREATE, UPDATE, DELETE or a domain action such as REVOKE, APPROVE, LOGIN.' })
  @Column()
  action: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
