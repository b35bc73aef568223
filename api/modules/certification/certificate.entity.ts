import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';

/** Granted when a representative passes a certifying quiz; checked by anyone through its verification code. */
@ObjectType({ description: 'A certificate granted for passing a certifying quiz.' })
@Entity()
@Index(['clientId', 'representativeId'])
export class Certificate extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  representativeId: string;

  @Field(() => ID)
  @Column('uuid')
  quizId: string;

  @Field(() => ID, { description: 'The attempt that earned it.' })
  @Column('uuid')
  attemptId: string;

  @Field(() => Float, { description: 'The score of that attempt, percent.' })
  @Column({ type: 'double precision' })
  score: number;

  @Field()
  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  @Field(() => Date, { nullable: true, description: 'null: valid without end date.' })
  @Column({ type: 'timestamptz', nullable: true })
  validUntil: Date | null;

  @Index({ unique: true })
  @Field({ description: 'Printed on the certificate; verifyCertificate(code) checks it without signing in.' })
  @Column()
  verificationCode: string;
}
