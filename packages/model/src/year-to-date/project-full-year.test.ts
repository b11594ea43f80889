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

  describe("interval: a stated coverage", () => {
    it("two or more earlier years: a t prediction interval for this year's share (Laren, misdrijven January-June)", () => {
      // 2018-H1: 216, with the first halves and full years 2015-2017 (Tabel 1 and 2).
      const projection = projectFullYear({
        partial: 216,
        history: [
          { year: 2015, partial: 284, full: 527 },
          { year: 2016, partial: 301, full: 543 },
          { year: 2017, partial: 258, full: 468 },
        ],
      });
      // R: s <- c(284/527, 301/543, 258/468); p <- 843/1538
      //    se <- sd(s) * sqrt(1 + 1/3) = 0.00943563891457; q <- qt(0.975, 2) = 4.30265272975
      //    p - q * se = 0.507516156798; p + q * se = 0.588712711863
      //    216 / (p + q * se) = 366.902218429; 216 / (p - q * se) = 425.602214052
      const interval = projection.interval;
      expect(interval).toMatchObject({ coverage: 0.95, method: "t-prediction" });
      expect(interval?.share.df).toBe(2);
      expect(interval?.share.standardError).toBeCloseTo(0.00943563891457, 12);
      expect(interval?.share.quantile).toBeCloseTo(4.30265272975, 9);
      expect(interval?.lower).toBeCloseTo(366.902218429, 7);
      expect(interval?.upper).toBeCloseTo(425.602214052, 7);
      expect(projection.value).toBeCloseTo(394.078291815, 7);
    });

    it("Laren, woninginbraken January-June: shares 0.53, 0.44, 0.68 leave the full year unbounded above", () => {
      const interval = projectFullYear({
        partial: 26,
        history: [
          { year: 2015, partial: 42, full: 79 },
          { year: 2016, partial: 34, full: 77 },
          { year: 2017, partial: 54, full: 79 },
        ],
      }).interval;
      // R: sd(c(42/79, 34/77, 54/79)) * sqrt(4/3) = 0.141221711905; 130/235 - 4.3027 x that < 0
      expect(interval?.share.standardError).toBeCloseTo(0.141221711905, 12);
      expect(interval?.share.lower).toBeLessThan(0);
      // Never below the months so far: the rest of the year cannot be negative.
      expect(interval).toMatchObject({ lower: 26, upper: null });
    });

    it("one earlier year: the binomial spread of the share, by hand (Laren, woninginbraken to October)", () => {
      const projection = projectFullYear({
        partial: 46,
        history: [{ year: 2017, partial: 70, full: 79 }],
      });
      const p = 70 / 79;
      const se = Math.sqrt(p * (1 - p) * (1 / 79 + 1 / ((46 * 79) / 70)));
      const z = 1.959963984540054; // qnorm(0.975)
      expect(projection.interval?.method).toBe("binomial");
      expect(projection.interval?.share.df).toBeNull();
      expect(projection.interval?.share.standardError).toBeCloseTo(se, 12);
      expect(projection.interval?.lower).toBeCloseTo(46 / (p + z * se), 9);
      expect(projection.interval?.upper).toBeCloseTo(46 / (p - z * se), 9);
      // 46.12-59.37: narrower than the range for the level (38.0-69.2), which is not a prediction.
      expect(projection.interval?.lower).toBeCloseTo(46.123, 3);
      expect(projection.interval?.upper).toBeCloseTo(59.369, 3);
      // A dispersion widens it by sqrt(phi) on the share scale.
      const wider = projectFullYear({
        partial: 46,
        history: [{ year: 2017, partial: 70, full: 79 }],
        dispersion: 4,
      }).interval;
      expect(wider?.share.standardError).toBeCloseTo(2 * se, 12);
    });

    it("the coverage is stated and changes the quantile", () => {
      const history = [
        { year: 2015, partial: 20, full: 41 },
        { year: 2016, partial: 25, full: 47 },
      ];
      const ninety = projectFullYear({ partial: 18, history, coverage: 0.9 }).interval;
      // qt(0.95, 1) = 6.31375151468
      expect(ninety?.coverage).toBe(0.9);
      expect(ninety?.share.quantile).toBeCloseTo(6.31375151468, 8);
    });

    it("nothing in the months so far: the upper end uses the exact Poisson bound of 0", () => {
      const interval = projectFullYear({
        partial: 0,
        history: [
          { year: 2015, partial: 40, full: 80 },
          { year: 2016, partial: 42, full: 80 },
        ],
      }).interval;
      expect(interval?.share.lower).toBeGreaterThan(0);
      const share = interval?.share.lower as number;
      expect(interval?.lower).toBe(0);
      expect(interval?.upper).toBeCloseTo(exactPoissonInterval({ count: 0 }).upper / share, 12);
    });

    it("figures that are not counts: an interval from two or more years, none from one", () => {
      const one = projectFullYear({
        partial: 4.5,
        history: [{ year: 2016, partial: 5, full: 10 }],
      });
      expect(one.interval).toBeNull();
      const two = projectFullYear({
        partial: 4.5,
        history: [
          { year: 2015, partial: 4, full: 10 },
          { year: 2016, partial: 6, full: 10 },
        ],
      });
      expect(two.interval?.method).toBe("t-prediction");
    });

    it.each([
      [{ coverage: 1 }, "the coverage must lie between 0 and 1"],
      [{ coverage: 0 }, "the coverage must lie between 0 and 1"],
      [{ dispersion: 0.5 }, "the dispersion must be 1 or more"],
      [{ dispersion: Number.NaN }, "the dispersion must be 1 or more"],
    ])("rejects %o", (extra, message) => {
      expect(() =>
        projectFullYear({ partial: 5, history: [{ year: 2016, partial: 5, full: 10 }], ...extra }),
      ).toThrow(message);
    });
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
          const interval = projection.interval;
          if (interval === null) return;
          expect(interval.lower).toBeGreaterThanOrEqual(partial);
          expect(interval.lower).toBeLessThanOrEqual(projection.value + 1e-9);
          if (interval.upper !== null && partial > 0)
            expect(interval.upper).toBeGreaterThanOrEqual(projection.value - 1e-9);
        },
      ),
    );
  });
});
