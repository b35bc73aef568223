import type { DataSource } from 'typeorm';
import type { Client } from '../../api/modules/clients/client.entity';
import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { Role } from '../../api/modules/users/role';
import { makeApiKey, makeClient, makeUser } from '../../seeds/factories';
import type { As } from './app';

/** One client with a staff member in every role and an API key with every scope. */
export interface ClientWorld {
  client: Client;
  pr: As;
  responsible: As;
  representative: As;
  trainer: As;
  /** An API key of this client with every scope. */
  key: As;
  userIds: Record<'pr' | 'responsible' | 'representative' | 'trainer', string>;
}

export async function makeClientWorld(dataSource: DataSource): Promise<ClientWorld> {
  const client = await makeClient(dataSource);
  const staff = async (role: Role) => {
    const { user, token } = await makeUser(dataSource, { roles: [[client, role]] });
    return { user, as: { token, client: client.slug } };
  };
  const [pr, responsible, representative, trainer] = await Promise.all([
    staff(Role.PR_SPECIALIST),
    staff(Role.RESPONSIBLE),
    staff(Role.REPRESENTATIVE),
    staff(Role.TRAINER),
  ]);
  const { secret } = await makeApiKey(dataSource, client, Object.values(ApiKeyScope));
  return {
    client,
    pr: pr.as,
    responsible: responsible.as,
    representative: representative.as,
    trainer: trainer.as,
    key: { apiKey: secret },
    userIds: { pr: pr.user.id, responsible: responsible.user.id, representative: representative.user.id, trainer: trainer.user.id },
  };
}

/** Two unrelated clients, A (the caller's) and B (the one that must stay invisible). */
export async function makeTwoClients(dataSource: DataSource): Promise<{ a: ClientWorld; b: ClientWorld }> {
  const [a, b] = await Promise.all([makeClientWorld(dataSource), makeClientWorld(dataSource)]);
  return { a, b };
}

export async function makeAdmin(dataSource: DataSource): Promise<As & { userId: string }> {
  const { user, token } = await makeUser(dataSource, { isAdmin: true });
  return { token, userId: user.id };
}
