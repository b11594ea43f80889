import { evaluateTable, type Observation, ObservationIndex, type Plan } from "@ivp/model";
import { loadExample } from "@ivp/testkit/load-example";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type EvaluatedPlan,
  evaluatePlan,
  evaluateStatus,
  renderReport,
  renderReportHtml,
  renderReportMarkdown,
  renderTable,
  significanceSummary,
} from "../src/index.ts";
import { tableBodyCells } from "./html-cells.ts";

function fail(): never {
  throw new Error("the table has no significance");
}

let plan: Plan;
let observations: readonly Observation[];
let evaluated: EvaluatedPlan;

beforeAll(async () => {
  ({ plan, observations } = await loadExample("laren-2019-2022"));
  evaluated = evaluatePlan(plan, { observations });
});

/** `ivp table <plan> <id> --mark-chance` as TSV rows, header first. */
function ivpTable(id: string, lang: "nl" | "en" = "nl"): string[][] {
  const table = evaluateTable(plan, id, {
    lang,
    index: new ObservationIndex(observations),
    significance: true,
  });
  return (
    renderTable(table, "tsv", { lang, markChance: true })
      .split("\n")
      .filter((line) => line !== "")
      // The report shows an empty cell as "–" (with its reason for screen readers).
      .map((line, i) =>
        line
          .split("\t")
          .map((cell) => (i > 0 && (cell === "" || cell === "°") ? `–${cell}` : cell)),
      )
  );
}

describe("the Laren report", () => {
  it.each(["tabel-1", "tabel-2"])(
    "shows every cell of %s in the HTML exactly as ivp table --mark-chance prints it",
    (id) => {
      const [header, ...rows] = ivpTable(id);
      const html = renderReportHtml(evaluated);
      expect(tableBodyCells(html, id)).toEqual(rows);
      for (const text of header?.slice(1) ?? []) expect(html).toContain(`>${text}</th>`);
    },
  );

  it.each(["tabel-1", "tabel-2"])(
    "has the table of ivp table --format md --mark-chance for %s in the Markdown, with the legend",
    (id) => {
      const table = evaluateTable(plan, id, {
        index: new ObservationIndex(observations),
        significance: true,
      });
      const md = renderReportMarkdown(evaluated);
      const [tableLines] = renderTable(table, "md", { markChance: true }).split("\n\n").slice(1);
      const lines = tableLines?.split("\n") ?? [];
      expect(lines.length).toBeGreaterThan(20);
      expect(lines.some((line) => line.includes("°"))).toBe(true);
      expect(md).toContain(lines.join("\n"));
      // The council reads the legend in plain words; the test's name is in the appendix.
      const [council, appendix] = md.split("## Verantwoording");
      expect(council).toContain(
        "*° niet te onderscheiden van toeval: zo'n verandering komt ook zonder echte verandering voor. Hoe dat is getoetst, staat in de verantwoording.*",
      );
      expect(council).toContain(
        `*${significanceSummary(table.significance ?? fail(), "nl", { named: false })}*`,
      );
      expect(council).toContain("Gecorrigeerd voor het aantal toetsen (zie de verantwoording)");
      expect(council).not.toContain("Poisson");
      expect(appendix).toContain("° niet te onderscheiden van toeval (exacte Poisson-toets");
      expect(appendix).toContain("Correctie: Benjamini-Hochberg");
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

  it("gives each indicator its assessment, its targets and its observed figures", () => {
    const byId = new Map(evaluated.indicators.map((i) => [i.id, i]));
    expect(byId.get("woninginbraken")?.progress).toMatchObject({
      baseline: { value: 79, period: "2017", source: { table: "indicatoren-woninginbraken" } },
      target: { kind: "relative", value: 60, change: -25, resolved: 59, period: "2021" },
      latest: { period: "2018-01..2018-10", value: 46 },
      comparison: { method: "same-months", from: { period: "2017-01..2017-10", value: 70 } },
      status: { effective: "ahead", text: "voor op schema" },
      significance: { test: "poisson-exact", distinguishableFromChance: true },
    });
    // The main goals print 7,5 -> 7,6 and priority 4.2 prints 7,3 -> 7,5: the first table wins.
    // The field paths are written as `ivp validate` writes them (and lint.acknowledged names them).
    expect(byId.get("rapportcijfer-veiligheid")?.progress).toMatchObject({
      baseline: {
        value: 7.5,
        source: {
          table: "hoofddoelstellingen",
          row: 5,
          path: "indicatorTables[0].rows[5].baseline",
        },
      },
      target: {
        kind: "absolute",
        value: 7.6,
        source: { table: "hoofddoelstellingen", row: 5, path: "indicatorTables[0].rows[5].target" },
      },
    });
    expect(byId.get("rapportcijfer-leefbaarheid")?.targets).toMatchObject([
      { kind: "keep-level", value: 7.9 },
    ]);
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

  it("carries exactly the assessment of ivp status, indicator by indicator", () => {
    for (const asOf of [undefined, "2018-H1", "2017"]) {
      const status = evaluateStatus(plan, { observations, ...(asOf && { asOf }) });
      const report = asOf ? evaluatePlan(plan, { observations, asOf }) : evaluated;
      expect(report.indicators.map((i) => i.progress)).toEqual(status.indicators);
      expect([report.alpha, report.thresholds]).toEqual([status.alpha, status.thresholds]);
    }
  });

  it("counts the statuses in the summary and shows each with its reason, as ivp status does", () => {
    const md = renderReportMarkdown(evaluated);
    // Woninginbraken and autokraak are ahead of the line to their targets beyond chance;
    // geweld's 14 -> 20 is within chance; pogingen's target contradicts its baseline.
    expect(md).toContain(
      "| voor op schema | het gaat sneller dan nodig om het doel op tijd te halen | 2 |",
    );
    expect(md).toMatch(/\| niet te onderscheiden \| [^|]+ \| 1 \|/);
    expect(md).toMatch(/\| niet te beoordelen \| [^|]+ \| 13 \|/);
    expect(md).toMatch(/\| doel gehaald \| [^|]+ \| 0 \|/);
    expect(md).toContain(
      "Het plan heeft 16 indicatoren. Voor 3 daarvan is de voortgang naar het doel te beoordelen; 13 zijn niet te beoordelen; de reden staat bij het oordeel.",
    );
    expect(md).toContain(
      "| Aantal geweldsmisdrijven | BVH/politie | 23 | 20 (-15%) | 20 (jan-okt 2018) | +43% t.o.v. 14 (jan-okt 2017) | van het doel af | niet te onderscheiden | p = 0,39: niet te onderscheiden van toeval |",
    );
    const html = renderReportHtml(evaluated);
    expect(html.match(/class="status status-not-assessable"/g)?.length).toBeGreaterThanOrEqual(12);
    expect(html).toContain("niet te beoordelen: geen latere meting");
  });

  it("writes out every step of an assessment, with the numbers filled in", () => {
    const md = renderReportMarkdown(evaluated);
    for (const row of [
      "| doel uit de gedrukte verandering | 79 × (100 − 25) / 100 = 59,25, afgerond op 0 decimalen | 59 |",
      "| doel (y\\_T) | 60 × 70 / 79 | 53,1646 |",
      "| verwacht op de rechte lijn | 70 + (53,1646 − 70) × 0,25 | 65,7911 |",
      "| waargenomen jaarlijkse groei | (46 / 70)^(1/1) − 1 | -0,3429 |",
      "| verhouding R | -1 × -0,3429 / \\|-0,0665\\| | 5,1585 |",
    ]) {
      expect(md).toContain(row);
    }
    expect(md).toContain("- **Verwacht op de rechte lijn:** 65,8 (na 1 van 4 jaar)");
    expect(md).toContain(
      '- het gedrukte doel 60 ("60 (-25%)") klopt niet met de gedrukte verandering -25% van de basis (= 59); beoordeeld tegen 60: bij zo\'n verschil telt het gedrukte doel.',
    );
    // The calculations and tests are in the appendix, after the council text.
    const [council, appendix] = md.split("## Verantwoording");
    expect(council).not.toContain("y\\_T");
    expect(appendix).toContain("| doel (y\\_T) | 60 × 70 / 79 | 53,1646 |");
    expect(appendix).toContain(
      "| Aantal woninginbraken | exacte Poisson-toets van 46 tegen 70; verhouding 0,66 (95%-interval 0,44 tot 0,97) |",
    );
    expect(appendix).toContain(
      "- Welk doel telt als het gedrukte doel en de gedrukte verandering verschillen: het gedrukte doel (conventions.targetPreference: stated-value).",
    );
  });

  it("keeps the plan's manual status next to the automatic one, with its reason", () => {
    const overridden = {
      ...plan,
      indicators: plan.indicators.map((i) =>
        i.id === "geweld"
          ? {
              ...i,
              statusOverride: {
                status: "not-assessable" as const,
                reason: "Nieuwe registratiewijze.",
              },
            }
          : i,
      ),
    };
    const report = evaluatePlan(overridden, { observations });
    const md = renderReportMarkdown(report);
    expect(md).toContain(
      "- **Status:** niet te beoordelen (handmatig; automatisch: niet te onderscheiden). handmatige status: Nieuwe registratiewijze.",
    );
    expect(md).toMatch(/\| niet te beoordelen \| [^|]+ \| 14 \|/);
    expect(md).toContain("Eén status is met de hand gezet; de automatische status staat ernaast.");
    expect(report.indicators.find((i) => i.id === "geweld")?.progress.status).toMatchObject({
      automatic: "indistinguishable",
      effective: "not-assessable",
    });
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
        indicator.progress.baseline !== null ||
        (indicator.progress.target?.value ?? null) !== null;
      expect(html.includes(`id="chart-${indicator.id}"`)).toBe(drawable);
    }
    expect(html).toContain(
      '<desc id="chart-woninginbraken-desc">waargenomen: 2014: 90; 2015: 79; 2016: 77; 2017: 79. basis (2017): 79. doel (2021): 60 (-25%). jan-okt (dezelfde maanden van twee jaren, apart getekend, geen heel jaar): jan-okt 2017: 70; jan-okt 2018: 46. doel omgerekend naar jan-okt (2021): 53,2.</desc>',
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
      formatVersion: 2,
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
    expect(renderReportMarkdown(asOf2017)).toContain("**Peilmoment: cijfers tot en met 2017**");
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
