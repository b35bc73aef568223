import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { GeneratorKind } from './question-draft';

/**
 * How a question of the bank was generated from the standard: the generator, the exact brief version
 * or reply revision it read, and a fingerprint of what it made, so generating again adds only
 * questions that are new or changed. Kept beside the question, which keeps its own source links.
 */
@ObjectType({ description: 'The origin of a generated question: which generator made it from which version of its source.' })
@Entity()
@Index('question_generation_question', ['questionId'], { unique: true })
@Index('question_generation_fingerprint', ['clientId', 'fingerprint', 'contentHash'], { unique: true })
export class QuestionGeneration extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  questionId: string;

  @Field(() => GeneratorKind)
  @Column({ type: 'varchar' })
  generator: GeneratorKind;

  @Field({ description: 'The generator and source item: the same fingerprint is the same question about the same item.' })
  @Column({ type: 'varchar' })
  fingerprint: string;

  /** A hash of the generated wording and answers: an unchanged item generates nothing new. */
  @Column({ type: 'varchar' })
  contentHash: string;

  @Field(() => ID, { nullable: true, description: 'The brief version in force the question was made from.' })
  @Column('uuid', { nullable: true })
  briefVersionId: string | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  replyId: string | null;

  @Field(() => Int, { nullable: true, description: 'The approved revision of the reply the question was made from.' })
  @Column('int', { nullable: true })
  replyRevision: number | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  generatedById: string | null;
}
