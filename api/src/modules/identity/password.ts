import argon2 from 'argon2';

/**
 * argon2id at the first of OWASP's equivalent configurations (Password Storage Cheat Sheet):
 * 19 MiB of memory, 2 passes, 1 lane. The library's defaults (64 MiB, t=3, p=4) made every login,
 * an anonymous one for an unknown user included, take 64 MB of memory: sixteen logins at once held
 * a gigabyte. Hashes stored with other parameters still verify, and are stored again with these at
 * the account's next successful login (`needsRehash`).
 */
export const PASSWORD_HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, PASSWORD_HASH_OPTIONS);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2.verify(hash, password);
}

/** Whether a stored hash was made with other parameters than today's. */
export function needsRehash(hash: string): boolean {
  const { memoryCost, timeCost, parallelism } = PASSWORD_HASH_OPTIONS;
  return argon2.needsRehash(hash, { memoryCost, timeCost, parallelism });
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
