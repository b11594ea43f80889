/**
 * How many problems a command prints before it summarises the rest: a data
 * file with a systematic mistake (a wrong column on every row) would
 * otherwise bury the first, telling message under a million lines.
 */
const LISTED_PROBLEMS = 100;

/**
 * The first {@link LISTED_PROBLEMS} items, formatted, and a line saying how
 * many more there are.
 *
 * @param items - problems in reading order
 * @param format - one item as text (may span lines)
 * @param more - the closing line for the items left out, given their count
 * @returns the lines to print
 * @example
 * listLimited(["a", "b"], (x) => x, (n) => `${n} more`) //=> ["a", "b"]
 */
export function listLimited<T>(
  items: readonly T[],
  format: (item: T) => string,
  more: (count: number) => string,
): string[] {
  const lines = items.slice(0, LISTED_PROBLEMS).map(format);
  if (items.length > LISTED_PROBLEMS) lines.push(more(items.length - LISTED_PROBLEMS));
  return lines;
}
