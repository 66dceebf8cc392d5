import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3, p=4). */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

let dummyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so unknown users cannot be told apart by timing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

/**
 * Checks `password` against `hash` and ignores the answer: a refused login (a locked account)
 * takes as long as a checked one, so timing does not tell them apart.
 */
export async function spendPasswordCheck(hash: string, password: string): Promise<void> {
  await argon2.verify(hash, password).catch(() => false);
}
