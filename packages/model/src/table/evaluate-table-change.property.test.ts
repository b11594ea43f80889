import { makePlan } from "@ivp/testkit/plans";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DUTCH_PERCENT_CHANGE_NOTATION,
  ENGLISH_PERCENT_CHANGE_NOTATION,
  formatPercentChange,
} from "../percent-change/format-percent-change.ts";
import { roundPercentChange } from "../percent-change/percent-change.ts";
import { evaluateTable } from "./evaluate-table.ts";

/** Counts, and figures with one or two decimals (a percentage series), 0 included. */
const figures = fc.oneof(
  fc.integer({ min: 0, max: 3_000 }),
  fc.integer({ min: 0, max: 100_000 }).map((units) => units / 100),
  fc.integer({ min: 0, max: 1_000 }).map((units) => units / 10),
);

describe("a figure table's change, rounded once", () => {
  it("is formatPercentChange's text and roundPercentChange's number, as evaluateCell wrote it before", () => {
    fc.assert(
      fc.property(
        figures,
        figures,
        fc.constantFrom(0, 1, 2),
        fc.constantFrom("nl" as const, "en" as const),
        (from, to, decimals, lang) => {
          const plan = makePlan({
            series: [{ id: "aandeel", label: "Aandeel", unit: "percentage" }],
            observations: [
              {
                origin: "table",
                table: "t",
                periods: [2016, 2017],
                values: { aandeel: [from, to] },
              },
            ],
            tables: [
              {
                id: "t",
                title: "Cijfers",
                notation: { decimals },
                columns: [{ id: "c", kind: "change", from: 2016, to: 2017 }],
                rows: [{ series: "aandeel" }],
              },
            ],
          });
          const cell = evaluateTable(plan, "t", { lang }).rows[0]?.cells[0];
          const base =
            lang === "en" ? ENGLISH_PERCENT_CHANGE_NOTATION : DUTCH_PERCENT_CHANGE_NOTATION;
          expect(cell).toMatchObject({
            text: formatPercentChange(from, to, { ...base, decimals }),
            change: roundPercentChange(from, to, { decimals }),
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
