/** What the panel remembers between page loads: the token and the client being worked on. */
const TOKEN_KEY = 'repbase.token';
const EXPIRES_KEY = 'repbase.tokenExpiresAt';
const CLIENT_KEY = 'repbase.client';

export interface ClientChoice {
  slug: string;
  name: string;
  roles: string[];
}

export const session = {
  token(): string | null {
    const token = localStorage.getItem(TOKEN_KEY);
    const expiresAt = Number(localStorage.getItem(EXPIRES_KEY) ?? 0);
    return token && expiresAt > Date.now() ? token : null;
  },
  signIn(token: string, expiresAt: string) {
    localStorage.setItem(TOKEN_KEY, token);
    localStorage.setItem(EXPIRES_KEY, String(new Date(expiresAt).getTime()));
  },
  signOut() {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(EXPIRES_KEY);
  },
  clientSlug(): string | null {
    return localStorage.getItem(CLIENT_KEY);
  },
  chooseClient(slug: string) {
    localStorage.setItem(CLIENT_KEY, slug);
  },
};
