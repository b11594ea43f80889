/**
 * Spotting likely typos of known words and names. Internal to the linter.
 */
import { editDistance } from "../../text/closest-match.ts";

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
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
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
