import { conflict, notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { containing } from '../../common/sql';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Client } from './client.entity';
import type { ClientFilter, ClientListArgs, CreateClientInput, UpdateClientInput } from './client.inputs';
import { ErrorReason } from '../../common/error-reasons';

const SORTABLE = { name: 'client.name', slug: 'client.slug', brandName: 'client.brandName', createdAt: 'client.createdAt' };

/** Clients the caller may see: all for ADMIN, otherwise their own (an API key: its one client). */
function visibleClients(context: RequestContext, filter: ClientFilter = {}) {
  const query = context.dataSource.getRepository(Client).createQueryBuilder('client');
  const { caller } = context;
  if (caller?.kind === 'apiKey') query.andWhere('client.id = :ownId', { ownId: caller.client.id });
  else if (caller?.kind === 'user' && !caller.user.isAdmin) {
    query.andWhere('client.id = ANY(:ownIds)', { ownIds: caller.memberships.map((membership) => membership.clientId) });
  }
  if (filter.ids) query.andWhere('client.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.q) {
    query.andWhere('(client.name ILIKE :q OR client.slug ILIKE :q OR client.brandName ILIKE :q)', { q: containing(filter.q) });
  }
  return query;
}

export function listClients(context: RequestContext, args: ClientListArgs): Promise<Client[]> {
  return paginate(visibleClients(context, args.filter), args, SORTABLE, { field: 'name', order: SortOrder.ASC }).getMany();
}

export async function countClients(context: RequestContext, filter?: ClientFilter): Promise<ListMetadata> {
  return { count: await visibleClients(context, filter).getCount() };
}

export async function getClient(context: RequestContext, id: string): Promise<Client> {
  const client = isUuid(id) ? await visibleClients(context).andWhere('client.id = :id', { id }).getOne() : null;
  if (!client) throw notFound('Client', id);
  return client;
}

export async function createClient(context: RequestContext, input: CreateClientInput): Promise<Client> {
  return context.transaction(async (transaction) => {
    if (await transaction.manager.existsBy(Client, { slug: input.slug })) {
      throw conflict(`The slug "${input.slug}" is already used by another client. Choose another.`, {
        reason: ErrorReason.DUPLICATE_SLUG,
        fields: [{ field: 'slug', message: 'is already used by another client' }],
      });
    }
    return transaction.insert(Client, { name: input.name.trim(), slug: input.slug, brandName: input.brandName.trim() });
  });
}

export async function updateClient(context: RequestContext, id: string, input: UpdateClientInput): Promise<Client> {
  const { version, ...changes } = input;
  // A time zone cannot be unset: an explicit null means "leave it as it is".
  if (changes.timeZone === null) delete changes.timeZone;
  return context.transaction(async (transaction) => {
    const client = isUuid(id) ? await transaction.manager.findOneBy(Client, { id }) : null;
    if (!client) throw notFound('Client', id);
    return transaction.update(Client, client, changes, { expectedVersion: version });
  });
}
