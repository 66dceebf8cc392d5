/**
 * How typed answers are read: short answers compared after normalising, numbers written the way
 * Indonesians and calculators write them. The rules are explained in this module's README.
 */

/** Apostrophes and quotes phone keyboards substitute (Jum’at for Jum'at), and dashes for hyphens. */
const TYPOGRAPHIC = [
  [/[\u2018\u2019\u201B\u02BC\u0060\u00B4]/gu, "'"],
  [/[\u201C\u201D\u201F]/gu, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2212]/gu, '-'],
] as const;

/**
 * A short answer as it is compared: letters without diacritics (NFD, combining marks removed),
 * lower case, typographic apostrophes, quotes and dashes as their plain forms, spaces collapsed to
 * one and trimmed. Spelling variants are not merged: trainers list them as accepted answers.
 */
export function normaliseAnswer(text: string): string {
  let s = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, plain] of TYPOGRAPHIC) s = s.replace(pattern, plain);
  return s.replace(/\s+/gu, ' ').trim();
}

const digitsWithGroups = (digits: string, separator: string) => new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(digits);

/** The integer part `whole` read with `separator` between groups of three, or digits alone. */
function readWhole(whole: string, separator: string): string | null {
  if (/^\d*$/.test(whole)) return whole;
  return digitsWithGroups(whole, separator) ? whole.split(separator).join('') : null;
}

function readUnsigned(body: string): number[] {
  if (!/^[\d.,]+$/.test(body) || !/\d/.test(body)) return [];
  const dots = body.split('.').length - 1;
  const commas = body.split(',').length - 1;
  if (dots + commas === 0) return [Number(body)];
  if (dots && commas) {
    // Both appear: the last one is the decimal mark, the other separates thousands.
    const decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    const [whole, fraction, ...rest] = body.split(decimal);
    const digits = readWhole(whole, group);
    return rest.length || digits === null || !/^\d+$/.test(fraction) ? [] : [Number(`${digits}.${fraction}`)];
  }
  const mark = dots ? '.' : ',';
  if (dots + commas > 1) {
    const digits = readWhole(body, mark);
    return digits === null ? [] : [Number(digits)];
  }
  const [whole, fraction] = body.split(mark);
  if (!fraction) return whole ? [Number(whole)] : [];
  const decimal = Number(`${whole || '0'}.${fraction}`);
  // "1.500" or "1,500": one thousand five hundred, or one and a half? Both conventions are common.
  const ambiguous = fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole);
  return ambiguous ? [decimal, Number(whole + fraction)] : [decimal];
}

/**
 * The numbers a learner's typed text can mean: usually one, none when it is not a number, two when
 * a single `.` or `,` is followed by exactly three digits ("1.500" is 1.5 or 1500). Accepts a
 * decimal comma or point ("3,5", "3.5"), thousands grouped by the other mark ("1.250,5"), a sign
 * (also the minus sign −), and surrounding spaces.
 */
export function readNumber(text: string): number[] {
  const match = /^([+\-\u2212]?)(.*)$/u.exec(text.trim());
  if (!match) return [];
  const sign = match[1] ? (match[1] === '+' ? 1 : -1) : 1;
  return readUnsigned(match[2]).map((n) => (n === 0 ? 0 : sign * n));
}
