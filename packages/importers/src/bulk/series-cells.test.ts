import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SeriesCells } from "./series-cells.ts";

const month = fc.record({
  year: fc.integer({ min: 2010, max: 2025 }),
  month: fc.integer({ min: 1, max: 12 }),
  value: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null, freq: 10 }),
});

describe("SeriesCells", () => {
  it("sums a year's twelve months, whatever the order they arrive in; missing when one is missing, absent when one is absent", () => {
    fc.assert(
      fc.property(fc.array(month, { maxLength: 200 }), (months) => {
        const cells = new SeriesCells();
        const kept = new Map<string, number | null>();
        for (const m of months) {
          const key = `${m.year}-${m.month}`;
          const result = cells.setMonth(m.year, m.month, m.value);
          if (kept.has(key)) {
            expect(result.kind).toBe(kept.get(key) === m.value ? "same" : "conflict");
          } else {
            expect(result.kind).toBe("set");
            kept.set(key, m.value);
          }
        }
        const years = new Set<number>();
        for (let year = 2010; year <= 2025; year++) {
          const values = Array.from({ length: 12 }, (_, i) => kept.get(`${year}-${i + 1}`));
          const expected = values.some((v) => v === undefined)
            ? undefined
            : values.some((v) => v === null)
              ? null
              : values.reduce<number>((sum, v) => sum + (v as number), 0);
          expect(cells.year(year)).toBe(expected);
          if (expected !== undefined) years.add(year);
        }
        expect(cells.years()).toEqual([...years].sort((a, b) => a - b));
      }),
    );
  });

  it("keeps the same figures, results and years when made room for a span of months at once, whichever span", () => {
    const span = fc.option(
      fc
        .tuple(fc.integer({ min: 2000 * 12, max: 2030 * 12 }), fc.integer({ min: -12, max: 400 }))
        .map(([first, length]) => ({ first, end: first + length })),
      { nil: undefined },
    );
    fc.assert(
      fc.property(
        fc.array(month, { maxLength: 200 }),
        fc.array(fc.integer({ min: 2010, max: 2025 }), { maxLength: 5 }),
        span,
        (months, years, given) => {
          const grown = new SeriesCells();
          const spanned = new SeriesCells(given);
          for (const m of months) {
            expect(spanned.setMonth(m.year, m.month, m.value)).toEqual(
              grown.setMonth(m.year, m.month, m.value),
            );
          }
          for (const year of years) {
            expect(spanned.setYear(year, 7)).toEqual(grown.setYear(year, 7));
          }
          for (let year = 1999; year <= 2031; year++) {
            expect(spanned.year(year)).toBe(grown.year(year));
          }
          expect(spanned.years()).toEqual(grown.years());
        },
      ),
    );
  });

  it("gives the whole years with their figures as years() and year() do, however figures and questions interleave", () => {
    // Months of two years only, so that years are completed between questions.
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("month" as const),
        year: fc.integer({ min: 2020, max: 2021 }),
        month: fc.integer({ min: 1, max: 12 }),
        value: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null, freq: 10 }),
      }),
      fc.record({
        kind: fc.constant("year" as const),
        year: fc.integer({ min: 2019, max: 2023 }),
        value: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: null, freq: 10 }),
      }),
      fc.constant({ kind: "ask" as const }),
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 40, maxLength: 200 }), (steps) => {
        const cells = new SeriesCells();
        const check = () => {
          const whole = cells.wholeYears();
          const expected: number[] = [];
          for (let year = 2018; year <= 2024; year++) {
            if (cells.year(year) !== undefined) expected.push(year);
          }
          expect(whole.years).toEqual(expected);
          expect(whole.values).toEqual(expected.map((year) => cells.year(year)));
          expect(cells.years()).toEqual(expected);
        };
        for (const s of steps) {
          if (s.kind === "month") cells.setMonth(s.year, s.month, s.value);
          else if (s.kind === "year") cells.setYear(s.year, s.value);
          else check();
        }
        check();
      }),
    );
  });

  it("works the whole years out again once a figure is set after they were asked for", () => {
    const cells = new SeriesCells();
    for (let m = 1; m <= 11; m++) cells.setMonth(2020, m, 1);
    expect(cells.wholeYears()).toEqual({ years: [], values: [] });
    cells.setMonth(2020, 12, null);
    expect(cells.wholeYears()).toEqual({ years: [2020], values: [null] });
    cells.setYear(2019, 5);
    expect(cells.wholeYears()).toEqual({ years: [2019, 2020], values: [5, null] });
    const asked = cells.wholeYears();
    // A figure set again (the same) changes nothing: the same answer, not worked out again.
    cells.setYear(2019, 5);
    cells.setMonth(2020, 1, 1);
    expect(cells.wholeYears()).toBe(asked);
  });

  it("prefers the file's own yearly figure to the sum of the months", () => {
    const cells = new SeriesCells();
    for (let m = 1; m <= 12; m++) cells.setMonth(2023, m, 10);
    expect(cells.year(2023)).toBe(120);
    cells.setYear(2023, 121);
    expect(cells.year(2023)).toBe(121);
    expect(cells.setYear(2023, 121)).toEqual({ kind: "same" });
    expect(cells.setYear(2023, 119)).toEqual({ kind: "conflict", earlier: 121 });
  });

  it("keeps other periods by code", () => {
    const cells = new SeriesCells();
    cells.setOther("2023-Q1", 31);
    expect([...cells.others()]).toEqual([["2023-Q1", 31]]);
    expect(cells.setOther("2023-Q1", null)).toEqual({ kind: "conflict", earlier: 31 });
  });

  describe("edge cases", () => {
    it("grows to the left when an earlier month arrives later", () => {
      const cells = new SeriesCells();
      for (let m = 12; m >= 1; m--) cells.setMonth(2023, m, m);
      for (let m = 12; m >= 1; m--) cells.setMonth(2020, m, 1);
      expect(cells.year(2023)).toBe(78);
      expect(cells.year(2020)).toBe(12);
      expect(cells.years()).toEqual([2020, 2023]);
    });

    it("an empty series has no years", () => {
      expect(new SeriesCells().years()).toEqual([]);
      expect(new SeriesCells().year(2023)).toBeUndefined();
    });

    it("0 is a figure and null is missing: they conflict", () => {
      const cells = new SeriesCells();
      cells.setMonth(2023, 1, 0);
      expect(cells.setMonth(2023, 1, null)).toEqual({ kind: "conflict", earlier: 0 });
    });
  });
});
