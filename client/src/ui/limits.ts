/**
 * Whether every text is within its limit: a form whose `LimitedTextField`s show text over the
 * limit is not sent (the server would refuse it).
 */
export function withinLimits(fields: readonly (readonly [text: string | null | undefined, max: number])[]): boolean {
  return fields.every(([text, max]) => (text ?? '').length <= max);
}
