import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import * as session from './session.service';
import { LoginResult, Me } from './session.types';

@Resolver()
export class SessionResolver {
  @Mutation(() => LoginResult, { description: 'Signs a staff member in and returns a bearer token with an expiry.' })
  login(@Arg('email') email: string, @Arg('password') password: string, @Ctx() context: RequestContext): Promise<LoginResult> {
    return session.login(context, email, password);
  }

  // Not @Authorized: `me` must answer even when X-Client names a client one has lost access to, so
  // that the admin panel can recover; the service refuses anonymous callers itself.
  @Query(() => Me, { description: 'Who I am, and my clients. currentClient is null when X-Client names a client you cannot access.' })
  me(@Ctx() context: RequestContext): Promise<Me> {
    return session.me(context);
  }
}
