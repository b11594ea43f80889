import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "../../text/closest-match.ts";
import { editDistanceUpTo, likelyTypoOf } from "./typos.ts";

describe("editDistanceUpTo", () => {
  it.each([
    ["vermielingen", "vernielingen", 1, 1],
    ["vermielingen", "vernielingen", 0, 1],
    ["tabel", "table", 1, 1],
    ["kitten", "sitting", 2, 3],
    ["kitten", "sitting", 3, 3],
    ["kitten", "sitting", 5, 3],
    ["woninginbraak", "autokraak", 2, 3],
    ["", "abc", 1, 2],
    ["abc", "", 5, 3],
    ["ABC", "abc", 0, 0],
  ])("%j to %j within %d is %d", (a, b, bound, d) => {
    expect(editDistanceUpTo(a, b, bound)).toBe(d);
  });

  it("is editDistance when that is at most the bound, and bound + 1 otherwise", () => {
    // Words over a small alphabet, so that many pairs are close (and swaps occur).
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "d"), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, bound) => {
        const exact = editDistance(a, b);
        expect(editDistanceUpTo(a, b, bound)).toBe(exact <= bound ? exact : bound + 1);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("likelyTypoOf", () => {
  const known = new Set([
    "woninginbraken",
    "vernielingen",
    "fietsendiefstal",
    "geweldsmisdrijven",
    "inbraken",
  ]);

  it("finds the known word one slip away (two in a long word), not an inflection", () => {
    expect(likelyTypoOf("vermielingen", known)).toBe("vernielingen");
    expect(likelyTypoOf("geweldsmisdijrven", known)).toBe("geweldsmisdrijven");
    expect(likelyTypoOf("fietsendiefsal", known)).toBe("fietsendiefstal");
    expect(likelyTypoOf("woninginbraak", known)).toBeUndefined();
    expect(likelyTypoOf("inbraak", known)).toBeUndefined();
    expect(likelyTypoOf("vernielingen", known)).toBeUndefined();
    expect(likelyTypoOf("auto", known)).toBeUndefined();
  });

  it("answers as comparing every known word in full with editDistance", () => {
    // The definition, without the bound: the first known word at the least distance within the limit.
    const byDefinition = (word: string, words: ReadonlySet<string>) => {
      if (word.length < 5 || words.has(word)) return undefined;
      const limit = word.length >= 10 ? 2 : 1;
      let best: string | undefined;
      let bestDistance = limit + 1;
      for (const candidate of words) {
        if (Math.abs(candidate.length - word.length) > limit) continue;
        const [short, long] =
          candidate.length <= word.length ? [candidate, word] : [word, candidate];
        if (
          long.startsWith(short) &&
          ["e", "n", "s", "en", "er", "es"].includes(long.slice(short.length))
        )
          continue;
        const distance = editDistance(word, candidate);
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
      return best;
    };
    const word = fc.string({ unit: fc.constantFrom("a", "b", "e", "n", "s"), maxLength: 11 });
    fc.assert(
      fc.property(word, fc.uniqueArray(word, { maxLength: 12 }), (w, words) => {
        const set = new Set(words);
        expect(likelyTypoOf(w, set)).toBe(byDefinition(w, set));
      }),
      { numRuns: 2000 },
    );
  });
});
