import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Case } from '../cases/case.entity';
import { ClientOwnedEntity } from '../clients/client-owned.entity';

export enum CaseStoryStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(CaseStoryStatus, { name: 'CaseStoryStatus' });

/** A solved case told as "request – reaction – result" (1,500–2,500 characters) for blogs, forums, the press. */
@ObjectType()
@Entity()
export class CaseStory extends ClientOwnedEntity {
  @Field(() => ID)
  @Column('uuid', { unique: true })
  caseId: string;

  @ManyToOne(() => Case, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: Case;

  @Field()
  @Column()
  title: string;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => CaseStoryStatus)
  @Column({ type: 'enum', enum: CaseStoryStatus, enumName: 'case_story_status', default: CaseStoryStatus.DRAFT })
  status: CaseStoryStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  publishedById: string | null;
}
