import { randomBytes } from 'node:crypto';

/**
 * Verification codes of certificates: what the QR code and the public page `/verify/<code>` carry.
 * 18 characters from an alphabet of 31 that leaves out the look-alikes 0/O and 1/I/L, drawn
 * uniformly from the system's cryptographic random source: 18 × log2(31) ≈ 89 bits, so a code
 * cannot be guessed (at least 80 bits are required). Upper-case letters and digits only, so a code
 * is safe in a URL as it is; printed in three groups of six to be read and typed.
 */
export const VERIFICATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const VERIFICATION_CODE_LENGTH = 18;

/** The random bits in a code: 18 × log2(31). */
export const VERIFICATION_CODE_BITS = VERIFICATION_CODE_LENGTH * Math.log2(VERIFICATION_ALPHABET.length);

const CODE = new RegExp(`^[${VERIFICATION_ALPHABET}]{${VERIFICATION_CODE_LENGTH}}$`);

/**
 * A new verification code. Each character takes the low 5 bits of a random byte (0–31); 31 is
 * thrown away and drawn again, so every character of the alphabet is equally likely.
 * `random` is the source of bytes (tests pass their own).
 */
export function newVerificationCode(random: (size: number) => Buffer = randomBytes): string {
  let code = '';
  while (code.length < VERIFICATION_CODE_LENGTH) {
    for (const byte of random(VERIFICATION_CODE_LENGTH)) {
      const value = byte & 0x1f;
      if (value < VERIFICATION_ALPHABET.length && code.length < VERIFICATION_CODE_LENGTH) code += VERIFICATION_ALPHABET[value];
    }
  }
  return code;
}

/** A code as typed or scanned (any case, with spaces or dashes) in its stored form, or null when it cannot be one. */
export function normalizeVerificationCode(input: string): string | null {
  const code = input.replace(/[\s-]/g, '').toUpperCase();
  return CODE.test(code) ? code : null;
}

/** A code as printed: three groups of six, e.g. 7KQ2MX-P9RTAW-4HCZ8N. */
export function groupVerificationCode(code: string): string {
  return code.match(/.{1,6}/g)?.join('-') ?? code;
}

/** The public page that verifies a certificate, which its QR code opens. */
export function verificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/verify/${code}`;
}
