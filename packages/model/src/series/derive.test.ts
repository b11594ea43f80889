import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveSecondHalf, sumParts } from "./derive.ts";

describe("deriveSecondHalf", () => {
  it.each([
    [79, 54, 25],
    [77, 34, 43],
    [468, 258, 210],
    [0, 0, 0],
    [5, 7, -2], // contradictory inputs show as a negative figure; the linter reports it
  ])("%d - %d = %d", (year, h1, h2) => {
    expect(deriveSecondHalf(year, h1)).toBe(h2);
  });

  it("is exact for decimals", () => {
    expect(deriveSecondHalf(0.3, 0.1)).toBe(0.2);
  });
});

describe("sumParts", () => {
  it("adds the pogingen and geslaagd rows up to woninginbraken", () => {
    expect(sumParts([20, 59])).toBe(79);
    expect(sumParts([])).toBe(0);
    expect(sumParts([0.1, 0.2])).toBe(0.3);
  });

  it("equals the integer sum for integers", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 })), (values) => {
        expect(sumParts(values)).toBe(values.reduce((a, b) => a + b, 0));
      }),
    );
  });
});
