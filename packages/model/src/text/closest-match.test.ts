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
});

describe("closestMatch", () => {
  it("suggests a near miss and nothing for a far one or an exact match", () => {
    expect(closestMatch("baselne", ["baseline", "targets"])).toBe("baseline");
    expect(closestMatch("tabel", ["validate", "table"])).toBe("table");
    expect(closestMatch("xyz", ["baseline"])).toBeUndefined();
    expect(closestMatch("table", ["table"])).toBeUndefined();
  });
});
