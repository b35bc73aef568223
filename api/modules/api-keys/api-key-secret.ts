import { createHash, randomBytes } from 'node:crypto';

/** Keys look like `rbk_<43 random characters>`; the prefix makes them recognisable in logs and leaks. */
export const API_KEY_PREFIX = 'rbk_';
const DISPLAY_LENGTH = API_KEY_PREFIX.length + 8;

export function generateApiKeySecret(): { secret: string; prefix: string; secretHash: string } {
  const secret = API_KEY_PREFIX + randomBytes(32).toString('base64url');
  return { secret, prefix: secret.slice(0, DISPLAY_LENGTH), secretHash: hashApiKeySecret(secret) };
}

/** Keys carry 256 random bits, so a fast hash is enough and lets us look them up by hash. */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}
