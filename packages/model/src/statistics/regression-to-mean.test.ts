import { loadLarenPlan } from "@ivp/testkit/laren";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IvpError } from "../errors.ts";
import { baselineExtremity, MIN_EXTREMITY_PERIODS } from "./regression-to-mean.ts";

/** The values of one series in the plan's observation block for a table. */
function tableValues(table: string, series: string): number[] {
  const block = loadLarenPlan().observations.find(
    (b) => b.origin === "table" && "table" in b && b.table === table,
  );
  return (block as { values: Record<string, number[]> }).values[series] as number[];
}

describe("baselineExtremity", () => {
  it("Laren, geweld 2017 (23) is the lowest of Tabel 2's four years 2014-2017", () => {
    const [y2014, y2015, y2016, y2017] = tableValues("tabel-2", "geweld") as [
      number,
      number,
      number,
      number,
    ];
    expect([y2014, y2015, y2016, y2017]).toEqual([35, 41, 29, 23]);
    const result = baselineExtremity({ baseline: y2017, history: [y2014, y2015, y2016] });
    expect(result).toEqual({
      position: "lowest",
      baseline: 23,
      history: [35, 41, 29],
      later: [],
      periods: 4,
      otherMean: 35,
      otherRange: { min: 29, max: 41 },
      chanceOfExtreme: 0.5,
    });
  });

  it("... and of the five years 2013-2017, with the text's 40 for 2013", () => {
    const result = baselineExtremity({ baseline: 23, history: [40, 35, 41, 29] });
    expect(result).toMatchObject({
      position: "lowest",
      periods: 5,
      otherMean: 36.25,
      chanceOfExtreme: 0.4,
    });
  });

  it("Laren, woninginbraken January-June 2017 (54) is the highest of the four first halves 2015-2018", () => {
    const [h2015, h2016, h2017, h2018] = tableValues("tabel-1", "woninginbraken") as [
      number,
      number,
      number,
      number,
    ];
    expect([h2015, h2016, h2017, h2018]).toEqual([42, 34, 54, 26]);
    const result = baselineExtremity({ baseline: h2017, history: [h2015, h2016], later: [h2018] });
    expect(result).toMatchObject({
      position: "highest",
      periods: 4,
      otherMean: 34,
      otherRange: { min: 26, max: 42 },
    });
    // With only the two earlier first halves there is too little to say.
    expect(baselineExtremity({ baseline: h2017, history: [h2015, h2016] })).toBeNull();
  });

  it("a baseline inside the range, or tied with an extreme, has no position", () => {
    // Laren, misdrijven totaal 2016 (543) among 553, 527 and 468 (2017)
    expect(
      baselineExtremity({ baseline: 543, history: [553, 527], later: [468] })?.position,
    ).toBeNull();
    expect(baselineExtremity({ baseline: 29, history: [35, 41, 29] })?.position).toBeNull();
    expect(baselineExtremity({ baseline: 20, history: [20, 20, 20] })?.position).toBeNull();
  });

  it("needs 3 other periods", () => {
    expect(MIN_EXTREMITY_PERIODS).toBe(3);
    expect(baselineExtremity({ baseline: 1, history: [5, 6] })).toBeNull();
    expect(baselineExtremity({ baseline: 1, history: [] })).toBeNull();
    expect(baselineExtremity({ baseline: 1, history: [5, 6, 7] })?.position).toBe("lowest");
  });

  it.each([
    [{ baseline: Number.NaN, history: [1, 2, 3] }, "the baseline value 1 must be a finite number"],
    [
      { baseline: 1, history: [1, Number.POSITIVE_INFINITY, 3] },
      "the history value 2 must be a finite number",
    ],
    [{ baseline: 1, history: [1, 2, 3], later: [Number.NaN] }, "the later periods value 1"],
  ])("rejects a value that is not a number: %j", (options, message) => {
    expect(() => baselineExtremity(options)).toThrow(IvpError);
    expect(() => baselineExtremity(options)).toThrow(message);
  });

  it("position agrees with the sorted values: strictly first is lowest, strictly last is highest", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 8 }),
        (baseline, history) => {
          const result = baselineExtremity({ baseline, history });
          const lowest = history.every((v) => baseline < v);
          const highest = history.every((v) => baseline > v);
          expect(result?.position).toBe(lowest ? "lowest" : highest ? "highest" : null);
          expect(result?.chanceOfExtreme).toBeCloseTo(2 / (history.length + 1), 12);
        },
      ),
    );
  });
});
