import argon2 from 'argon2';

export const MINIMUM_PASSWORD_LENGTH = 8;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password).catch(() => false);
}

/** Verifying against a fixed hash when the e-mail is unknown keeps sign-in timing the same either way. */
let decoyHash: Promise<string> | undefined;
export async function spendPasswordCheck(password: string): Promise<void> {
  decoyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(await decoyHash, password);
}
