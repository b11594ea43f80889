import { observation } from "@ivp/testkit/observations";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ObservationIndex } from "../observation/observation-index.ts";
import { formatPeriodCode } from "../period/format-period.ts";
import { parsePeriodOrThrow } from "../period/parse-period.ts";
import type { Period } from "../period/period.ts";
import type { Series } from "../schema/types.ts";
import { figureSources } from "../series/resolve-value.ts";
import { candidatePeriods } from "./assess-progress.ts";

/** candidatePeriods as it was: each period written as its code and parsed back, with its year's. */
function candidatePeriodsBefore(
  index: ObservationIndex,
  series: Series | undefined,
  seriesId: string,
  area: string,
): Period[] {
  const codes = new Set<string>();
  for (const id of figureSources(series, seriesId)) {
    for (const o of index.series(id, area)) {
      const period = parsePeriodOrThrow(o.period);
      codes.add(formatPeriodCode(period));
      codes.add(String(period.year));
    }
  }
  return [...codes].map((code) => parsePeriodOrThrow(code));
}

/** The order latestValue reads them in: the latest end first, the longer first among those. */
function latestFirst(periods: readonly Period[]): string[] {
  return [...periods]
    .sort((a, b) => b.year - a.year || b.endMonth - a.endMonth || a.startMonth - b.startMonth)
    .map((p) => JSON.stringify(p));
}

const pad = (m: number) => String(m).padStart(2, "0");

/** A period's text in any notation the index may hold (codes of a plan, CBS codes of a data file). */
const periodText = fc
  .record({
    year: fc.integer({ min: 2010, max: 2016 }),
    kind: fc.integer({ min: 0, max: 8 }),
    a: fc.integer({ min: 1, max: 12 }),
    b: fc.integer({ min: 1, max: 12 }),
  })
  .map(({ year, kind, a, b }) => {
    const [start, end] = a <= b ? [a, b] : [b, a];
    const q = Math.ceil(a / 3);
    return [
      String(year),
      `${year}JJ00`,
      `${year}-H${1 + (a % 2)}`,
      `${year}HJ0${1 + (a % 2)}`,
      `${year}-Q${q}`,
      `${year}KW0${q}`,
      `${year}-${pad(a)}`,
      `${year}MM${pad(a)}`,
      `${year}-${pad(start)}..${year}-${pad(end)}`,
    ][kind] as string;
  });

describe("candidatePeriods", () => {
  it("gives the periods of the form before (codes written and parsed back), each once, for any notations", () => {
    const seriesIds = ["total", "part-a", "part-b", "count", "population"];
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom(...seriesIds), fc.constantFrom("GM0417", "GM0363"), periodText),
          { maxLength: 40 },
        ),
        fc.constantFrom<Series | undefined>(
          undefined,
          {
            id: "total",
            label: "Totaal",
            unit: "count",
            parts: { series: ["part-a", "part-b"], complete: true },
          },
          {
            id: "total",
            label: "Totaal",
            unit: "count",
            parts: { series: ["part-a"], complete: false },
          },
          {
            id: "total",
            label: "Totaal",
            unit: "rate-per-1000",
            rate: { count: "count", population: "population" },
          },
        ),
        (rows, series) => {
          const index = new ObservationIndex(
            rows.map(([id, area, period], i) => observation(id, period, i, { area })),
          );
          for (const area of ["GM0417", "GM0363", "GM0000"]) {
            const now = candidatePeriods(index, series, "total", area);
            const before = candidatePeriodsBefore(index, series, "total", area);
            expect(latestFirst(now)).toEqual(latestFirst(before));
            expect(new Set(now.map((p) => JSON.stringify(p))).size).toBe(now.length);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
