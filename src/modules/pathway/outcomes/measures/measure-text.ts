/** A problem found while checking: where it is, what is wrong, how to fix it. */
export type Report = (field: string, message: string, fix: string) => void;

/** True for a string with something other than spaces in it: an empty label helps nobody. */
export function hasText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/**
 * Joins values for a sentence ("7, 8 and 9"), naming at most `limit` of them so that a table meant
 * for another measure does not produce a message of a hundred numbers.
 */
export function listOf(values: readonly (string | number)[], limit = 10, conjunction: 'and' | 'or' = 'and'): string {
  const texts = values.map(String);
  if (texts.length > limit) return `${texts.slice(0, limit).join(', ')} and ${texts.length - limit} more`;
  if (texts.length <= 1) return texts.join('');
  return `${texts.slice(0, -1).join(', ')} ${conjunction} ${texts[texts.length - 1]}`;
}

/** A value as it appears in a message: strings quoted, so an empty or odd key is visible. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? `“${value}”` : String(value);
}
