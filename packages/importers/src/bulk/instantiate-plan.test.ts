import { IvpError, type Plan } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { wordImportError } from "../messages/word-import-error.ts";
import type { BulkMunicipality } from "./bulk-municipality.ts";
import { createBulkTemplate } from "./bulk-template.ts";
import { instantiatePlan } from "./instantiate-plan.ts";

const LAREN: BulkMunicipality = {
  code: "GM0417",
  codeIsSynthetic: false,
  name: "Laren",
  statlineName: "Laren (NH.)",
};
const template = createBulkTemplate({ period: { start: 2020, end: 2023 } });
/** Figures: 100 + the year's last two digits, for every series; none for overvallen. */
const yearFigure = (series: string, year: number) =>
  series === "geweld-overval" ? undefined : 100 + (year % 100);

describe("createBulkTemplate", () => {
  it("is the ivp init plan with a default target for every indicator and one table from the baseline year", () => {
    expect(template.indicators.map((i) => [i.id, i.targets])).toEqual(
      template.series
        .filter((s) => s.codes?.police)
        .map((s) => [s.id, [{ kind: "relative", change: -10, period: "2023" }]]),
    );
    const [table] = template.tables;
    expect(table?.columns.map((c) => c.id)).toEqual([
      "jaar-2019",
      "jaar-2020",
      "jaar-2021",
      "jaar-2022",
      "jaar-2023",
      "ontwikkeling-jaar",
      "ontwikkeling-nulmeting",
    ]);
    expect(table?.columns.slice(-2)).toMatchObject([
      { kind: "change", from: "2022", to: "2023" },
      { kind: "change", from: "2019", to: "2023" },
    ]);
    expect(template.mission).toContain("standaarddoelen (-10% in 2023 ten opzichte van 2019)");
  });

  it("takes another change, and leaves out the change from the year before when that is the baseline", () => {
    const short = createBulkTemplate({ period: { start: 2023, end: 2023 }, targetChange: 5 });
    expect(short.indicators[0]?.targets).toEqual([{ kind: "relative", change: 5, period: "2023" }]);
    expect(short.tables[0]?.columns.map((c) => c.id)).toEqual([
      "jaar-2022",
      "jaar-2023",
      "ontwikkeling-nulmeting",
    ]);
  });

  it("is the same made from a template of another period as made from the plan text", () => {
    const periods = [
      { start: 2000, end: 2003 },
      { start: 2020, end: 2023 },
      { start: 2023, end: 2023 },
      { start: 2019, end: 2020 },
      { start: 1999, end: 2030 },
    ];
    for (const from of periods) {
      for (const targetChange of [-10, 5]) {
        const base = createBulkTemplate({ period: from, targetChange: -25 });
        for (const period of periods) {
          const made = createBulkTemplate({ period, targetChange, from: base });
          const parsed = createBulkTemplate({ period, targetChange });
          // The same fields in the same order: the reports print them as they come.
          expect(JSON.stringify(made)).toBe(JSON.stringify(parsed));
          expect(made).toStrictEqual(parsed);
        }
      }
    }
  });
});

describe("instantiatePlan", () => {
  it("puts in the municipality, its baseline figures and the template's targets", () => {
    const plan = instantiatePlan(template, { municipality: LAREN, yearFigure });
    expect(plan.id).toBe("gm0417-2020-2023");
    expect(plan.municipality).toEqual({
      name: "Laren",
      code: "GM0417",
      statlineName: "Laren (NH.)",
    });
    expect(plan.areas).toEqual([
      { id: "GM0417", name: "Laren", kind: "municipality", code: "GM0417" },
    ]);
    expect(plan.title).toBe("Integraal Veiligheidsplan Laren 2020-2023");
    const burglary = plan.indicators.find((i) => i.id === "woninginbraken");
    expect(burglary?.baseline).toEqual({ value: 119, period: "2019" });
    expect(burglary?.targets).toEqual([{ kind: "relative", change: -10, period: "2023" }]);
    const row = plan.indicatorTables[0]?.rows.find((r) => r.indicator === "woninginbraken");
    expect(row).toMatchObject({
      baseline: { value: 119, period: "2019" },
      target: { kind: "relative", change: -10 },
    });
  });

  it("leaves an indicator without a baseline figure without a baseline", () => {
    const plan = instantiatePlan(template, { municipality: LAREN, yearFigure });
    const robbery = plan.indicators.find((i) => i.id === "geweld-overval");
    expect(robbery?.baseline).toBeUndefined();
    expect(robbery?.targets).toHaveLength(1);
    expect(
      plan.indicatorTables[0]?.rows.find((r) => r.indicator === "geweld-overval")?.baseline,
    ).toBeUndefined();
  });

  it("makes a template's targets general and drops what belonged to the template's municipality", () => {
    const own: Plan = {
      ...template,
      municipality: { name: "Blaricum", code: "GM0376" },
      title: "Veiligheidsplan Blaricum",
      areas: [
        { id: "GM0376", name: "Blaricum", kind: "municipality", code: "GM0376" },
        { id: "dorp", name: "Dorp", kind: "district" },
      ],
      indicators: template.indicators.map((i) =>
        i.id === "woninginbraken"
          ? {
              ...i,
              baseline: { value: 25, period: "2018" },
              targets: [
                {
                  kind: "relative",
                  change: -20,
                  value: 20,
                  period: "2022",
                  asPrinted: "20 (-20%)",
                },
              ],
              statusOverride: { status: "achieved", reason: "Blaricum" },
            }
          : i.id === "autokraak"
            ? { ...i, targets: [{ kind: "maximum", value: 40, period: "2023" }] }
            : i,
      ),
      tables: [
        {
          ...(template.tables[0] as Plan["tables"][number]),
          rows: [{ series: "woninginbraken", printed: { "ontwikkeling-jaar": "+5%" } }],
        },
      ],
    };
    const plan = instantiatePlan(own, { municipality: LAREN, yearFigure, defaultChange: -5 });
    expect(plan.title).toBe("Veiligheidsplan Laren");
    expect(plan.areas.map((a) => a.id)).toEqual(["GM0417"]);
    const burglary = plan.indicators.find((i) => i.id === "woninginbraken");
    expect(burglary).toMatchObject({
      baseline: { value: 118, period: "2018" },
      targets: [{ kind: "relative", change: -20, period: "2022" }],
    });
    expect(burglary?.targets?.[0]).not.toHaveProperty("value");
    expect(burglary).not.toHaveProperty("statusOverride");
    expect(plan.indicators.find((i) => i.id === "autokraak")?.targets).toEqual([
      { kind: "maximum", value: 40, period: "2023" },
    ]);
    expect(plan.tables[0]?.rows).toEqual([{ series: "woninginbraken" }]);
    expect(plan.observations).toEqual([]);
    expect(plan.data).toEqual([]);
  });

  it("gives an indicator without any target the default change", () => {
    const bare: Plan = {
      ...template,
      indicators: template.indicators.map(({ targets: _t, ...i }) => i),
    };
    const withDefault = instantiatePlan(bare, {
      municipality: LAREN,
      yearFigure,
      defaultChange: -15,
    });
    expect(withDefault.indicators[0]?.targets).toEqual([
      { kind: "relative", change: -15, period: "2023" },
    ]);
    const without = instantiatePlan(bare, { municipality: LAREN, yearFigure });
    expect(without.indicators[0]?.targets).toBeUndefined();
  });

  describe("edge cases", () => {
    it("a baseline period that is not a whole year gets no figure", () => {
      const half: Plan = {
        ...template,
        indicators: template.indicators.map((i) => ({
          ...i,
          baseline: { value: 1, period: "2019-H1" },
        })),
      };
      const plan = instantiatePlan(half, { municipality: LAREN, yearFigure });
      expect(plan.indicators.every((i) => i.baseline === undefined)).toBe(true);
    });

    it("a template that makes an invalid plan is an IvpError naming the municipality", () => {
      const broken = {
        ...template,
        indicators: [{ ...template.indicators[0], source: "nergens" }],
      } as Plan;
      expect(() => instantiatePlan(broken, { municipality: LAREN, yearFigure })).toThrow(IvpError);
      expect(() => instantiatePlan(broken, { municipality: LAREN, yearFigure })).toThrow(
        /does not make a valid plan for Laren \(GM0417\)/,
      );
    });

    /** The IvpError instantiatePlan throws for `broken`, its problem worded in `lang`. */
    function refusal(broken: Plan, lang?: "en" | "nl"): IvpError {
      try {
        instantiatePlan(broken, { municipality: LAREN, yearFigure, ...(lang && { lang }) });
      } catch (error) {
        expect(error).toBeInstanceOf(IvpError);
        return error as IvpError;
      }
      throw new Error("expected instantiatePlan to refuse the plan");
    }

    it("says so in Dutch for a Dutch reader, the problem with its field in the reader's language", () => {
      const broken = {
        ...template,
        indicators: [{ ...template.indicators[0], source: "nergens" }],
      } as Plan;
      const en = refusal(broken);
      expect(en.code).toBe("invalid-plan");
      expect(en.messageId).toBe("bulk/template-not-a-plan");
      expect(en.data?.problem).toBe('indicators[0].source: unknown source "nergens"');
      expect(en.message).toBe(
        `the template does not make a valid plan for Laren (GM0417): ${en.data?.problem}`,
      );
      const nl = refusal(broken, "nl");
      expect(nl.data?.problem).toBe('indicators[0].source: onbekende bron "nergens"');
      expect(wordImportError(nl, "nl").message).toBe(
        `het sjabloon maakt geen geldig plan voor Laren (GM0417): ${nl.data?.problem}`,
      );
    });

    it("words a schema problem in the reader's language too, not in zod's English", () => {
      const broken = {
        ...template,
        indicators: [{ ...template.indicators[0], label: 42 }],
      } as unknown as Plan;
      expect(refusal(broken).data?.problem).toBe(
        "indicators[0].label: expected text, got the number 42",
      );
      expect(refusal(broken, "nl").data?.problem).toBe(
        "indicators[0].label: tekst verwacht, maar hier staat het getal 42",
      );
    });

    it("does not change the template", () => {
      const before = JSON.stringify(template);
      instantiatePlan(template, { municipality: LAREN, yearFigure });
      expect(JSON.stringify(template)).toBe(before);
    });
  });
});
