/** Escapes LIKE wildcards in user text, so `%` and `_` match themselves. */
export function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** A LIKE pattern matching text that contains `text`, its wildcards taken literally. */
export function containsPattern(text: string): string {
  return `%${likePattern(text)}%`;
}
