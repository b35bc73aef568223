import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { StoredEntity } from '../../common/stored-entity';

/** The company served: the tenant. An agency serves several; no data crosses clients. */
@ObjectType({ description: 'A company served by the agency; every piece of work belongs to one client.' })
@Entity()
export class Client extends StoredEntity {
  @Field()
  @Column()
  name: string;

  @Field({ description: 'Stable identifier used in the X-Client header and in URLs.' })
  @Column({ unique: true })
  slug: string;

  @Field({ description: 'How the brand is named in replies ({brand} placeholder).' })
  @Column()
  brandName: string;

  @Field({ description: "IANA time zone whose days and months the client's figures use (analytics, KPIs, reports)." })
  @Column({ default: 'Europe/Moscow' })
  timeZone: string;

  @Field(() => Int, { nullable: true, description: "The client's call centre's average answer time, in minutes: the infographic compares the representatives' reaction time with it." })
  @Column('integer', { nullable: true })
  callCentreAnswerMinutes: number | null;
}
