import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decimalsOf, resolveTarget } from "./resolve-target.ts";

const baseline = { value: 79, period: "2017" };

describe("resolveTarget", () => {
  it("a relative target keeps the stated value next to the resolved one (Laren: 60 (-25%) from 79)", () => {
    expect(
      resolveTarget({
        target: {
          kind: "relative",
          value: 60,
          change: -25,
          period: "2021",
          asPrinted: "60 (-25%)",
        },
        baseline,
      }),
    ).toEqual({
      kind: "relative",
      period: "2021",
      asPrinted: "60 (-25%)",
      stated: 60,
      change: -25,
      resolved: 59,
      resolvedExact: 59.25,
      rounding: { mode: "half-away-from-zero", decimals: 0, source: "default" },
      value: 60,
      valueSource: "stated",
      preference: "stated-value",
      consistent: false,
      bound: "direction",
      illustrative: false,
    });
  });

  it("keeps a target the council did not adopt marked illustrative", () => {
    const target = resolveTarget({
      target: { kind: "relative", change: -10, period: "2027", illustrative: true },
      baseline: { value: 363, period: "2022" },
    });
    expect(target).toMatchObject({ value: 327, illustrative: true });
  });

  it("conventions.targetPreference resolved-change measures against the change applied to the baseline", () => {
    const target = resolveTarget({
      target: { kind: "relative", value: 60, change: -25, period: "2021" },
      baseline,
      conventions: { targetPreference: "resolved-change" },
    });
    expect(target).toMatchObject({
      value: 59,
      valueSource: "resolved",
      preference: "resolved-change",
    });
  });

  it.each([
    // -10% of 65 is 58.5: half away from zero gives 59, half-even 58.
    [{ mode: "half-away-from-zero", decimals: 0 }, 59],
    [{ mode: "half-even", decimals: 0 }, 58],
    [{ mode: "floor", decimals: 0 }, 58],
    [{ mode: "ceil", decimals: 0 }, 59],
    [{ mode: "trunc", decimals: 1 }, 58.5],
  ] as const)("the rounding policy %o resolves 65 -10%% to %f", (rounding, expected) => {
    const fromTarget = resolveTarget({
      target: { kind: "relative", change: -10, period: "2021", rounding },
      baseline: { value: 65, period: "2017" },
    });
    expect(fromTarget).toMatchObject({
      resolved: expected,
      value: expected,
      rounding: { ...rounding, source: "target" },
    });
    const fromConventions = resolveTarget({
      target: { kind: "relative", change: -10, period: "2021" },
      baseline: { value: 65, period: "2017" },
      conventions: { targetRounding: rounding },
    });
    expect(fromConventions).toMatchObject({
      resolved: expected,
      rounding: { source: "conventions" },
    });
  });

  it("rounds to the baseline's decimals by default: 7,3 + 2% = 7,446 -> 7,4", () => {
    expect(
      resolveTarget({
        target: { kind: "relative", change: 2, period: "2021" },
        baseline: { value: 7.3, period: "2017" },
      }),
    ).toMatchObject({
      resolvedExact: 7.446,
      resolved: 7.4,
      rounding: { decimals: 1 },
      valueSource: "resolved",
      consistent: null,
    });
  });

  it("agrees when the printed value is the rounded change (Laren: 20 (-15%) from 23 = 19,55)", () => {
    expect(
      resolveTarget({
        target: { kind: "relative", value: 20, change: -15, period: "2021" },
        baseline: { value: 23, period: "2017" },
      }),
    ).toMatchObject({ resolved: 20, consistent: true, value: 20 });
  });

  it.each([
    ["absolute", 7.6, "direction"],
    ["maximum", 1.7, "at-most"],
    ["minimum", 80, "at-least"],
  ] as const)("a %s target is its printed value with bound %s", (kind, value, bound) => {
    expect(resolveTarget({ target: { kind, value, period: "2021" } })).toMatchObject({
      value,
      stated: value,
      resolved: null,
      valueSource: "stated",
      bound,
    });
  });

  it("keep-level is the printed level, else the baseline", () => {
    expect(
      resolveTarget({ target: { kind: "keep-level", value: 7.9, period: "2021" } }),
    ).toMatchObject({ value: 7.9, valueSource: "stated" });
    expect(
      resolveTarget({
        target: { kind: "keep-level", period: "2021" },
        baseline: { value: 7.9, period: "2017" },
      }),
    ).toMatchObject({ value: 7.9, resolved: 7.9, valueSource: "resolved" });
  });

  describe("edge cases", () => {
    it("a relative target without a baseline keeps its printed value, or has none", () => {
      expect(
        resolveTarget({ target: { kind: "relative", value: 60, change: -25, period: "2021" } }),
      ).toMatchObject({ value: 60, valueSource: "stated", resolved: null, consistent: null });
      expect(
        resolveTarget({ target: { kind: "relative", change: -25, period: "2021" } }),
      ).toMatchObject({ value: null, valueSource: null });
    });

    it("a relative target without its change (the schema requires one) keeps the printed value, unresolved", () => {
      expect(
        resolveTarget({ target: { kind: "relative", value: 60, period: "2021" }, baseline }),
      ).toMatchObject({ value: 60, valueSource: "stated", resolved: null, rounding: null });
    });

    it("an absolute target without its value (the schema requires one) has no value to measure against", () => {
      expect(resolveTarget({ target: { kind: "absolute", period: "2021" } })).toMatchObject({
        value: null,
        valueSource: null,
      });
      expect(
        resolveTarget({ target: { kind: "maximum", value: 1.7, period: "2021" } }),
      ).toMatchObject({ value: 1.7, valueSource: "stated" });
    });

    it("a zero baseline resolves any change to 0", () => {
      expect(
        resolveTarget({
          target: { kind: "relative", change: -50, period: "2021" },
          baseline: { value: 0, period: "2017" },
        }),
      ).toMatchObject({ resolved: 0 });
    });

    it("keep-level without level or baseline has no value", () => {
      expect(resolveTarget({ target: { kind: "keep-level", period: "2021" } })).toMatchObject({
        value: null,
        valueSource: null,
      });
    });

    it("a count's relative target rounds to whole counts; a percentage's is not rounded", () => {
      const target = { kind: "relative" as const, change: -25, period: "2021" };
      expect(resolveTarget({ target, baseline, unit: "count" })).toMatchObject({
        resolved: 59,
        rounding: { mode: "half-away-from-zero", decimals: 0, source: "default" },
      });
      expect(
        resolveTarget({ target, baseline: { value: 1.7, period: "2017" }, unit: "percentage" }),
      ).toMatchObject({ resolved: 1.275, rounding: null });
    });

    it("an unrounded relative target agrees with a printed value that is it rounded to the printed decimals", () => {
      // -20% of 1,7% is 1,36%: printed "1,4" agrees, "1,3" does not.
      const resolve = (value: number) =>
        resolveTarget({
          target: { kind: "relative", value, change: -20, period: "2021" },
          baseline: { value: 1.7, period: "2017" },
          unit: "percentage",
        });
      expect(resolve(1.4)).toMatchObject({ resolvedExact: 1.36, consistent: true });
      expect(resolve(1.3)).toMatchObject({ resolvedExact: 1.36, consistent: false });
      expect(resolve(1.36)).toMatchObject({ consistent: true });
    });

    it("an average baseline: the change applies to the exact mean, rounded to the figures' decimals", () => {
      // -20% of (40 + 52 + 44) / 3 = 36,2666...: a count's target 36.
      const average = {
        value: 136 / 3,
        average: { sum: 136, count: 3, periods: [{ value: 40 }, { value: 52 }, { value: 44 }] },
      };
      const target = { kind: "relative" as const, value: 36, change: -20, period: "2021" };
      expect(resolveTarget({ target, baseline: average, unit: "count" })).toMatchObject({
        resolved: 36,
        resolvedExact: 108.8 / 3,
        rounding: { decimals: 0, source: "default" },
        consistent: true,
      });
      // Figures with one decimal round to one: -10% of (7,3 + 7,5) / 2 = 7,4 is 6,66 -> 6,7.
      expect(
        resolveTarget({
          target: { kind: "relative", change: -10, period: "2021" },
          baseline: {
            value: 7.4,
            average: { sum: 14.8, count: 2, periods: [{ value: 7.3 }, { value: 7.5 }] },
          },
        }),
      ).toMatchObject({ resolved: 6.7, rounding: { decimals: 1 } });
      // A keep-level target keeps the mean.
      expect(
        resolveTarget({ target: { kind: "keep-level", period: "2021" }, baseline: average }),
      ).toMatchObject({ value: 136 / 3, valueSource: "resolved" });
    });
  });

  it("property: the resolved value is the exact change rounded half away from zero (BigInt reference)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100000 }),
        fc.integer({ min: -100, max: 100 }),
        (value, change) => {
          const target = resolveTarget({
            target: { kind: "relative", change, period: "2021" },
            baseline: { value, period: "2017" },
          });
          // value x (100 + change) / 100, rounded half away from zero with integers only.
          const scaled = BigInt(value) * BigInt(100 + change);
          const quotient = scaled / 100n;
          const remainder = scaled % 100n;
          const expected = remainder * 2n >= 100n ? quotient + 1n : quotient;
          expect(target.resolved).toBe(Number(expected));
        },
      ),
    );
  });
});

describe("decimalsOf", () => {
  it.each([
    [79, 0],
    [7.5, 1],
    [1.25, 2],
    [0, 0],
    [1e-7, 7],
  ])("%f has %i decimals", (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals);
  });
});
