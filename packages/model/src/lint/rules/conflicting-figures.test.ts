import { describe, expect, it } from "vitest";
import type { PlanInput } from "../../schema/types.ts";
import { buildPlan, lintWith, messages } from "../test-utils.ts";

const RULE = "conflicting-figures";

type Block = NonNullable<PlanInput["observations"]>[number];

const TABLE: NonNullable<PlanInput["tables"]>[number] = {
  id: "tabel-2",
  number: 2,
  title: "Politiecijfers",
  columns: [{ id: "jaar-2015", kind: "value", period: 2015 }],
  rows: [{ series: "autokraak" }],
};

const table = (value: number): Block => ({
  origin: "table",
  table: "tabel-2",
  periods: [2015],
  values: { autokraak: [value] },
});
const text = (value: number, extra: Partial<Block> = {}): Block => ({
  origin: "text",
  section: "2. Huidige situatie",
  quote: `In 2015 waren dit er ${value}.`,
  series: "autokraak",
  period: 2015,
  value,
  ...extra,
});

const planWith = (...observations: Block[]) =>
  buildPlan({
    series: [{ id: "autokraak", label: "Auto-inbraken" }],
    areas: [{ id: "mnl", name: "Midden-Nederland", kind: "police-unit" }],
    tables: [TABLE],
    observations,
  });

describe(RULE, () => {
  it("reports two values for the same series, area and period, the text's first", () => {
    const findings = lintWith(RULE, planWith(table(63), text(65)));
    expect(messages(findings)).toMatchInlineSnapshot(`
      [
        "conflicting-figures: "Auto-inbraken" 2015 is given as 2 different values: 63 in Table 2; 65 in the text (2. Huidige situatie).",
      ]
    `);
    expect(messages(findings, "nl")).toMatchInlineSnapshot(`
      [
        "conflicting-figures: "Auto-inbraken" 2015 staat er met 2 verschillende waarden: 63 in Tabel 2; 65 in de tekst (2. Huidige situatie).",
      ]
    `);
    expect(findings[0]?.suggestion?.nl).toMatchInlineSnapshot(
      `"Controleer het cijfer bij de bron; Tabel 2 geeft 63."`,
    );
    expect(findings[0]?.locations).toEqual([
      { kind: "plan", path: ["observations", 1, "value"] },
      { kind: "plan", path: ["observations", 0, "values", "autokraak", 0] },
    ]);
  });

  it("accepts the same figure quoted twice", () => {
    expect(lintWith(RULE, planWith(table(63), text(63), text(63)))).toEqual([]);
  });

  describe("edge cases", () => {
    it("groups the places of each value: 13 once, 11 twice", () => {
      expect(
        messages(lintWith(RULE, planWith(table(11), text(13), text(11)))),
      ).toMatchInlineSnapshot(`
        [
          "conflicting-figures: "Auto-inbraken" 2015 is given as 2 different values: 11 in Table 2 and the text (2. Huidige situatie); 13 in the text (2. Huidige situatie).",
        ]
      `);
    });

    it("takes the most frequent value as the reference without a table", () => {
      const findings = lintWith(RULE, planWith(text(11), text(13), text(11)));
      expect(findings[0]?.locations[0]).toEqual({
        kind: "plan",
        path: ["observations", 1, "value"],
      });
    });

    it("does not compare different areas, and names the area when it is not the municipality", () => {
      expect(lintWith(RULE, planWith(text(63), text(65, { area: "mnl" })))).toEqual([]);
      expect(
        messages(lintWith(RULE, planWith(text(63, { area: "mnl" }), text(65, { area: "mnl" })))),
      ).toMatchInlineSnapshot(`
        [
          "conflicting-figures: "Auto-inbraken" 2015 (Midden-Nederland) is given as 2 different values: 63 in the text (2. Huidige situatie); 65 in the text (2. Huidige situatie).",
        ]
      `);
    });

    it("ignores missing values (a missing value is not 0)", () => {
      expect(lintWith(RULE, planWith(text(63), { ...text(0), value: null }))).toEqual([]);
    });
  });
});
