import { type ComparisonInput, compareAreas, planSchema } from "@ivp/model";
import { observationsBySeries } from "@ivp/testkit/observations";
import { describe, expect, it } from "vitest";
import { renderComparison } from "./render-comparison.ts";

function input(
  code: string,
  name: string,
  figures: Record<string, Record<string, number | null>>,
): ComparisonInput {
  const plan = planSchema.parse({
    schemaVersion: 1,
    id: name.toLowerCase(),
    title: `IVP ${name}`,
    municipality: { name, code },
    period: { start: 2024, end: 2027 },
    mission: "Veilig.",
    series: [
      { id: "misdrijven-totaal", label: "Totaal misdrijven", codes: { police: "0.0.0" } },
      { id: "inwoners", label: "Inwoners" },
    ],
    indicators: [{ id: "misdrijven-totaal", label: "Totaal misdrijven", unit: "count" }],
  });
  const observations = observationsBySeries(figures, { area: code });
  return { plan, observations };
}

// Test figures; the populations are not real ones.
const comparison = compareAreas([
  input("GM0376", "Blaricum", {
    "misdrijven-totaal": { "2022": 363, "2023": 347 },
    inwoners: { "2022": 12000 },
  }),
  input("GM0317", "Eemnes", { "misdrijven-totaal": { "2022": 233, "2023": 264 } }),
]);

describe("renderComparison", () => {
  it("writes aligned text: per municipality the count, its change against the year before and the rate", () => {
    const lines = renderComparison(comparison, "text").split("\n");
    expect(lines[0]).toBe("Totaal misdrijven (misdrijven-totaal)");
    expect(lines.slice(1, 4).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      [
        "periode",
        "Blaricum",
        "t.o.v. jaar ervoor",
        "per 1.000 inw.",
        "Eemnes",
        "t.o.v. jaar ervoor",
        "per 1.000 inw.",
      ],
      ["2022", "363", "30,3", "233", "."], // no 2021: no change
      ["2023", "347", "-4%", ".", "264", "+13%", "."], // 363 -> 347 = -4.4%; 233 -> 264 = +13.3%
    ]);
  });

  it("writes English notation with --lang en", () => {
    expect(renderComparison(comparison, "text", { lang: "en" }).split("\n")[1]?.trim()).toMatch(
      /^period\s+Blaricum\s+vs year before\s+per 1,000 inh\./,
    );
    expect(renderComparison(comparison, "text", { lang: "en" })).toContain("30.3");
  });

  it("writes Markdown tables", () => {
    expect(renderComparison(comparison, "md")).toBe(
      [
        "**Totaal misdrijven (misdrijven-totaal)**",
        "",
        "| periode | Blaricum | t.o.v. jaar ervoor | per 1.000 inw. | Eemnes | t.o.v. jaar ervoor | per 1.000 inw. |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        "| 2022 | 363 |   | 30,3 | 233 |   | . |",
        "| 2023 | 347 | -4% | . | 264 | +13% | . |",
        "",
      ].join("\n"),
    );
  });

  it("writes the long form as CSV for Dutch spreadsheets, with the reason for each gap", () => {
    expect(renderComparison(comparison, "csv").split("\r\n")).toEqual([
      "\uFEFFindicator;label;period;area;municipality;count;status;population;population_period;rate_per_1000;change;change_from;rate;rate_per;gap",
      "misdrijven-totaal;Totaal misdrijven;2022;GM0376;Blaricum;363;observed;12000;2022;30,3;;;30,3;1000;",
      "misdrijven-totaal;Totaal misdrijven;2022;GM0317;Eemnes;233;observed;;;;;;;1000;no-population",
      "misdrijven-totaal;Totaal misdrijven;2023;GM0376;Blaricum;347;observed;;;;-4%;2022;;1000;no-population",
      "misdrijven-totaal;Totaal misdrijven;2023;GM0317;Eemnes;264;observed;;;;+13%;2022;;1000;no-population",
      "",
    ]);
    expect(renderComparison(comparison, "csv", { lang: "en" }).split("\r\n")[1]).toBe(
      "misdrijven-totaal,Totaal misdrijven,2022,GM0376,Blaricum,363,observed,12000,2022,30.3,,,30.3,1000,",
    );
  });

  it("writes the comparison itself as JSON", () => {
    expect(JSON.parse(renderComparison(comparison, "json"))).toEqual(
      JSON.parse(JSON.stringify(comparison)),
    );
  });

  describe("edge cases", () => {
    it("escapes labels and neutralises spreadsheet formulas", () => {
      const hostile = {
        ...comparison,
        indicators: comparison.indicators.map((i) => ({ ...i, label: '=HYPERLINK("x")<b>' })),
      };
      expect(renderComparison(hostile, "csv").split("\r\n")[1]).toContain(
        `"'=HYPERLINK(""x"")<b>"`,
      );
      expect(renderComparison(hostile, "md")).toContain("&lt;b&gt;");
    });

    it("writes nothing but the header for a comparison without indicators", () => {
      const empty = { ...comparison, indicators: [] };
      expect(renderComparison(empty, "text")).toBe("");
      expect(renderComparison(empty, "csv").split("\r\n")).toHaveLength(2);
    });
  });
});

describe("renderComparison without any population", () => {
  const bare = compareAreas([
    input("GM0376", "Blaricum", { "misdrijven-totaal": { "2022": 363 } }),
    input("GM0317", "Eemnes", { "misdrijven-totaal": { "2022": 233 } }),
  ]);

  it("leaves out the rate columns and says why", () => {
    expect(renderComparison(bare, "text")).toBe(
      [
        "Totaal misdrijven (misdrijven-totaal)",
        "periode  Blaricum  Eemnes",
        "2022          363     233",
        "",
        'Geen cijfers per 1.000 inwoners: geen van de plannen heeft het aantal inwoners (reeks "inwoners") voor deze perioden.',
        "",
      ].join("\n"),
    );
    expect(renderComparison(bare, "md", { lang: "en" })).toContain(
      '| period | Blaricum | Eemnes |\n| --- | ---: | ---: |\n| 2022 | 363 | 233 |\n\nNo rates per 1,000 inhabitants: none of the plans has the number of inhabitants (series "inwoners") for these periods.\n',
    );
  });
});
