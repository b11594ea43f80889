/**
 * Spotting likely typos of known words and names. Internal to the linter.
 */
import { editDistance, editDistanceTable } from "../../text/closest-match.ts";

/** The words of a text: runs of letters, lower case. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize("NFC")
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

// Dutch inflections: "geslaagd"/"geslaagde", "inbraak"/"inbraken" differ by an
// ending, not by a slip of the finger.
const ENDINGS = ["e", "n", "s", "en", "er", "es"];

function isInflection(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && ENDINGS.includes(long.slice(short.length));
}

/**
 * The known word `word` is most likely a typo of, if any: one slip (a letter
 * added, dropped, replaced, or two neighbours swapped) in a word of 5 to 9
 * letters, at most two in a longer one. Shorter words are left alone: too many
 * real words lie one letter apart ("vaak" and "veel").
 */
export function likelyTypoOf(word: string, known: ReadonlySet<string>): string | undefined {
  if (word.length < 5 || known.has(word)) return undefined;
  const limit = word.length >= 10 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    if (isInflection(word, candidate)) continue;
    // Only a distance below the best so far matters: the bounded distance
    // stops as soon as it cannot be (same answers as editDistance).
    const distance = editDistanceUpTo(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * {@link editDistance} when it is at most `bound`, else `bound + 1` (which is
 * all {@link likelyTypoOf} needs to know). The linter compares every word of
 * every printed label with every known word of similar length; the full table
 * for each pair made V8 compile the loop with its optimising compiler at every
 * `ivp validate` (some 40 million instructions on Laren, half of them that
 * compilation). So:
 * - within one slip (`bound` 0 or 1, words of 5 to 9 letters), no table: two
 *   strings are one slip apart exactly when, past their common beginning and
 *   end, what is left is one letter or none on each side, or two neighbours
 *   swapped;
 * - else the table, row by row, given up as soon as a whole row is above
 *   `bound`: the rows' least values never decrease (a cell comes from the row
 *   above, from its left neighbour, or by a swap from two rows up at one more
 *   than the diagonal cell of the row above can cost), so the distance, in the
 *   last row, is then above `bound` too.
 */
export function editDistanceUpTo(a: string, b: string, bound: number): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > bound) return bound + 1;
  return bound <= 1 ? withinOneSlip(s, t, bound) : editDistanceTable(s, t, bound);
}

/** {@link editDistanceUpTo} for `bound` 0 or 1, without the table. */
function withinOneSlip(s: string, t: string, bound: number): number {
  const shorter = Math.min(s.length, t.length);
  let start = 0;
  while (start < shorter && s[start] === t[start]) start++;
  let end = 0;
  while (end < shorter - start && s[s.length - 1 - end] === t[t.length - 1 - end]) end++;
  const left = s.slice(start, s.length - end);
  const right = t.slice(start, t.length - end);
  const distance =
    left.length === 0 && right.length === 0
      ? 0
      : left.length <= 1 && right.length <= 1
        ? 1
        : left.length === 2 && right.length === 2 && left[0] === right[1] && left[1] === right[0]
          ? 1
          : 2;
  return Math.min(distance, bound + 1);
}

/**
 * The known name `name` is most likely a typo of, if any: at most two slips,
 * and no more than a third of its length (`BHV/Politie` for `BVH/politie`).
 * Both are compared as normalized names.
 */
export function likelyNameTypoOf(name: string, known: readonly string[]): string | undefined {
  if (known.includes(name)) return undefined;
  const limit = Math.min(2, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
