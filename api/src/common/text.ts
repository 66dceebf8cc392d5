/** Escapes LIKE wildcards in user text, so `%` and `_` match themselves. */
export function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
