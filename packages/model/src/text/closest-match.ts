/**
 * The edit distance between two strings, ignoring case: how many characters
 * must be inserted, deleted or replaced, or neighbours swapped, to turn one
 * into the other.
 *
 * @example
 * editDistance("BHV/Politie", "BVH/politie") //=> 1
 * editDistance("tabel", "table") //=> 1
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // Optimal string alignment: Levenshtein plus swaps of two neighbours, the
  // most common typo ("tabel" for "table", "BHV" for "BVH"). Three rolling rows
  // instead of a matrix: the linter compares every word of every label.
  let before = new Int32Array(t.length + 1);
  let previous = Int32Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Int32Array(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, (before[j - 2] as number) + 1);
      }
      current[j] = best;
    }
    [before, previous, current] = [previous, current, before];
  }
  return previous[t.length] as number;
}

/**
 * The candidate closest to `input`, if it is close enough to be a likely typo:
 * at least 1 and at most 3 edits, and no more than a third of the input's length.
 *
 * @example
 * closestMatch("baselne", ["baseline", "targets"]) //=> "baseline"
 * closestMatch("totally-different", ["baseline"]) //=> undefined
 */
export function closestMatch(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const d = editDistance(input, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  return bestDistance > 0 && bestDistance <= limit ? best : undefined;
}
