import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LAREN_PLAN_DIR, loadExamplePlan } from "../scripts/lib/laren.ts";
import {
  exactChangeText,
  PERCENT_CHANGE_EXAMPLES,
  renderDerivedHalfYear,
  renderOfWhich,
  renderPercentChangeExamples,
  renderPercentChangeSummary,
  renderYearToDate,
} from "../scripts/lib/worked-examples.ts";

const laren = await loadExamplePlan(LAREN_PLAN_DIR);

/** Whole-percent change of two counts, rounded half away from zero, in integer arithmetic only. */
function integerRoundedChange(from: number, to: number): number {
  const magnitude = Math.floor((Math.abs(200 * (to - from)) + from) / (2 * from));
  return to < from ? -magnitude : magnitude;
}

function rowsOf(markdown: string): string[][] {
  return markdown
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| ---"))
    .slice(1)
    .map((l) =>
      l
        .slice(2, -2)
        .split(" | ")
        .map((c) => c.trim()),
    );
}

describe("the percentage-change worked examples", () => {
  const rows = rowsOf(renderPercentChangeExamples(laren));

  it("shows one row per chosen Laren cell", () => {
    expect(rows).toHaveLength(PERCENT_CHANGE_EXAMPLES.length);
  });

  it.each(rows.map((r) => [r[0], r]))(
    "%s: ivp's cell is the integer rule's and the document's",
    (_label, row) => {
      const [from, to] = (row?.[1] ?? "").split(" → ").map(Number) as [number, number];
      const computed = row?.[4];
      const printed = row?.[5];
      if (from === 0) {
        expect(computed).toBe("(empty)");
      } else {
        const change = integerRoundedChange(from, to);
        expect(computed).toBe(`\`${change > 0 ? "+" : ""}${change}%\``);
      }
      expect(printed).toBe(computed);
    },
  );

  it("covers the cases the rule distinguishes: decrease, increase, exact half, zero change, zero base", () => {
    const changes = rows.map((r) => r[4]);
    expect(changes).toContain("`0%`");
    expect(changes).toContain("(empty)");
    expect(changes.some((c) => c?.startsWith("`+"))).toBe(true);
    expect(rows.some((r) => r[3]?.endsWith(".5%"))).toBe(true);
  });

  it("says how many printed cells the rule reproduces, and they are all of them", () => {
    expect(renderPercentChangeSummary(laren)).toMatch(
      /printed in (\d+) computed cells .* reproduces \1 of them exactly, every one/,
    );
  });

  describe("edge cases", () => {
    it("fails the build when an example cell is not in the plan", () => {
      expect(() =>
        renderPercentChangeExamples(laren, [
          { table: "tabel-1", series: "no-such-series", column: "gemeente", shows: "" },
        ]),
      ).toThrow(/is not a change cell of the plan/);
    });

    it("writes the unrounded change of counts in exact integer arithmetic, however large", () => {
      expect(
        [
          [8, 5],
          [54, 26],
          [5, 5572],
          [200, 199],
          [300, 299],
          [100_000, 99_999],
          [3, 4],
          [0, 0],
        ].map(([from, to]) => exactChangeText(from as number, to as number)),
      ).toEqual([
        "-37.5%",
        "-51.85…%",
        "+111340%",
        "-0.5%",
        "-0.33…%",
        "-0.00…%",
        "+33.33…%",
        "none (the base is 0)",
      ]);
    });

    it("writes the unrounded change exactly when it has at most two decimals", () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 10_000 }),
          fc.integer({ min: 0, max: 10_000 }),
          (from, to) => {
            const text = exactChangeText(from, to);
            const value = Number(text.replace(/[%…+]/g, ""));
            const exact = ((to - from) / from) * 100;
            expect(Math.abs(value - exact)).toBeLessThan(0.01 + 1e-9);
            expect(text.includes("…")).toBe(Math.abs(exact * 100 - Math.round(exact * 100)) > 1e-6);
          },
        ),
      );
    });
  });
});

describe("the derived half-year example", () => {
  it("derives July-December as full year minus January-June, for both years", () => {
    const text = renderDerivedHalfYear(laren);
    const lines = [...text.matchAll(/= (\d+) − (\d+) = \*\*(\d+)\*\*/g)];
    expect(lines).toHaveLength(2);
    for (const [, year, half, derived] of lines) {
      expect(Number(year) - Number(half)).toBe(Number(derived));
    }
  });
});

describe("the year-to-date example", () => {
  it("compares January-October with January-October only", () => {
    const [same, mixed] = rowsOf(renderYearToDate(laren));
    expect(same?.[2]).toBe("yes");
    expect(mixed?.[2]).toBe("no");
    const [from, to] = (same?.[1] ?? "").split(" → ").map(Number) as [number, number];
    expect(same?.[3]).toBe(`\`${integerRoundedChange(from, to)}%\``);
  });
});

describe("the 'of which' example", () => {
  it("adds the parts in every period and finds they make the total", () => {
    for (const row of rowsOf(renderOfWhich(laren))) {
      const [, a, b, sum, total, adds] = row;
      expect(Number(a) + Number(b)).toBe(Number(sum));
      expect(adds).toBe(Number(sum) === Number(total) ? "yes" : "no");
    }
  });
});
