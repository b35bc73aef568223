import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';

/**
 * A category of the client's question bank (the bank is the client's categories, as in Moodle):
 * quizzes draw random questions from categories, or from tags across them.
 */
@ObjectType({ description: "A category of the client's question bank." })
@Entity()
@Index(['clientId', 'name'], { unique: true })
export class QuestionCategory extends ClientOwnedEntity {
  @Field()
  @Column()
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Field(() => ID, { nullable: true, description: 'The category this one sits in; null at the top.' })
  @Column('uuid', { nullable: true })
  parentId: string | null;
}
