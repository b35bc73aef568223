import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';
import { Situation } from './situation.entity';

export enum ExampleSource {
  /** Written by the PR specialist (or imported with the base). */
  CURATED = 'CURATED',
  /** A real post a representative answered with this situation: the base learns from confirmed work. */
  CONFIRMED = 'CONFIRMED',
}
registerEnumType(ExampleSource, { name: 'ExampleSource' });

/** One way people phrase a situation. Matching treats examples as nearest neighbours of a post. */
@ObjectType()
@Entity()
@Index(['situationId'])
export class SituationExample extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid')
  situationId: string;

  @ManyToOne(() => Situation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'situation_id' })
  situation?: Situation;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => ExampleSource)
  @Column({ type: 'enum', enum: ExampleSource, enumName: 'example_source', default: ExampleSource.CURATED })
  source: ExampleSource;

  @Field(() => ID, { nullable: true, description: 'The case whose post this is, for confirmed examples.' })
  @Column('uuid', { nullable: true })
  caseId: string | null;
}
