import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changeBarsByElements } from "../../test/change-bars-by-elements.ts";
import type { EvaluatedFigureTable } from "../evaluated-plan.ts";
import { changeBars } from "./change-bars.ts";

/** A table's texts: plain, with markup and quotes, accented, a character beyond one UTF-16 unit. */
const text = fc.oneof(
  fc.constantFrom("rij", "Woninginbraak", `<b>"a" & 'b'</b>`, "Café → ≈", "\u{1F6A8} x", ""),
  fc.string({ maxLength: 12 }),
);
const change = fc.oneof(
  fc.constant(null),
  fc.constant(0),
  fc.integer({ min: -400, max: 900 }),
  fc.double({ min: -250, max: 250, noNaN: true }),
);
const row = fc.record({
  label: text,
  depth: fc.integer({ min: 0, max: 3 }),
  change,
  from: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.double({ min: 0, max: 30, noNaN: true })),
  to: fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(null)),
  chance: fc.constantFrom(undefined, true, false),
  reference: fc.oneof(
    fc.constant(null),
    fc.integer({ min: -300, max: 300 }),
    fc.double({ min: -50, max: 50, noNaN: true }),
  ),
});
const table = fc.record({
  id: fc.oneof(fc.constant("tabel-1"), text),
  changeHeader: text,
  referenceHeader: fc.oneof(fc.constant(null), text),
  rows: fc.array(row, { minLength: 0, maxLength: 8 }),
});

type TableInput = typeof table extends fc.Arbitrary<infer T> ? T : never;

function figureTable(t: TableInput): EvaluatedFigureTable {
  const columns = [
    {
      id: "d",
      kind: "change",
      header: t.changeHeader,
      group: null,
      period: null,
      from: "2017",
      to: "2018",
    },
    ...(t.referenceHeader === null
      ? []
      : [
          {
            id: "r",
            kind: "reference",
            header: t.referenceHeader,
            group: null,
            period: null,
            from: "2017",
            to: "2018",
          },
        ]),
  ];
  return {
    id: t.id,
    number: 1,
    title: "T",
    area: "GM0417",
    source: null,
    note: null,
    columns,
    rows: t.rows.map((r, i) => ({
      series: `s${i}`,
      label: r.label,
      depth: r.depth,
      cells: {
        d: {
          kind: "change",
          text: r.change === null ? "" : `${r.change}%`,
          change: r.change,
          from: r.from,
          to: r.to,
          empty: r.change === null ? "zero-base" : null,
          printed: null,
          matchesPrinted: null,
          ...(r.chance !== undefined && {
            significance: {
              test: "poisson-exact",
              pValue: r.chance ? 0.5 : 0.01,
              distinguishableFromChance: !r.chance,
              adjustedPValue: r.chance ? 0.5 : 0.01,
              correction: "none",
              distinguishableAfterCorrection: !r.chance,
            },
          }),
        },
        ...(r.reference !== null && {
          r: { kind: "reference", text: `${r.reference}%`, value: r.reference },
        }),
      },
    })),
  } as unknown as EvaluatedFigureTable;
}

describe("changeBars", () => {
  it("writes what it wrote with h(): the same markup for any table, in both languages", () => {
    fc.assert(
      fc.property(table, fc.constantFrom("nl", "en") as fc.Arbitrary<"nl" | "en">, (t, lang) => {
        const evaluated = figureTable(t);
        expect(changeBars(evaluated, lang)?.value).toBe(
          changeBarsByElements(evaluated, lang)?.value,
        );
      }),
      { numRuns: 3000 },
    );
  });
});
