import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coordinate, coordinateByToFixed, linearScale, niceStep, niceTicks } from "./scale.ts";

describe("chart scales", () => {
  it.each([
    [0, 79, 5, [0, 20, 40, 60, 80]],
    [6.8, 8, 4, [6.5, 7, 7.5, 8]],
    [0, 1, 5, [0, 0.2, 0.4, 0.6, 0.8, 1]],
    [0, 1.955, 5, [0, 0.5, 1, 1.5, 2]],
  ])("ticks from %d to %d (about %d) are %j", (min, max, count, ticks) => {
    expect(niceTicks(min, max, count)).toEqual(ticks);
  });

  it("maps a domain onto a range, and a point domain onto the middle", () => {
    expect(linearScale([0, 100], [0, 200])(25)).toBe(50);
    expect(linearScale([0, 100], [200, 0])(25)).toBe(150);
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it("writes coordinates with one decimal and no negative zero", () => {
    expect(coordinate(12.345)).toBe("12.3");
    expect(coordinate(12)).toBe("12");
    expect(coordinate(-0.04)).toBe("0");
    expect(coordinate(-0)).toBe("0");
    expect(coordinate(-12.35)).toBe("-12.3");
    expect(coordinate(0.05)).toBe("0.1");
    expect(coordinate(-0.05)).toBe("-0.1");
    expect(coordinate(1e21)).toBe("1e+21");
    expect(coordinate(Number.NaN)).toBe("NaN");
  });

  it("writes a coordinate as toFixed(1) does, near ties and far out too", () => {
    // Ties of tenths that are not ties as doubles (0.15 is 0.1499...), and
    // values around the end of the arithmetic (1e5) and beyond.
    const edges = [
      0,
      -0,
      0.05,
      0.15,
      0.25,
      0.35,
      0.45,
      1.25,
      2.45,
      9.95,
      99.95,
      123.45,
      612.25,
      0.04999999,
      0.0500001,
      99999.95,
      1e5,
      1e5 + 0.05,
      1e15,
      1e21,
      5e-324,
      Number.MAX_VALUE,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    for (const value of [...edges, ...edges.map((v) => -v)])
      expect(coordinate(value), String(value)).toBe(coordinateByToFixed(value));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: true }),
          fc.double({ min: -2000, max: 2000, noNaN: true }),
          // Whole hundredths and twentieths: the ties of a coordinate.
          fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 100),
          fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 20),
        ),
        (value) => {
          expect(coordinate(value)).toBe(coordinateByToFixed(value));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("always covers the data with ascending, evenly spaced ticks", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (min, span, count) => {
          const max = min + span;
          const ticks = niceTicks(min, max, count);
          const step = niceStep(max - min, count);
          expect(ticks[0]).toBeLessThanOrEqual(min + step * 1e-6);
          expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max - step * 1e-6);
          for (let i = 1; i < ticks.length; i++) {
            expect((ticks[i] ?? 0) - (ticks[i - 1] ?? 0)).toBeCloseTo(step, 6);
          }
        },
      ),
    );
  });
});
