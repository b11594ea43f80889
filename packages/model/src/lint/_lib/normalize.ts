/**
 * Text comparison for printed names. Internal to the linter.
 */

// Footnote markers printed after a word: superscript digits and asterisks.
const FOOTNOTE_MARKERS = /[\u00b9\u00b2\u00b3\u2070-\u2079*]/g;

/**
 * A printed name reduced to what a reader compares: lower case, footnote
 * markers removed, no spaces around a slash, single spaces.
 * `"BVH ¹ /politie"` and `"BVH/politie"` are the same name.
 */
export function normalizeName(text: string): string {
  return text
    .normalize("NFC")
    .replace(FOOTNOTE_MARKERS, "")
    .toLowerCase()
    .replace(/\s*\/\s*/g, "/")
    .replace(/\s+/g, " ")
    .trim();
}

/** Groups items by a key, keeping first-seen order of keys and items. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}
