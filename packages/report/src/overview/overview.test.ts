import { describe, expect, it } from "vitest";
import { loadLaren, SCRIPT } from "../../test/laren.ts";
import { evaluatePlan } from "../evaluate-plan.ts";
import type { DisplayStatus } from "../evaluated-plan.ts";
import { createOverview, type OverviewEntry, summariseForOverview } from "./overview.ts";
import { renderOverview } from "./render-overview.ts";

const { plan, observations } = await loadLaren();

/** Laren evaluated with every indicator given `status`, and a fraction of 0.5. */
function evaluated(status: DisplayStatus | null) {
  return evaluatePlan(plan, {
    observations,
    ...(status !== null &&
      status !== "not-assessed" && {
        assessProgress: () => ({
          status,
          targetAchieved: null,
          fractionOfTheWay: 0.5,
          expected: null,
          onTrack: null,
          latest: null,
          components: {},
        }),
      }),
  });
}

function entry(
  name: string,
  code: string,
  status: DisplayStatus,
  extra: Partial<OverviewEntry> = {},
): OverviewEntry {
  const base = summariseForOverview(evaluated(status), { report: `gemeenten/${code}.html` });
  return { ...base, name, code, ...extra };
}

const indicators = plan.indicators.map((i) => ({ id: i.id, label: i.label, unit: i.unit }));

describe("summariseForOverview", () => {
  it("gives each indicator its baseline, latest comparable figure, the exact change and the status", () => {
    const summary = summariseForOverview(evaluated("deterioration"), { report: "laren.html" });
    const ev = evaluated("deterioration");
    expect(summary.code).toBe("GM0417");
    expect(summary.name).toBe("Laren");
    expect(summary.report).toBe("laren.html");
    expect(summary.planPeriod).toEqual({ start: 2019, end: 2022 });
    expect(summary.figures.map((f) => f.indicator)).toEqual(plan.indicators.map((i) => i.id));
    for (const [i, figure] of summary.figures.entries()) {
      const indicator = ev.indicators[i];
      expect(figure.status).toBe("deterioration");
      expect(figure.baseline).toEqual(
        indicator?.baseline
          ? { period: indicator.baseline.period, value: indicator.baseline.value }
          : null,
      );
      if (figure.change !== null) {
        // Recomputed by hand: (latest - baseline) / baseline x 100, half away from zero.
        const from = figure.baseline?.value as number;
        const to = figure.latest?.value as number;
        const exact = ((to - from) / Math.abs(from)) * 100;
        expect(figure.change).toBe(Math.sign(exact) * Math.round(Math.abs(exact)));
      }
    }
    expect(summary.statusCounts.deterioration).toBe(plan.indicators.length);
    expect(summary.statusCounts["target-achieved"]).toBe(0);
  });

  it("says 'not assessed' when the plan was evaluated without progress", () => {
    const summary = summariseForOverview(evaluated(null));
    expect(new Set(summary.figures.map((f) => f.status))).toEqual(new Set(["not-assessed"]));
    expect(summary.report).toBeNull();
    expect(summary.codeIsSynthetic).toBe(false);
  });
});

describe("createOverview", () => {
  const overview = createOverview({
    entries: [
      entry("Eemnes", "GM0317", "target-achieved"),
      entry("'s-Gravenhage", "GM9103", "deterioration", { codeIsSynthetic: true }),
      entry("Blaricum", "GM0376", "deterioration"),
    ],
    indicators,
    lang: "nl",
    source: "47013NED.json",
  });

  it("sorts by name and counts the statuses per indicator", () => {
    expect(overview.entries.map((e) => e.name)).toEqual(["'s-Gravenhage", "Blaricum", "Eemnes"]);
    for (const indicator of indicators) {
      expect(overview.statusCounts[indicator.id]).toMatchObject({
        "target-achieved": 1,
        deterioration: 2,
      });
    }
    expect(overview.planPeriod).toEqual({ start: 2019, end: 2022 });
    expect(overview.title).toBe("Overzicht per gemeente");
  });

  it("has no shared plan period when the entries differ", () => {
    const mixed = createOverview({
      entries: [
        entry("A", "GM0001", "deterioration"),
        entry("B", "GM0002", "deterioration", { planPeriod: { start: 2020, end: 2023 } }),
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
    expect(rows[3]).toContain("✓ bereikt");
    expect(md).toContain("\\* Code door ivp toegekend (GM9000-GM9999)");
    // Every row has as many cells as the header.
    const cells = (line: string) => line.split(/(?<!\\)\|/).length;
    for (const row of rows) expect(cells(row)).toBe(cells(rows[0] as string));
  });

  it("renders one HTML page with a sortable table, a link per municipality and the statuses as text", () => {
    const html = renderOverview(overview, "html");
    expect(html.startsWith('<!doctype html>\n<html lang="nl">')).toBe(true);
    expect(html).toContain('<table class="overview sortable">');
    expect(html).toContain('<a href="gemeenten/GM0376.html">Blaricum</a>');
    expect(html.match(/<tr>/g)?.length).toBe(1 + indicators.length + 1 + 3);
    expect(html).toContain("<script>");
    expect(html).toContain('data-sort="0"');
    expect(html).toContain("bereikt</span>");
  });

  describe("edge cases", () => {
    it("escapes names in HTML and Markdown", () => {
      const hostile = createOverview({
        entries: [entry(`${SCRIPT} | x`, "GM0001", "deterioration")],
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

    it("an overview without municipalities still renders", () => {
      const empty = createOverview({ entries: [], indicators, lang: "en" });
      expect(renderOverview(empty, "md")).toContain("0 municipalities.");
      expect(renderOverview(empty, "html")).toContain("<tbody></tbody>");
    });
  });
});
