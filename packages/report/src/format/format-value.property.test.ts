import {
  formatNumber,
  formatPeriodLabel,
  type Language,
  parsePeriodOrThrow,
  type Unit,
} from "@ivp/model";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIndicatorValue, formatPeriod } from "./format-value.ts";

const DECIMALS: Record<Unit, { min: number; max: number }> = {
  count: { min: 0, max: 1 },
  grade: { min: 1, max: 2 },
  percentage: { min: 0, max: 1 },
  "rate-per-1000": { min: 0, max: 2 },
  "rate-per-10000": { min: 0, max: 2 },
  "rate-per-100000": { min: 0, max: 2 },
};

/** formatIndicatorValue as it was before its short cut for whole numbers: the reference. */
function reference(
  value: number,
  unit: Unit,
  lang: Language,
  decimals?: number,
  grouped = false,
): string {
  const { min, max } = DECIMALS[unit];
  const text = String(value);
  const dot = text.indexOf(".");
  const written = text.includes("e") ? 6 : dot === -1 ? 0 : text.length - dot - 1;
  const places = decimals ?? Math.min(max, Math.max(min, written));
  const separator = lang === "en" ? "." : ",";
  const formatted = formatNumber(
    value,
    grouped
      ? { decimals: places, decimalSeparator: separator, groupSeparator: lang === "en" ? "," : "." }
      : { decimals: places, decimalSeparator: separator },
  );
  return unit === "percentage" ? `${formatted}%` : formatted;
}

describe("formatIndicatorValue", () => {
  it("writes every value as before its short cut for whole numbers", () => {
    const values = fc.oneof(
      fc.integer(),
      fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map((n) => n * 1024),
      fc.integer({ min: 0, max: 10_000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc
        .tuple(fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }))
        .map(([units, places]) => units / 10 ** places),
      fc.constantFrom(
        0,
        -0,
        1e21,
        -1e21,
        1e20,
        -1e20,
        2 ** 53,
        999_999_999_999_999_900_000,
        7,
        100,
      ),
    );
    const units = fc.constantFrom<Unit>(
      "count",
      "grade",
      "percentage",
      "rate-per-1000",
      "rate-per-10000",
      "rate-per-100000",
    );
    fc.assert(
      fc.property(
        values,
        units,
        fc.constantFrom<Language>("nl", "en"),
        fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
        fc.boolean(),
        (value, unit, lang, decimals, grouped) => {
          expect(formatIndicatorValue(value, unit, lang, decimals, grouped)).toBe(
            reference(value, unit, lang, decimals, grouped),
          );
        },
      ),
      { numRuns: 30_000 },
    );
  });

  it("writes a whole number without decimals as its digits, a percentage with %", () => {
    expect(formatIndicatorValue(363, "count", "nl")).toBe("363");
    expect(formatIndicatorValue(-12, "count", "en")).toBe("-12");
    expect(formatIndicatorValue(-0, "count", "nl")).toBe("0");
    expect(formatIndicatorValue(40, "percentage", "nl")).toBe("40%");
    expect(formatIndicatorValue(7, "grade", "nl")).toBe("7,0");
    expect(formatIndicatorValue(12, "rate-per-1000", "en", 1)).toBe("12.0");
    expect(formatIndicatorValue(3600, "count", "nl", undefined, true)).toBe("3.600");
    expect(formatIndicatorValue(1e21, "count", "nl")).toBe("1000000000000000000000,0");
  });
});

describe("formatPeriod", () => {
  /** Every notation of a period, some years out of range and some text that is no period. */
  const codes = fc.oneof(
    fc.integer({ min: 1890, max: 2210 }).map(String),
    fc
      .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 5 }))
      .map(([y, h]) => `${y}-H${h}`),
    fc
      .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 13 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
    fc
      .tuple(
        fc.integer({ min: 2015, max: 2020 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
      )
      .map(([y, a, b]) => `${y}-${String(a).padStart(2, "0")}..${y}-${String(b).padStart(2, "0")}`),
    fc.constantFrom("2017MM10", "2018KW02", "2019JJ00", " 2017 ", "", "x", "2017-Q5"),
  );

  /** What formatPeriod wrote before it kept its texts: the text, or the error's message. */
  function reference(code: string, lang: Language, style: "short" | "long"): string {
    try {
      return formatPeriodLabel(parsePeriodOrThrow(code), { lang, style });
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  }
  function written(code: string, lang: Language, style: "short" | "long"): string {
    try {
      return formatPeriod(code, lang, style);
    } catch (error) {
      return `error: ${(error as Error).message}`;
    }
  }

  it("writes every code as formatPeriodLabel does, asked once or again, and throws for no period every time", () => {
    fc.assert(
      fc.property(
        codes,
        fc.constantFrom<Language>("nl", "en"),
        fc.constantFrom<"short" | "long">("short", "long"),
        (code, lang, style) => {
          const expected = reference(code, lang, style);
          expect(written(code, lang, style)).toBe(expected);
          expect(written(code, lang, style)).toBe(expected);
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("keeps the styles and languages apart, and starts over when full", () => {
    expect(formatPeriod("2018-01..2018-10", "nl")).toBe("jan-okt 2018");
    expect(formatPeriod("2018-01..2018-10", "en")).toBe("Jan-Oct 2018");
    expect(formatPeriod("2018-01..2018-10", "nl", "long")).toBe("januari t/m oktober 2018");
    expect(formatPeriod("2018-01..2018-10", "en", "long")).toBe("January to October 2018");
    // More codes than it keeps: each still written right.
    for (let i = 0; i < 2; i++)
      for (let year = 1900; year <= 2199; year++)
        for (const month of ["01", "06", "12", "01..2000-03"]) {
          const code = month.includes("..") ? `2000-${month}` : `${year}-${month}`;
          expect(formatPeriod(code, "nl")).toBe(reference(code, "nl", "short"));
        }
    expect(formatPeriod("2018-01..2018-10", "nl")).toBe("jan-okt 2018");
  });

  it("a language it does not know still gets its full years, as formatPeriodLabel gives them", () => {
    const lang = "de" as Language;
    expect(formatPeriod("2019", lang)).toBe(reference("2019", lang, "short"));
  });
});
