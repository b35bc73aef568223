import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { DataSource } from 'typeorm';
import { config } from '../config';
import { unauthenticated } from '../common/errors';
import { InstanceSetting } from './instance-setting.entity';
import { ErrorReason } from '../common/error-reasons';

const ISSUER = 'repbase';
const SETTING_NAME = 'auth.signing-secret';
const GENERATION_CLAIM = 'generation';

let signingKey: Promise<Uint8Array> | undefined;

/**
 * AUTH_SECRET when given; otherwise a random secret generated on first use and kept in the database,
 * so tokens survive restarts and every instance on the same database agrees.
 */
export function loadSigningKey(dataSource: DataSource): Promise<Uint8Array> {
  signingKey ??= (async () => {
    if (config.authSecret) return new TextEncoder().encode(config.authSecret);
    const generated = randomBytes(48).toString('base64url');
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(InstanceSetting)
      .values({ name: SETTING_NAME, value: generated })
      .orIgnore()
      .execute();
    const stored = await dataSource.getRepository(InstanceSetting).findOneByOrFail({ name: SETTING_NAME });
    return new TextEncoder().encode(stored.value);
  })();
  signingKey.catch(() => (signingKey = undefined));
  return signingKey;
}

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export interface TokenOptions {
  lifetimeSeconds?: number;
  /** The user's session generation now; a password change or deactivation moves it on, ending older tokens. */
  sessionGeneration?: number;
}

export async function issueToken(dataSource: DataSource, userId: string, options: TokenOptions = {}): Promise<IssuedToken> {
  const { lifetimeSeconds = config.tokenLifetimeSeconds, sessionGeneration = 0 } = options;
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = new Date((now + lifetimeSeconds) * 1000);
  const token = await new SignJWT({ [GENERATION_CLAIM]: sessionGeneration })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(userId)
    .setIssuer(ISSUER)
    .setIssuedAt(now)
    .setExpirationTime(now + lifetimeSeconds)
    .sign(await loadSigningKey(dataSource));
  return { token, expiresAt };
}

/**
 * Tokens already verified in this process, until they expire: the panel sends the same token with
 * every request, and re-checking its signature each time goes through WebCrypto's thread pool.
 */
const verifiedTokens = new Map<string, VerifiedToken & { expiresAt: number }>();
const VERIFIED_TOKENS_KEPT = 10_000;

export interface VerifiedToken {
  userId: string;
  /** Tokens issued before this feature carry none: they count as generation 0, the column's default. */
  sessionGeneration: number;
}

/** The user the token was issued to and the session generation it belongs to, or UNAUTHENTICATED saying why. */
export async function verifyToken(dataSource: DataSource, token: string): Promise<VerifiedToken> {
  const known = verifiedTokens.get(token);
  if (known && known.expiresAt > Date.now()) return { userId: known.userId, sessionGeneration: known.sessionGeneration };
  if (known) verifiedTokens.delete(token);
  try {
    const { payload } = await jwtVerify(token, await loadSigningKey(dataSource), { issuer: ISSUER, algorithms: ['HS256'] });
    if (!payload.sub || !payload.exp) throw unauthenticated('The token names no user or no expiry. Sign in again.', ErrorReason.INVALID_TOKEN);
    if (verifiedTokens.size >= VERIFIED_TOKENS_KEPT) verifiedTokens.delete(verifiedTokens.keys().next().value!);
    const generation = payload[GENERATION_CLAIM];
    const verified = { userId: payload.sub, sessionGeneration: typeof generation === 'number' ? generation : 0 };
    verifiedTokens.set(token, { ...verified, expiresAt: payload.exp * 1000 });
    return verified;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw unauthenticated('Your session has expired. Sign in again.', ErrorReason.SESSION_EXPIRED);
    if (error instanceof joseErrors.JOSEError) throw unauthenticated('The token is not valid. Sign in again.', ErrorReason.INVALID_TOKEN);
    throw error;
  }
}
