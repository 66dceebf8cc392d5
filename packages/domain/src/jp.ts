/**
 * JP arithmetic shared by the API and the client (no imports, so the client bundle can include it).
 *
 * JP are kept to one decimal and never rounded up: a person below 20 JP is never shown as having
 * reached it. Sums and products are done in whole tenths; a figure with more decimals (898 minutes
 * / 45 = 19.955… JP) is cut to the tenth below (19.9). Binary floating point stores most tenths
 * inexactly (0.7 + 0.1 = 0.7999999999999999), so a figure within a millionth of a tenth of the next
 * tenth counts as that tenth before cutting: 0.7 + 0.1 is 0.8, not 0.7.
 */

/** A JP figure in whole tenths, cut down: 19.95 → 199, 0.1 + 0.2 → 3, 0.7 + 0.1 → 8. */
export function jpTenths(jp: number): number {
  return Math.floor(Math.round(jp * 10 * 1e6) / 1e6);
}

/** A JP figure to one decimal, cut down (never rounded up): 19.95 → 19.9, 2/3 → 0.6. */
export function floorJp(jp: number): number {
  return jpTenths(jp) / 10;
}

/** JP of learning time: the minutes over the minutes of one JP, cut to the tenth below (898 / 45 → 19.9). */
export function jpOfMinutes(minutes: number, minutesPerJp: number): number {
  return floorJp(minutes / minutesPerJp);
}

/** The sum of JP figures, each cut to one decimal first, added in whole tenths. */
export function sumJp(values: Iterable<number>): number {
  let tenths = 0;
  for (const jp of values) tenths += jpTenths(jp);
  return tenths / 10;
}

/** Whether a typed JP figure has at most one decimal (19.9 yes, 19.95 no). */
export function hasAtMostOneDecimal(jp: number): boolean {
  return Number.isFinite(jp) && Math.abs(jp * 10 - Math.round(jp * 10)) < 1e-6;
}
