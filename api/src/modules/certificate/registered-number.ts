/**
 * Registered certificate numbers, written from a format kept in settings. A format is literal
 * text with two placeholders:
 * - `{year}`: the year of issue (four digits). Required: numbers run per year, so the year is what
 *   keeps a number unique across years;
 * - `{seq}` or `{seq:0N}`: the sequence number within the year, padded with zeros to N digits
 *   (1–10); required exactly once. A number longer than N digits is written in full, never cut.
 * Literal text may hold letters, digits, spaces and `. / - _`, so a number reads well in a URL,
 * a spreadsheet and SIASN. The default `KP/{year}/{seq:05}` writes KP/2026/00042.
 */

export const DEFAULT_NUMBER_FORMAT = 'KP/{year}/{seq:05}';
export const NUMBER_FORMAT_MAX_LENGTH = 60;

export type NumberFormatRule =
  'NUMBER_FORMAT_LENGTH' | 'NUMBER_FORMAT_TEXT' | 'NUMBER_FORMAT_PLACEHOLDER' | 'NUMBER_FORMAT_YEAR' | 'NUMBER_FORMAT_SEQ';

type Part = { text: string } | { year: true } | { seq: true; pad: number };

export type NumberFormatResult = { ok: true; parts: Part[] } | { ok: false; rule: NumberFormatRule; message: string };

const LITERAL = /^[A-Za-z0-9 ./_-]*$/;
const PLACEHOLDER = /\{([^{}]*)\}/g;

/** Reads a number format, or says which rule it breaks. */
export function parseNumberFormat(format: string): NumberFormatResult {
  if (format.trim().length === 0 || format.length > NUMBER_FORMAT_MAX_LENGTH) {
    return { ok: false, rule: 'NUMBER_FORMAT_LENGTH', message: `A number format has 1 to ${NUMBER_FORMAT_MAX_LENGTH} characters` };
  }
  const parts: Part[] = [];
  let at = 0;
  for (const match of format.matchAll(PLACEHOLDER)) {
    parts.push({ text: format.slice(at, match.index) });
    const name = match[1];
    const padded = /^seq:0(\d{1,2})$/.exec(name);
    if (name === 'year') parts.push({ year: true });
    else if (name === 'seq') parts.push({ seq: true, pad: 1 });
    else if (padded && Number(padded[1]) >= 1 && Number(padded[1]) <= 10) parts.push({ seq: true, pad: Number(padded[1]) });
    else
      return {
        ok: false,
        rule: 'NUMBER_FORMAT_PLACEHOLDER',
        message: `Unknown placeholder {${name}}: use {year}, {seq} or {seq:05} (zero-padded to 1–10 digits)`,
      };
    at = match.index + match[0].length;
  }
  parts.push({ text: format.slice(at) });
  const literal = parts.filter((p): p is { text: string } => 'text' in p).map((p) => p.text);
  if (!literal.every((text) => LITERAL.test(text))) {
    return {
      ok: false,
      rule: 'NUMBER_FORMAT_TEXT',
      message: 'Outside placeholders a number format may hold letters, digits, spaces and . / - _ only (check the braces)',
    };
  }
  if (parts.filter((p) => 'year' in p).length !== 1) {
    return { ok: false, rule: 'NUMBER_FORMAT_YEAR', message: 'A number format holds {year} exactly once: numbers run per year' };
  }
  if (parts.filter((p) => 'seq' in p).length !== 1) {
    return { ok: false, rule: 'NUMBER_FORMAT_SEQ', message: 'A number format holds the sequence number ({seq} or {seq:05}) exactly once' };
  }
  return { ok: true, parts: parts.filter((p) => !('text' in p) || p.text !== '') };
}

/** The registered number of the `seq`-th certificate (from 1) of `year`, in `format`. Throws on a format `parseNumberFormat` refuses. */
export function formatRegisteredNumber(format: string, year: number, seq: number): string {
  const parsed = parseNumberFormat(format);
  if (!parsed.ok) throw new Error(`Invalid certificate number format "${format}": ${parsed.message}`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`A certificate year has four digits, not ${year}`);
  if (!Number.isInteger(seq) || seq < 1) throw new Error(`A certificate sequence number is a whole number from 1, not ${seq}`);
  return parsed.parts.map((p) => ('text' in p ? p.text : 'year' in p ? String(year) : String(seq).padStart(p.pad, '0'))).join('');
}
