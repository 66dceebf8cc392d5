/**
 * A NIP as the public verification page shows it, to anyone who has the code. Shown: the birth
 * year (digits 1–4) and the sequence (digits 16–18), enough to match the certificate against the
 * holder's card. Hidden: the birth month and day (which, with a name, identify a person), the
 * appointment month (TMT) and the gender digit. Grouped as a NIP is printed:
 * 199203152019032001 → 1992**** ****** * 001.
 * Anything other than 18 digits shows only its last three characters.
 */
export function maskNip(nip: string): string {
  const digits = nip.replace(/[\s.]/g, '');
  if (/^\d{18}$/.test(digits)) return `${digits.slice(0, 4)}**** ****** * ${digits.slice(15)}`;
  return `${'*'.repeat(Math.max(0, digits.length - 3))}${digits.slice(-3)}`;
}
