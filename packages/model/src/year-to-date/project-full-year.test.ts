import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { exactPoissonInterval } from "../statistics/count-interval.ts";
import { projectFullYear } from "./project-full-year.ts";

describe("projectFullYear", () => {
  it("Laren's burglaries: 46 through October 2018 with 70 of 79 through October 2017", () => {
    const projection = projectFullYear({
      partial: 46,
      history: [{ year: 2017, partial: 70, full: 79 }],
    });
    // By hand: share 70/79 = 0.8861; 46 / 0.8861 = 51.9. Range: the exact 95%
    // interval of 46 (33.68-61.36) over the same share: 38.0-69.2.
    expect(projection.share).toBe(70 / 79);
    expect(projection.value).toBeCloseTo((46 * 79) / 70, 12);
    expect(projection.lower).toBeCloseTo(33.6777814089719 / (70 / 79), 9);
    expect(projection.upper).toBeCloseTo(61.357553710586 / (70 / 79), 9);
    expect(projection.partialInterval?.method).toBe("exact");
  });

  it("pools several years and widens the range by the spread of the shares", () => {
    const history = [
      { year: 2015, partial: 20, full: 41 },
      { year: 2016, partial: 25, full: 47 },
    ];
    const projection = projectFullYear({ partial: 18, history });
    const interval = exactPoissonInterval({ count: 18 });
    expect(projection.share).toBe(45 / 88);
    expect(projection.shares.map((s) => s.share)).toEqual([20 / 41, 25 / 47]);
    expect(projection.lower).toBe(interval.lower / (25 / 47));
    expect(projection.upper).toBe(interval.upper / (20 / 41));
  });

  describe("edge cases", () => {
    it("a year whose months had none: the range is unbounded above", () => {
      const projection = projectFullYear({
        partial: 3,
        history: [
          { year: 2015, partial: 0, full: 4 },
          { year: 2016, partial: 2, full: 5 },
        ],
      });
      expect(projection.upper).toBeNull();
      expect(projection.share).toBe(2 / 9);
    });

    it("a figure that is not a count keeps only the spread of the share", () => {
      const projection = projectFullYear({
        partial: 4.5,
        history: [{ year: 2016, partial: 5, full: 10 }],
      });
      expect(projection).toMatchObject({ partialInterval: null, value: 9, lower: 9, upper: 9 });
    });

    it.each([
      [{ partial: 5, history: [] }, "needs an earlier year"],
      [{ partial: 5, history: [{ year: 2016, partial: 0, full: 10 }] }, "needs an earlier year"],
      [{ partial: -1, history: [{ year: 2016, partial: 5, full: 10 }] }, "must be 0 or more"],
    ])("rejects %o", (options, message) => {
      expect(() => projectFullYear(options)).toThrow(IvpError);
      expect(() => projectFullYear(options)).toThrow(message);
    });
  });

  it("property: the range contains the projection", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 })), {
          minLength: 1,
          maxLength: 5,
        }),
        (partial, years) => {
          const history = years.map(([p, extra], i) => ({
            year: 2010 + i,
            partial: p,
            full: p + extra,
          }));
          const projection = projectFullYear({ partial, history });
          expect(projection.lower).toBeLessThanOrEqual(projection.value);
          if (projection.upper !== null)
            expect(projection.upper).toBeGreaterThanOrEqual(projection.value);
        },
      ),
    );
  });
});
