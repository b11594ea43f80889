import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { measureProgress, statusForRatio } from "./measure-progress.ts";

describe("measureProgress", () => {
  it("lower is better, halfway in time and almost halfway in value (woninginbraken 79 -> 60)", () => {
    const m = measureProgress({
      direction: "lower-is-better",
      baseline: 79,
      target: 60,
      current: 70,
      elapsedYears: 2,
      totalYears: 4,
    });
    // By hand: fraction (70 - 79) / (60 - 79) = 9/19; expected 79 - 19 x 1/2 = 69.5;
    // CAGR observed (70/79)^(1/2) - 1 = -5.868%, required (60/79)^(1/4) - 1 = -6.646%;
    // R = -1 x -0.05868 / 0.06646 = 0.8829: moderate progress.
    expect(m.targetAchieved).toBe(false);
    expect(m.fractionOfWay).toBeCloseTo(9 / 19, 14);
    expect(m.expected).toBe(69.5);
    expect(m.onTrack).toBe(false);
    expect(m.ratio.method).toBe("cagr");
    expect(m.ratio.observed).toBeCloseTo(Math.sqrt(70 / 79) - 1, 14);
    expect(m.ratio.required).toBeCloseTo((60 / 79) ** 0.25 - 1, 14);
    expect(m.ratio.value).toBeCloseTo(0.88294, 4);
    expect(m.status).toBe("moderate-progress");
  });

  it("higher is better: a grade from 7,3 toward 7,5", () => {
    const up = measureProgress({
      direction: "higher-is-better",
      baseline: 7.3,
      target: 7.5,
      current: 7.4,
      elapsedYears: 2,
      totalYears: 4,
    });
    expect(up).toMatchObject({
      targetAchieved: false,
      onTrack: true,
      status: "substantial-progress",
    });
    expect(up.fractionOfWay).toBeCloseTo(0.5, 12);
    const down = measureProgress({
      direction: "higher-is-better",
      baseline: 7.3,
      target: 7.5,
      current: 7.1,
      elapsedYears: 2,
      totalYears: 4,
    });
    expect(down).toMatchObject({ targetAchieved: false, onTrack: false, status: "deterioration" });
    const reached = measureProgress({
      direction: "higher-is-better",
      baseline: 7.3,
      target: 7.5,
      current: 7.5,
      elapsedYears: 2,
      totalYears: 4,
    });
    expect(reached.status).toBe("target-achieved");
  });

  it.each([
    // [bound, direction, current, achieved]
    ["at-most", "lower-is-better", 1.7, true],
    ["at-most", "lower-is-better", 1.8, false],
    ["at-least", "higher-is-better", 80, true],
    ["at-least", "higher-is-better", 79.9, false],
    ["direction", "lower-is-better", 60, true],
    ["direction", "higher-is-better", 60, true],
  ] as const)("bound %s (%s): current %f achieved %s", (bound, direction, current, achieved) => {
    const target = bound === "at-least" ? 80 : bound === "at-most" ? 1.7 : 60;
    const baseline =
      bound === "at-least"
        ? 70
        : bound === "at-most"
          ? 2.5
          : direction === "lower-is-better"
            ? 79
            : 50;
    expect(
      measureProgress({
        direction,
        bound,
        baseline,
        target,
        current,
        elapsedYears: 1,
        totalYears: 4,
      }).targetAchieved,
    ).toBe(achieved);
  });

  it.each([
    [0.95, "substantial-progress"],
    [0.9499999, "moderate-progress"],
    [0.6, "moderate-progress"],
    [0.5999999, "limited-progress"],
    [0, "limited-progress"],
    [-0.0000001, "deterioration"],
  ] as const)("ratio %f is %s (thresholds 0.95 and 0.60)", (ratio, status) => {
    expect(statusForRatio(ratio)).toBe(status);
  });

  describe("edge cases", () => {
    it("a zero baseline uses annual differences (Open SDG's 0.001 would make 0 -> 2 a 2000-fold rise)", () => {
      const m = measureProgress({
        direction: "higher-is-better",
        baseline: 0,
        target: 4,
        current: 2,
        elapsedYears: 2,
        totalYears: 4,
      });
      expect(m.ratio).toEqual({
        method: "absolute",
        directionSign: 1,
        observed: 1,
        required: 1,
        value: 1,
      });
      expect(m.status).toBe("substantial-progress");
    });

    it("a zero target uses annual differences too (a required -100% a year is no scale)", () => {
      const m = measureProgress({
        direction: "lower-is-better",
        baseline: 8,
        target: 0,
        current: 6,
        elapsedYears: 1,
        totalYears: 4,
      });
      expect(m.ratio).toEqual({
        method: "absolute",
        directionSign: -1,
        observed: -2,
        required: -2,
        value: 1,
      });
      expect(m.status).toBe("substantial-progress");
      expect(m.fractionOfWay).toBe(0.25);
    });

    it("a target equal to the baseline (keep the level): achieved or deterioration, no ratio", () => {
      const kept = measureProgress({
        direction: "higher-is-better",
        baseline: 7.9,
        target: 7.9,
        current: 7.9,
        elapsedYears: 2,
        totalYears: 4,
      });
      expect(kept).toMatchObject({
        status: "target-achieved",
        fractionOfWay: null,
        ratio: { method: "no-change-required", value: null },
      });
      const lost = measureProgress({
        direction: "higher-is-better",
        baseline: 7.9,
        target: 7.9,
        current: 7.8,
        elapsedYears: 2,
        totalYears: 4,
      });
      expect(lost.status).toBe("deterioration");
    });

    it("after the target year the expected value is the target", () => {
      const m = measureProgress({
        direction: "lower-is-better",
        baseline: 79,
        target: 60,
        current: 65,
        elapsedYears: 6,
        totalYears: 4,
      });
      expect(m.timeFraction).toBe(1);
      expect(m.expected).toBe(60);
      expect(m.onTrack).toBe(false);
    });

    it("rejects no elapsed time and non-numbers", () => {
      expect(() =>
        measureProgress({
          direction: "lower-is-better",
          baseline: 79,
          target: 60,
          current: 70,
          elapsedYears: 0,
          totalYears: 4,
        }),
      ).toThrow(IvpError);
      expect(() =>
        measureProgress({
          direction: "lower-is-better",
          baseline: Number.NaN,
          target: 60,
          current: 70,
          elapsedYears: 1,
          totalYears: 4,
        }),
      ).toThrow(IvpError);
    });
  });

  describe("properties", () => {
    const value = fc.integer({ min: 1, max: 1000 });
    const direction = fc.constantFrom("lower-is-better" as const, "higher-is-better" as const);
    const years = fc.integer({ min: 1, max: 10 });

    it("'target achieved' exactly when the current value is at least as good as the target", () => {
      fc.assert(
        fc.property(
          direction,
          value,
          value,
          value,
          years,
          years,
          (d, baseline, target, current, elapsed, total) => {
            const m = measureProgress({
              direction: d,
              baseline,
              target,
              current,
              elapsedYears: elapsed,
              totalYears: total,
            });
            const good = d === "lower-is-better" ? current <= target : current >= target;
            expect(m.targetAchieved).toBe(good);
            expect(m.status === "target-achieved").toBe(good);
          },
        ),
      );
    });

    it("the fraction of the way is 0 at the baseline and 1 at the target; the expected value lies between them", () => {
      fc.assert(
        fc.property(
          direction,
          value,
          value,
          years,
          years,
          (d, baseline, target, elapsed, total) => {
            fc.pre(baseline !== target);
            const at = (current: number) =>
              measureProgress({
                direction: d,
                baseline,
                target,
                current,
                elapsedYears: elapsed,
                totalYears: total,
              });
            expect(at(baseline).fractionOfWay).toBe(0);
            expect(at(target).fractionOfWay).toBe(1);
            const { expected } = at(baseline);
            expect(expected).toBeGreaterThanOrEqual(Math.min(baseline, target));
            expect(expected).toBeLessThanOrEqual(Math.max(baseline, target));
          },
        ),
      );
    });

    it("a better current value never gives a worse status (monotone in the value)", () => {
      const rank = [
        "deterioration",
        "limited-progress",
        "moderate-progress",
        "substantial-progress",
        "target-achieved",
      ];
      fc.assert(
        fc.property(value, value, value, years, (baseline, target, current, elapsed) => {
          const at = (c: number) =>
            rank.indexOf(
              measureProgress({
                direction: "lower-is-better",
                baseline,
                target,
                current: c,
                elapsedYears: elapsed,
                totalYears: 4,
              }).status,
            );
          expect(at(current)).toBeGreaterThanOrEqual(at(current + 1));
        }),
      );
    });
  });
});
