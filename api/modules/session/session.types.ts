import { Field, ObjectType } from 'type-graphql';
import { ApiKey } from '../api-keys/api-key.entity';
import { Client } from '../clients/client.entity';
import { Role } from '../users/role';
import { User } from '../users/user.entity';

@ObjectType()
export class LoginResult {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' })
  token: string;

  @Field()
  expiresAt: Date;

  @Field(() => User)
  user: User;
}

@ObjectType({ description: 'A client the caller works for, and the roles held there.' })
export class ClientRoles {
  @Field(() => Client)
  client: Client;

  @Field(() => [Role])
  roles: Role[];
}

@ObjectType({ description: 'Who is calling.' })
export class Me {
  @Field(() => User, { nullable: true, description: 'The staff member, when signed in with a token.' })
  user: User | null;

  @Field(() => ApiKey, { nullable: true, description: 'The key, when calling with an API key.' })
  apiKey: ApiKey | null;

  @Field(() => [ClientRoles], { description: 'Clients you work for: every client for ADMIN.' })
  clients: ClientRoles[];

  @Field(() => Client, { nullable: true, description: 'The client this request works on (X-Client, or your only one).' })
  currentClient: Client | null;
}
