import type { ProgressStatus } from "@ivp/model";
import { loadExample } from "@ivp/testkit/load-example";
import { describe, expect, it } from "vitest";
import { SCRIPT } from "../../test/hostile-text.ts";
import { evaluatePlan } from "../evaluate-plan.ts";
import { createOverview, type OverviewEntry, summariseForOverview } from "./overview.ts";
import { renderOverview } from "./render-overview.ts";

const { plan, observations } = await loadExample("laren-2019-2022");

const laren = evaluatePlan(plan, { observations });
const summary = summariseForOverview(laren, { report: "laren.html" });

/** An overview entry with every indicator at `status` (an entry is plain data). */
function entry(
  name: string,
  code: string,
  status: ProgressStatus,
  extra: Partial<OverviewEntry> = {},
): OverviewEntry {
  const figures = summary.figures.map((f) => ({ ...f, status }));
  const counts = Object.fromEntries(
    Object.keys(summary.statusCounts).map((s) => [s, s === status ? figures.length : 0]),
  ) as OverviewEntry["statusCounts"];
  return {
    ...summary,
    report: `gemeenten/${code}.html`,
    name,
    code,
    figures,
    statusCounts: counts,
    ...extra,
  };
}

const indicators = plan.indicators.map((i) => ({ id: i.id, label: i.label, unit: i.unit }));

describe("summariseForOverview", () => {
  it("gives each indicator the baseline, latest figure and status of its assessment, and the exact change", () => {
    expect(summary.code).toBe("GM0417");
    expect(summary.name).toBe("Laren");
    expect(summary.report).toBe("laren.html");
    expect(summary.planPeriod).toEqual({ start: 2019, end: 2022 });
    expect(summary.figures.map((f) => f.indicator)).toEqual(plan.indicators.map((i) => i.id));
    for (const [i, figure] of summary.figures.entries()) {
      const progress = laren.indicators[i]?.progress;
      expect(figure.status).toBe(progress?.status.effective);
      expect(figure.baseline).toEqual(
        progress?.baseline
          ? { period: progress.baseline.period, value: progress.baseline.value }
          : null,
      );
      expect(figure.latest).toEqual(
        progress?.latest ? { period: progress.latest.period, value: progress.latest.value } : null,
      );
      if (figure.change !== null) {
        // Recomputed by hand: (latest - baseline) / baseline x 100, half away from zero.
        const from = figure.baseline?.value as number;
        const to = figure.latest?.value as number;
        const exact = ((to - from) / Math.abs(from)) * 100;
        expect(figure.change).toBe(Math.sign(exact) * Math.round(Math.abs(exact)));
      }
    }
    const counted = Object.values(summary.statusCounts).reduce((a, b) => a + b, 0);
    expect(counted).toBe(plan.indicators.length);
    expect(summary.statusCounts.worse).toBe(
      laren.indicators.filter((i) => i.progress.status.effective === "worse").length,
    );
  });

  it("gives a whole year's count per 1,000 inhabitants where the inhabitants of that year are known", () => {
    const [first] = observations;
    if (!first) throw new Error("Laren has observations");
    const inhabitants = (period: string, value: number) => ({
      ...first,
      series: "inwoners",
      area: "GM0417",
      period,
      value,
    });
    const as2017 = evaluatePlan(plan, { observations, asOf: "2017" });
    const withPopulation = summariseForOverview(as2017, {
      observations: [...observations, inhabitants("2017", 11_100), inhabitants("2016", 11_000)],
    });
    expect(withPopulation.population).toEqual([
      { period: "2016", value: 11_000 },
      { period: "2017", value: 11_100 },
    ]);
    const burglaries = withPopulation.figures.find((f) => f.indicator === "woninginbraken");
    expect(burglaries?.latest).toEqual({ period: "2017", value: 79 });
    // 79 x 1000 / 11100 = 7.117...: 7.1 per 1,000.
    expect(burglaries?.ratePer1000).toBe(7.1);
    // A grade is not a count: no rate.
    expect(
      withPopulation.figures.find((f) => f.indicator === "rapportcijfer-veiligheid")?.ratePer1000,
    ).toBeNull();
    // Without the inhabitants, or for part of a year (January-October 2018), none.
    expect(summariseForOverview(as2017).figures.every((f) => f.ratePer1000 === null)).toBe(true);
    expect(summary.figures.every((f) => f.ratePer1000 === null)).toBe(true);
    const overview = createOverview({
      entries: [{ ...withPopulation, name: "Laren" }],
      indicators,
      lang: "nl",
    });
    const md = renderOverview(overview, "md");
    expect(md).toContain("| per 1.000 inwoners |");
    // Latest figure, no change (baseline and latest are both 2017), rate.
    expect(md).toContain("| 79 |  | 7,1 |");
    expect(md).toContain("Per 1.000 inwoners: Aantal woninginbraken in het laatste jaar");
    const html = renderOverview(overview, "html");
    expect(html).toContain('<td class="num" data-sort="7.1">7,1</td>');
    expect(
      renderOverview(createOverview({ entries: [summary], indicators, lang: "en" }), "md"),
    ).toContain("No figures per 1,000 inhabitants");
  });

  it("says which municipalities lack the inhabitants of their latest year", () => {
    const [first] = observations;
    if (!first) throw new Error("Laren has observations");
    const as2017 = evaluatePlan(plan, { observations, asOf: "2017" });
    const withPopulation = summariseForOverview(as2017, {
      observations: [
        ...observations,
        { ...first, series: "inwoners", area: "GM0417", period: "2017", value: 11_100 },
      ],
    });
    const without = summariseForOverview(as2017);
    const overview = createOverview({
      entries: [
        { ...withPopulation, name: "Laren" },
        { ...without, name: "Eemnes", code: "GM0317" },
      ],
      indicators,
      lang: "nl",
    });
    expect(overview.withoutInhabitants).toEqual(["GM0317"]);
    expect(renderOverview(overview, "md")).toContain(
      "leeg waar het aantal inwoners ontbreekt. Geen inwoners van het laatste jaar voor: Eemnes (GM0317).",
    );
    expect(renderOverview({ ...overview, lang: "en" }, "html")).toContain(
      "No inhabitants of the latest year for: Eemnes (GM0317).",
    );
  });

  it("has no report and a verified code unless told otherwise", () => {
    const bare = summariseForOverview(laren);
    expect(bare.report).toBeNull();
    expect(bare.codeIsSynthetic).toBe(false);
  });
});

describe("createOverview", () => {
  const overview = createOverview({
    entries: [
      entry("Eemnes", "GM0317", "achieved"),
      entry("'s-Gravenhage", "GM9103", "worse", { codeIsSynthetic: true }),
      entry("Blaricum", "GM0376", "worse"),
    ],
    indicators,
    lang: "nl",
    source: "47013NED.json",
  });

  it("sorts by name and counts the statuses per indicator", () => {
    expect(overview.entries.map((e) => e.name)).toEqual(["'s-Gravenhage", "Blaricum", "Eemnes"]);
    for (const indicator of indicators) {
      expect(overview.statusCounts[indicator.id]).toMatchObject({
        achieved: 1,
        worse: 2,
      });
    }
    expect(overview.planPeriod).toEqual({ start: 2019, end: 2022 });
    expect(overview.title).toBe("Overzicht per gemeente");
  });

  it("sorts names as localeCompare with the Dutch locale does (accents, case, apostrophes, digits)", () => {
    const names = [
      "'s-Hertogenbosch",
      "Súdwest-Fryslân",
      "Sudwest",
      "sudwest",
      "Ĳsselstein",
      "IJsselstein",
      "Ijsselstein",
      "Aa en Hunze",
      "Aalten",
      "aalten",
      "Bergen (L.)",
      "Bergen (NH.)",
      "Bergen",
      "Noardeast-Fryslân",
      "Nuenen, Gerwen en Nederwetten",
      "Ede",
      "Édé",
      "ede",
      "Gemeente 10",
      "Gemeente 9",
      "",
      "Zwolle",
      "Øster",
      "Ölst",
    ];
    const entries = names.map((name, i) =>
      entry(name, `GM${String(names.length - i).padStart(4, "0")}`, "worse"),
    );
    // Two entries with the same name: by code.
    entries.push(entry("Ede", "GM0000", "worse"));
    const sorted = createOverview({ entries, indicators, lang: "nl" }).entries;
    const expected = [...entries].sort(
      (a, b) =>
        a.name.localeCompare(b.name, "nl") || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
    expect(sorted.map((e) => `${e.name} ${e.code}`)).toEqual(
      expected.map((e) => `${e.name} ${e.code}`),
    );
  });

  it("has no shared plan period when the entries differ", () => {
    const mixed = createOverview({
      entries: [
        entry("A", "GM0001", "worse"),
        entry("B", "GM0002", "worse", { planPeriod: { start: 2020, end: 2023 } }),
      ],
      indicators,
      lang: "en",
    });
    expect(mixed.planPeriod).toBeNull();
    expect(mixed.title).toBe("Overview by municipality");
  });

  it("renders JSON that is the overview itself", () => {
    expect(JSON.parse(renderOverview(overview, "json"))).toEqual(
      JSON.parse(JSON.stringify(overview)),
    );
  });

  it("renders Markdown: a summary table, one row per municipality with a link, the synthetic code marked", () => {
    const md = renderOverview(overview, "md");
    const lines = md.split("\n");
    expect(lines[0]).toBe("# Overzicht per gemeente");
    expect(lines[2]).toBe("3 gemeenten, planperiode 2019-2022; cijfers uit 47013NED.json.");
    const rows = lines.filter((l) => l.startsWith("| [") || l.startsWith("| Gemeente"));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^\| \['s-Gravenhage\]\(gemeenten\/GM9103\.html\) \| GM9103\\\* \|/);
    expect(rows[3]).toContain("✓ doel gehaald");
    // The legend: each verdict word with its meaning in plain words.
    expect(md).toContain("**Wat de oordelen betekenen**");
    expect(md).toContain(
      "- ▲ **voor op schema**: het gaat sneller dan nodig om het doel op tijd te halen",
    );
    expect(md).toContain("\\* Synthetische gemeente (verzonnen naam en code, GM9001-GM9999)");
    // Every row has as many cells as the header.
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    for (const row of rows) expect(cells(row)).toBe(cells(rows[0] as string));
  });

  it("renders one HTML page with a sortable table, a link per municipality and the statuses as text", () => {
    const html = renderOverview(overview, "html");
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<table class="overview sortable">');
    expect(html).toContain('<a href="gemeenten/GM0376.html">Blaricum</a>');
    // The summary, the legend (a row per verdict) and the municipalities.
    expect(html.match(/<tr>/g)?.length).toBe(1 + indicators.length + 1 + 7 + 1 + 3);
    expect(html).toContain("<script>");
    expect(html).toContain('data-sort="0"');
    expect(html).toContain("doel gehaald</span>");
  });

  describe("edge cases", () => {
    it("escapes names in HTML and Markdown", () => {
      const hostile = createOverview({
        entries: [entry(`${SCRIPT} | x`, "GM0001", "worse")],
        indicators: [{ ...(indicators[0] as (typeof indicators)[number]), label: SCRIPT }],
        lang: "nl",
      });
      const html = renderOverview(hostile, "html");
      expect(html).not.toContain("<script>window");
      expect(html).toContain("&lt;script&gt;window.__pwned=1&lt;/script&gt;");
      const md = renderOverview(hostile, "md");
      expect(md).not.toContain("<script>");
      expect(md).toContain("\\| x");
    });

    it("escapes a name, code and report path inside the row's attributes and links", () => {
      const name = `a "b" ${SCRIPT} & 'c'`;
      const hostile = createOverview({
        entries: [
          entry(name, `GM<1>"`, "worse", {
            report: `gemeenten/"x"<y>.html`,
            codeIsSynthetic: true,
          }),
        ],
        indicators: [{ ...(indicators[0] as (typeof indicators)[number]), label: SCRIPT }],
        lang: "en",
      });
      const html = renderOverview(hostile, "html");
      const escaped =
        "a &quot;b&quot; &lt;script&gt;window.__pwned=1&lt;/script&gt; &amp; &#39;c&#39;";
      expect(html).toContain(
        `<th scope="row" data-sort="${escaped}"><a href="gemeenten/%22x%22%3Cy%3E.html">${escaped}</a></th>`,
      );
      expect(html).toContain('<td data-sort="GM&lt;1&gt;&quot;">GM&lt;1&gt;&quot;*</td>');
      expect(html).not.toContain("<script>window");
    });

    it("an overview without municipalities still renders", () => {
      const empty = createOverview({ entries: [], indicators, lang: "en" });
      expect(renderOverview(empty, "md")).toContain("0 municipalities.");
      expect(renderOverview(empty, "html")).toContain("<tbody></tbody>");
    });
  });
});
