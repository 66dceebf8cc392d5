/**
 * Statements that read what the API holds in memory for a while (settings, forms of learning,
 * sessions): whether a request runs them depends on the clock, not on the request, so counts of a
 * request's statements leave them out.
 */
const HELD_READ = /from "?(setting|learning_form|session)"?\b/;

/** The statements less those reading held data. */
export function withoutHeldReads(statements: readonly string[]): string[] {
  return statements.filter((sql) => !HELD_READ.test(sql));
}
