import type { DataSource } from 'typeorm';
import { AppError, ErrorCode, forbidden } from '../common/errors';
import { Client } from '../modules/clients/client.entity';
import type { Caller } from './caller';

/** The client a request works on, or why it has none. Errors are raised only when an operation needs a client. */
export type ClientAccess = { client: Client; problem?: undefined } | { client?: undefined; problem: AppError };

export const CLIENT_HEADER = 'x-client';

const noAccess = (slug: string) =>
  forbidden(`You have no access to client "${slug}". Choose one of your clients in the X-Client header.`, { reason: 'CLIENT_NOT_ALLOWED' });

/**
 * An API key always works on its own client. Staff name the client in the X-Client header (a slug);
 * someone with exactly one client may leave it out. Existence of other clients is never revealed.
 */
export async function resolveClientAccess(dataSource: DataSource, caller: Caller | null, slug: string | undefined): Promise<ClientAccess> {
  if (!caller) {
    return { problem: new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in first: send "Authorization: Bearer <token or API key>".') };
  }
  if (caller.kind === 'apiKey') {
    if (slug && slug !== caller.client.slug) return { problem: noAccess(slug) };
    return { client: caller.client };
  }
  const { user, memberships } = caller;
  const ownClientIds = [...new Set(memberships.map((membership) => membership.clientId))];
  if (!slug) {
    if (ownClientIds.length === 1) {
      return { client: await dataSource.getRepository(Client).findOneByOrFail({ id: ownClientIds[0] }) };
    }
    return {
      problem: new AppError(ErrorCode.BAD_USER_INPUT, 'Choose a client: send its slug in the X-Client header.', {
        reason: 'CLIENT_NOT_CHOSEN',
        fields: [{ field: 'X-Client', message: 'is required for this operation' }],
      }),
    };
  }
  const client = await dataSource.getRepository(Client).findOneBy({ slug });
  if (!client || !(user.isAdmin || ownClientIds.includes(client.id))) return { problem: noAccess(slug) };
  return { client };
}
