import type { ApiKey } from '../modules/api-keys/api-key.entity';
import { ActorType } from '../modules/audit/audit-event.entity';
import type { Client } from '../modules/clients/client.entity';
import type { Membership } from '../modules/users/membership.entity';
import type { Role } from '../modules/users/role';
import type { User } from '../modules/users/user.entity';

/** Who is calling: a signed-in staff member, or an external tool with an API key. */
export type Caller =
  | { kind: 'user'; user: User; memberships: Membership[] }
  | { kind: 'apiKey'; apiKey: ApiKey; client: Client };

/** Who an audit event is attributed to. */
export interface Actor {
  type: ActorType;
  userId: string | null;
  apiKeyId: string | null;
  label: string;
}

export const systemActor: Actor = { type: ActorType.SYSTEM, userId: null, apiKeyId: null, label: 'system' };

export function actorOf(caller: Caller | null): Actor {
  if (!caller) return systemActor;
  if (caller.kind === 'user') {
    return { type: ActorType.USER, userId: caller.user.id, apiKeyId: null, label: caller.user.email };
  }
  return { type: ActorType.API_KEY, userId: null, apiKeyId: caller.apiKey.id, label: `API key "${caller.apiKey.name}"` };
}

export function rolesIn(caller: Caller | null, clientId: string): Role[] {
  if (caller?.kind !== 'user') return [];
  return caller.memberships.filter((membership) => membership.clientId === clientId).map((membership) => membership.role);
}
