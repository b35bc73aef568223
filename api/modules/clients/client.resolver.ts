import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { Client } from './client.entity';
import { ClientFilter, ClientListArgs, CreateClientInput, UpdateClientInput } from './client.inputs';
import * as clients from './client.service';

@Resolver(() => Client)
export class ClientResolver {
  @Authorized()
  @Query(() => [Client], { description: 'Clients you can see: all for ADMIN, otherwise your own.' })
  allClients(@Args() args: ClientListArgs, @Ctx() context: RequestContext): Promise<Client[]> {
    return clients.listClients(context, args);
  }

  @Authorized()
  @Query(() => ListMetadata)
  _allClientsMeta(@Args() { filter }: ClientListArgs, @Ctx() context: RequestContext) {
    return clients.countClients(context, filter);
  }

  @Authorized()
  @Query(() => Client)
  Client(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<Client> {
    return clients.getClient(context, id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Client)
  createClient(@Arg('input') input: CreateClientInput, @Ctx() context: RequestContext): Promise<Client> {
    return clients.createClient(context, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Client)
  updateClient(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateClientInput, @Ctx() context: RequestContext): Promise<Client> {
    return clients.updateClient(context, id, input);
  }
}
