import { describe, expect, it } from "vitest";
import {
  type AssessChange,
  type AssessProgress,
  type ChangeInput,
  evaluatePlan,
  type ProgressInput,
  renderReportHtml,
  renderReportMarkdown,
} from "../src/index.ts";
import { tableBodyCells } from "./html-cells.ts";
import { loadLaren } from "./laren.ts";

// These tests plug a hand-made assessor into the seam that `assessProgress`
// of @ivp/model will use, and check that the report shows what it is given:
// exactly those numbers, nothing invented.

describe("a progress assessment plugged into evaluatePlan", () => {
  it("receives each indicator with its baseline, target and figures as of the report period", async () => {
    const { plan, observations } = await loadLaren();
    const seen: ProgressInput[] = [];
    evaluatePlan(plan, {
      observations,
      asOf: "2018-H1",
      assessProgress: (input) => {
        seen.push(input);
        return null;
      },
    });
    expect(seen.map((s) => s.indicator.id)).toEqual(plan.indicators.map((i) => i.id));
    const burglaries = seen.find((s) => s.indicator.id === "woninginbraken");
    expect(burglaries?.asOf).toEqual({ year: 2018, startMonth: 1, endMonth: 6 });
    expect(burglaries?.evaluated.baseline).toMatchObject({ value: 79, period: "2017" });
    expect(burglaries?.index.get("woninginbraken", "GM0417", "2018-H1")?.value).toBe(26);
    // The as-of period limits what the assessor can see.
    expect(burglaries?.index.get("woninginbraken", "GM0417", "2018-01..2018-10")).toBeUndefined();
  });

  it("shows the status, fraction of the way, expected value and components it returns", async () => {
    const { plan, observations } = await loadLaren();
    const assess: AssessProgress = ({ indicator }) =>
      indicator.id === "woninginbraken"
        ? {
            status: "moderate-progress",
            targetAchieved: false,
            fractionOfTheWay: 0.5,
            expected: 69.5,
            onTrack: false,
            latest: { period: "2018", value: 69.5, projected: true },
            components: {
              cagrObserved: -0.12,
              cagrRequired: -0.06,
              ratio: 0.75,
              method: "open-sdg",
            },
          }
        : null;
    const evaluated = evaluatePlan(plan, { observations, assessProgress: assess });
    const md = renderReportMarkdown(evaluated);
    expect(md).toContain("| Matige vooruitgang | 1 |");
    expect(md).toContain("| Niet beoordeeld | 15 |");
    expect(md).toContain(
      "Het plan heeft 16 indicatoren; voor 1 daarvan is de voortgang beoordeeld.",
    );
    expect(md).toContain(
      "| Absoluut aantal woninginbraken | BHV/Politie | 79 | 60 (-25%) | 69,5 (2018)\\* | 50% | Matige vooruitgang |",
    );
    expect(md).toContain("- **Verwacht op de rechte lijn:** 69,5");
    expect(md).toContain("\\* prognose van het hele jaar uit een deel van het jaar");
    expect(md).toContain("| ratio | 0,75 |");
    const html = renderReportHtml(evaluated);
    expect(html).toContain('<span class="status status-moderate-progress">');
    expect(html).toContain('<th scope="row">cagrObserved</th><td class="num">-0,12</td>');
  });

  it("keeps the plan's manual status next to the automatic one, with its reason", async () => {
    const { plan, observations } = await loadLaren();
    const overridden = {
      ...plan,
      indicators: plan.indicators.map((i) =>
        i.id === "geweld"
          ? {
              ...i,
              statusOverride: {
                status: "deterioration" as const,
                reason: "Nieuwe registratiewijze.",
              },
            }
          : i,
      ),
    };
    const evaluated = evaluatePlan(overridden, { observations });
    const md = renderReportMarkdown(evaluated);
    expect(md).toContain("- **Status:** Achteruitgang (handmatig): Nieuwe registratiewijze.");
    expect(md).toContain("| Achteruitgang | 1 |");
  });
});

describe("a significance assessment plugged into evaluatePlan", () => {
  it("receives both counts of every computable change and marks what it returns", async () => {
    const { plan, observations } = await loadLaren();
    const inputs: ChangeInput[] = [];
    // A made-up rule for the test: changes between small counts are noise.
    const assess: AssessChange = (input) => {
      inputs.push(input);
      return input.from.value + input.to.value < 20
        ? { significant: false, pValue: 0.5, method: "test" }
        : { significant: true, pValue: 0.001, method: "test" };
    };
    const evaluated = evaluatePlan(plan, { observations, assessChange: assess });
    expect(inputs).toContainEqual({
      table: "tabel-1",
      column: "gemeente",
      series: "woninginbraken",
      unit: "count",
      from: { period: "2017-H1", value: 54 },
      to: { period: "2018-H1", value: 26 },
    });
    // July-December is derived (year minus January-June), and still assessed.
    expect(inputs).toContainEqual(
      expect.objectContaining({
        table: "tabel-2",
        column: "jul-dec",
        series: "woninginbraken",
        from: { period: "2016-H2", value: 43 },
        to: { period: "2017-H2", value: 25 },
      }),
    );
    const html = renderReportHtml(evaluated);
    const rows = tableBodyCells(html, "tabel-1");
    expect(rows.find((r) => r[0] === "woninginbraken")?.[5]).toBe("-52%");
    expect(rows.find((r) => r[0] === "...waaraan pogingen")?.[5]).toBe(
      "-30%° (niet te onderscheiden van toeval)",
    );
    const md = renderReportMarkdown(evaluated);
    expect(md).toContain("| ...waaraan pogingen | 12 | 6 | 10 | 7 | -30%° | -18% |");
    expect(md).toContain("*° niet te onderscheiden van toeval*");
  });
});
