import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { ClientOwnedEntity } from '../clients/client-owned.entity';

/** The client's brief (техническое задание): a document made of versions, one of them in force. */
@ObjectType()
@Entity()
@Index('brief_one_per_client', ['clientId'], { unique: true })
export class Brief extends ClientOwnedEntity {
  @Field()
  @Column()
  title: string;

  @Field({ description: 'Four eyes: replies and brief versions must be approved by someone other than who wrote them.' })
  @Column({ default: false })
  fourEyesApproval: boolean;
}
