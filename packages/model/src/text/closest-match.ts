/**
 * The Levenshtein distance between two strings, ignoring case: how many
 * characters must be inserted, deleted or replaced to turn one into the other.
 *
 * @example
 * editDistance("BHV/Politie", "BVH/politie") //=> 2
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
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
