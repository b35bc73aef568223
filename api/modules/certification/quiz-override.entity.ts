import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';

/** A per-person exception to a quiz's settings (Moodle's user override): extra time, extra attempts. */
@ObjectType({ description: 'Extra time or attempts for one representative on one quiz.' })
@Entity()
@Index(['quizId', 'representativeId'], { unique: true })
export class QuizOverride extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  quizId: string;

  @Field(() => ID)
  @Column('uuid')
  representativeId: string;

  @Field(() => Int, { description: 'Minutes added to the time limit.' })
  @Column({ type: 'int', default: 0 })
  extraMinutes: number;

  @Field(() => Int, { description: 'Attempts added to those allowed.' })
  @Column({ type: 'int', default: 0 })
  extraAttempts: number;
}
