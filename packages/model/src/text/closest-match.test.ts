import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { closestMatch, editDistance } from "./closest-match.ts";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["tabel", "table", 1],
    ["BHV/Politie", "BVH/politie", 1],
    ["vermielingen", "vernielingen", 1],
    ["kitten", "sitting", 3],
  ])("%j to %j is %d", (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });

  it("is symmetric and zero only for equal strings (ignoring case)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, b) === 0).toBe(a.toLowerCase() === b.toLowerCase());
        expect(editDistance(a, b)).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it("agrees with the textbook matrix form of optimal string alignment", () => {
    const matrix = (a: string, b: string): number => {
      const [s, t] = [a.toLowerCase(), b.toLowerCase()];
      const d = Array.from({ length: s.length + 1 }, (_, i) =>
        Array.from({ length: t.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= s.length; i++) {
        for (let j = 1; j <= t.length; j++) {
          const row = d[i] as number[];
          const up = d[i - 1] as number[];
          row[j] = Math.min(
            (up[j] as number) + 1,
            (row[j - 1] as number) + 1,
            (up[j - 1] as number) + (s[i - 1] === t[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
            row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
          }
        }
      }
      return (d[s.length] as number[])[t.length] as number;
    };
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        expect(editDistance(a, b)).toBe(matrix(a, b));
      }),
    );
  });
});

describe("closestMatch", () => {
  it("suggests a near miss and nothing for a far one or an exact match", () => {
    expect(closestMatch("baselne", ["baseline", "targets"])).toBe("baseline");
    expect(closestMatch("tabel", ["validate", "table"])).toBe("table");
    expect(closestMatch("xyz", ["baseline"])).toBeUndefined();
    expect(closestMatch("table", ["table"])).toBeUndefined();
  });
});
