import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { AttemptStatus } from './certification-enums';

@InputType()
export class AttemptFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  quizId?: string;

  @Field(() => ID, { nullable: true })
  representativeId?: string;

  @Field(() => AttemptStatus, { nullable: true })
  status?: AttemptStatus;
}

@ArgsType()
export class AttemptListArgs extends ListArgs {
  @Field(() => AttemptFilter, { nullable: true })
  filter?: AttemptFilter;
}

@InputType()
export class CertificateFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  quizId?: string;

  @Field(() => ID, { nullable: true })
  representativeId?: string;
}

@ArgsType()
export class CertificateListArgs extends ListArgs {
  @Field(() => CertificateFilter, { nullable: true })
  filter?: CertificateFilter;
}
