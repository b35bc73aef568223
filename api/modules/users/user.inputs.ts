import { IsEmail, IsIn, IsNotEmpty, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { MINIMUM_PASSWORD_LENGTH } from '../../auth/passwords';
import { CLIENT_STAFF, Role } from './role';
import type { User } from './user.entity';

const passwordRule = { message: `password must be at least ${MINIMUM_PASSWORD_LENGTH} characters` };
const emailRule = { message: 'email must be an e-mail address, e.g. anna@agency.ru' };

@InputType()
export class CreateUserInput implements Partial<User> {
  @Field()
  @IsEmail({}, emailRule)
  @MaxLength(254, maxLength('email', 254))
  email: string;

  @Field()
  @IsNotEmpty(notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name: string;

  @Field()
  @MinLength(MINIMUM_PASSWORD_LENGTH, passwordRule)
  @MaxLength(200, maxLength('password', 200))
  password: string;

  @Field({ defaultValue: false })
  isAdmin: boolean;
}

@InputType()
export class UpdateUserInput implements Partial<User> {
  @Field({ nullable: true })
  @IsEmail({}, emailRule)
  email?: string;

  @Field({ nullable: true })
  @IsNotEmpty(notBlank('name'))
  @MaxLength(200, maxLength('name', 200))
  name?: string;

  @Field({ nullable: true, description: 'Sets a new password.' })
  @MinLength(MINIMUM_PASSWORD_LENGTH, passwordRule)
  password?: string;

  @Field({ nullable: true })
  isAdmin?: boolean;

  @Field({ nullable: true })
  isActive?: boolean;

  @Field(() => Int)
  version: number;
}

@InputType()
export class GrantRoleInput {
  @Field(() => ID)
  userId: string;

  @Field(() => ID)
  clientId: string;

  @Field(() => Role)
  @IsIn(CLIENT_STAFF, { message: `role must be a client role (${CLIENT_STAFF.join(', ')}); ADMIN is set on the user` })
  role: Role;
}

@InputType()
export class UserFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true, description: 'Finds by name or e-mail.' })
  q?: string;

  @Field(() => ID, { nullable: true, description: 'Users holding a role in this client.' })
  clientId?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field({ nullable: true })
  isActive?: boolean;
}

@ArgsType()
export class UserListArgs extends ListArgs {
  @Field(() => UserFilter, { nullable: true })
  filter?: UserFilter;
}
