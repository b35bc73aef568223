import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { PlatformKind } from '../platforms/platform-kind';
import { Situation } from './situation.entity';

export enum ReplyStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  RETIRED = 'RETIRED',
}
registerEnumType(ReplyStatus, {
  name: 'ReplyStatus',
  valuesConfig: {
    DRAFT: { description: 'Being written; seen in the admin only.' },
    APPROVED: { description: 'Approved by a PR specialist: the only status ever served to representatives and tools.' },
    RETIRED: { description: 'No longer used; kept for history.' },
  },
});

/** An answer to a situation: its theses, the text with {name}/{brand} placeholders, and wording variants. */
@ObjectType()
@Entity()
@Index(['situationId'])
export class Reply extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  situationId: string;

  @ManyToOne(() => Situation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'situation_id' })
  situation?: Situation;

  @Field(() => [String], { description: 'The approved points the reply makes.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  theses: string[];

  @Field({ description: 'The reply, with {name} (the author) and {brand} (the client) placeholders.' })
  @Column({ type: 'text' })
  text: string;

  @Field(() => [String], { description: 'Other wordings of the same reply, rotated so nobody gets the same words twice.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  variants: string[];

  @Field(() => [PlatformKind], { description: 'Platform kinds it suits; empty means every kind.' })
  @Column({ type: 'enum', enum: PlatformKind, enumName: 'platform_kind', array: true, default: () => "'{}'" })
  platformKinds: PlatformKind[];

  @Field(() => ReplyStatus)
  @Column({ type: 'enum', enum: ReplyStatus, enumName: 'reply_status', default: ReplyStatus.DRAFT })
  status: ReplyStatus;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  approvedById: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Field(() => Int, { description: 'Raised on every change of the wording; kept versions are numbered by it.' })
  @Column({ type: 'int', default: 1 })
  revision: number;
}
