import type { AuthProvider } from 'react-admin';
import { ApiError, graphql } from './graphql';
import { session, type ClientChoice } from './session';

export interface Me {
  user: { id: string; name: string; email: string; isAdmin: boolean } | null;
  clients: { client: { slug: string; name: string }; roles: string[] }[];
}

/** What screens may check: agency administrator, and the roles held in the chosen client. */
export interface Permissions {
  isAdmin: boolean;
  roles: string[];
  clients: ClientChoice[];
  currentClient: string | null;
}

const ME = `{ me { user { id name email isAdmin } clients { client { slug name } roles } } }`;

const SIGNED_OUT: Permissions = { isAdmin: false, roles: [], clients: [], currentClient: null };

export async function loadPermissions(): Promise<Permissions> {
  // Without a token the answer is known: asking would only be refused (and, once, retried for seconds).
  if (!session.token()) return SIGNED_OUT;
  const { me } = await graphql<{ me: Me }>(ME, {}, { client: null });
  const clients = me.clients.map((entry) => ({ slug: entry.client.slug, name: entry.client.name, roles: entry.roles }));
  let current = session.clientSlug();
  if (!clients.some((client) => client.slug === current)) {
    current = clients[0]?.slug ?? null;
    if (current) session.chooseClient(current);
  }
  const isAdmin = Boolean(me.user?.isAdmin);
  const roles = isAdmin ? ['ADMIN', 'PR_SPECIALIST', 'RESPONSIBLE', 'REPRESENTATIVE', 'TRAINER'] : (clients.find((client) => client.slug === current)?.roles ?? []);
  return { isAdmin, roles, clients, currentClient: current };
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { login } = await graphql<{ login: { token: string; expiresAt: string } }>(
      `mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt } }`,
      { email: username, password },
      { client: null },
    );
    session.signIn(login.token, login.expiresAt);
    await loadPermissions();
  },
  async logout() {
    session.signOut();
  },
  async checkAuth() {
    if (!session.token()) throw new Error('ra.auth.auth_check_error');
  },
  async checkError(error) {
    if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
      session.signOut();
      throw new Error(error.message);
    }
  },
  async getIdentity() {
    if (!session.token()) throw new Error('ra.auth.auth_check_error');
    const { me } = await graphql<{ me: Me }>(ME, {}, { client: null });
    return { id: me.user?.id ?? 'key', fullName: me.user?.name ?? '' };
  },
  getPermissions: () => loadPermissions(),
};

/** Whether the permissions include one of the roles (ADMIN holds all). */
export function can(permissions: Permissions | undefined, ...roles: string[]): boolean {
  return Boolean(permissions && (permissions.isAdmin || roles.some((role) => permissions.roles.includes(role))));
}
