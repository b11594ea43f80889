import { evaluateTable, type Observation, ObservationIndex, type Plan } from "@ivp/model";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type EvaluatedPlan,
  evaluatePlan,
  renderReport,
  renderReportHtml,
  renderReportMarkdown,
  renderTable,
} from "../src/index.ts";
import { tableBodyCells } from "./html-cells.ts";
import { loadLaren } from "./laren.ts";

let plan: Plan;
let observations: readonly Observation[];
let evaluated: EvaluatedPlan;

beforeAll(async () => {
  ({ plan, observations } = await loadLaren());
  evaluated = evaluatePlan(plan, { observations });
});

/** `ivp table <plan> <id>` as TSV rows, header first. */
function ivpTable(id: string, lang: "nl" | "en" = "nl"): string[][] {
  const table = evaluateTable(plan, id, { lang, index: new ObservationIndex(observations) });
  return renderTable(table, "tsv", { lang })
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.split("\t"));
}

describe("the Laren report", () => {
  it.each(["tabel-1", "tabel-2"])(
    "shows every cell of %s in the HTML exactly as ivp table prints it",
    (id) => {
      const [header, ...rows] = ivpTable(id);
      const html = renderReportHtml(evaluated);
      expect(tableBodyCells(html, id)).toEqual(rows);
      for (const text of header?.slice(1) ?? []) expect(html).toContain(`>${text}</th>`);
    },
  );

  it.each(["tabel-1", "tabel-2"])(
    "has every line of ivp table --format md for %s in the Markdown",
    (id) => {
      const table = evaluateTable(plan, id, { index: new ObservationIndex(observations) });
      const md = renderReportMarkdown(evaluated);
      const lines = renderTable(table, "md").trimEnd().split("\n");
      expect(lines.length).toBeGreaterThan(20);
      expect(md).toContain(lines.join("\n"));
    },
  );

  it("uses English headers and notation with lang en, as ivp table --lang en does", () => {
    const english = evaluatePlan(plan, { observations, lang: "en" });
    const [header, ...rows] = ivpTable("tabel-2", "en");
    const html = renderReportHtml(english);
    expect(tableBodyCells(html, "tabel-2")).toEqual(rows);
    expect(header?.[0]).toBe("Category");
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(">Summary</h2>");
    expect(html).not.toContain("Samenvatting");
  });

  it("gives each indicator its effective baseline and target and its observed figures", () => {
    const byId = new Map(evaluated.indicators.map((i) => [i.id, i]));
    expect(byId.get("woninginbraken")).toMatchObject({
      baseline: { value: 79, period: "2017", from: "indicatoren-woninginbraken" },
      targets: [{ kind: "relative", value: 60, change: -25, period: "2021" }],
      latest: { period: "2017", value: 79, comparable: true },
      progress: null,
    });
    // The main goals print 7,5 -> 7,6 and priority 4.2 prints 7,3 -> 7,5: the first table wins.
    expect(byId.get("rapportcijfer-veiligheid")).toMatchObject({
      baseline: { value: 7.5, from: "hoofddoelstellingen" },
      targets: [{ kind: "absolute", value: 7.6 }],
    });
    expect(byId.get("rapportcijfer-leefbaarheid")?.targets[0]).toMatchObject({
      kind: "keep-level",
      value: 7.9,
    });
    const burglaries = byId.get("woninginbraken")?.observations ?? [];
    expect(burglaries.filter((o) => o.comparable).map((o) => [o.period, o.value])).toEqual([
      ["2014", 90],
      ["2015", 79],
      ["2016", 77],
      ["2017", 79],
    ]);
    expect(burglaries.find((o) => o.period === "2018-01..2018-10")).toMatchObject({
      value: 46,
      comparable: false,
    });
  });

  it("marks the indicator-table rows that print other values than the indicator uses", () => {
    const table = evaluated.indicatorTables.find((t) => t.id === "indicatoren-zorg-en-veiligheid");
    const differing = table?.rows.filter((r) => r.differsFromEffective).map((r) => r.indicator);
    expect(differing).toEqual(["rapportcijfer-veiligheid", "verwarde-personen"]);
    const main = evaluated.indicatorTables.find((t) => t.id === "hoofddoelstellingen");
    expect(main?.rows.some((r) => r.differsFromEffective)).toBe(false);
  });

  it("says honestly that no indicator is assessed", () => {
    expect(evaluated.indicators.every((i) => i.progress === null)).toBe(true);
    const md = renderReportMarkdown(evaluated);
    expect(md).toContain("| Niet beoordeeld | 16 |");
    expect(md).toContain("Voor geen ervan is een voortgangsbeoordeling gemaakt");
    const html = renderReportHtml(evaluated);
    expect(html.match(/class="status status-not-assessed"/g)?.length).toBeGreaterThanOrEqual(16);
    for (const status of ["Doel bereikt", "Achteruitgang", "Ruime vooruitgang"]) {
      // Only in the legend of the method section, never as an indicator's status.
      expect(html.split(status).length - 1).toBe(1);
    }
  });

  it("covers the Kernbeleid Veiligheid themes the priorities and themes name", () => {
    const covered = evaluated.kernbeleid.fields
      .flatMap((f) => f.themes)
      .filter((t) => t.coveredBy.length > 0)
      .map((t) => `${t.code}:${t.coveredBy.join("+")}`);
    expect(covered).toEqual([
      "1.1:zorg-en-veiligheid",
      "1.3:woninginbraken+cameratoezicht",
      "2.4:evenementen",
      "3.1:jeugdoverlast",
      "3.2:zorg-en-veiligheid",
      "4.2:brandveilig-leven",
      "4.4:rampenbestrijding",
      "5.1:radicalisering",
      "5.2:goc-hennep",
      "5.4:cybercrime",
    ]);
    expect(evaluated.kernbeleid.unknownCodes).toEqual([]);
    expect(renderReportMarkdown(evaluated)).toContain(
      "Het plan behandelt 10 van de 22 thema's in 5 van de 5 veiligheidsvelden",
    );
  });

  it("has a chart with a text alternative for every indicator with figures, and their numbers in a table", () => {
    const html = renderReportHtml(evaluated);
    for (const indicator of evaluated.indicators) {
      const drawable =
        indicator.observations.some((o) => o.comparable) ||
        indicator.baseline !== null ||
        indicator.targets.some((t) => t.value !== null);
      expect(html.includes(`id="chart-${indicator.id}"`)).toBe(drawable);
    }
    expect(html).toContain(
      '<desc id="chart-woninginbraken-desc">waargenomen: 2014: 90; 2015: 79; 2016: 77; 2017: 79. basis (2017): 79. doel (2021): 60 (-25%).</desc>',
    );
    expect(html).toContain('id="bars-tabel-1"');
    expect(html).toContain('id="bars-tabel-2"');
  });

  it("lists the actions of the execution plan with owner and status", () => {
    const md = renderReportMarkdown(evaluated);
    expect(md).toContain("| Het nieuwe Bibob-beleid vaststellen | gemeente | – | 2019 | gepland |");
    expect(md).toContain(
      '| Elke kazerne, ook de kazerne in Blaricum, krijgt basisuren per week "wijkbrandweer m/v" capaciteit toebedeeld | Veiligheidsregio Gooi en Vechtstreek (brandweer) | – | vanaf 2019 | gepland |',
    );
  });

  it("writes the evaluated plan as JSON that parses back to the same data", () => {
    const json = renderReport(evaluated, "json");
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(evaluated)));
    expect(JSON.parse(json)).toMatchObject({
      format: "ivp-evaluated-plan",
      formatVersion: 1,
      asOf: null,
    });
    // A renderer given the parsed JSON writes the same report: the JSON is complete.
    expect(renderReportHtml(JSON.parse(json))).toBe(renderReportHtml(evaluated));
  });
});

describe("--as-of", () => {
  it("uses only the figures whose period ends by then", () => {
    const asOf2017 = evaluatePlan(plan, { observations, asOf: "2017" });
    expect(asOf2017.asOf).toBe("2017");
    const tabel1 = asOf2017.tables.find((t) => t.id === "tabel-1");
    const burglaries = tabel1?.rows.find((r) => r.series === "woninginbraken");
    expect(burglaries?.cells["h1-2018"]).toMatchObject({ text: "", value: null });
    expect(burglaries?.cells.gemeente).toMatchObject({ text: "", empty: "missing-value" });
    const indicator = asOf2017.indicators.find((i) => i.id === "woninginbraken");
    expect(indicator?.observations.map((o) => o.period)).not.toContain("2018-H1");
    expect(renderReportMarkdown(asOf2017)).toContain("**Stand: waarnemingen tot en met 2017**");
  });

  it("keeps a year-to-date figure only when the as-of period reaches its last month", () => {
    const june = evaluatePlan(plan, { observations, asOf: "2018-H1" });
    const periods = june.indicators
      .find((i) => i.id === "woninginbraken")
      ?.observations.map((o) => o.period);
    expect(periods).toContain("2018-H1");
    expect(periods).not.toContain("2018-01..2018-10");
    const october = evaluatePlan(plan, { observations, asOf: "2018-10" });
    expect(
      october.indicators.find((i) => i.id === "woninginbraken")?.observations.map((o) => o.period),
    ).toContain("2018-01..2018-10");
  });

  it("rejects an as-of text that is not a period", () => {
    expect(() => evaluatePlan(plan, { asOf: "2018-H3" })).toThrowError(/is not a period/);
  });
});
