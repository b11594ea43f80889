import type { EvaluatedPlan, IndicatorStatusJson, StatusJson } from "@ivp/report";
import { describe, expect, it } from "vitest";
import { runIvp } from "./run-ivp.ts";

// The report's numbers equal those of `ivp status` (issue 5): run both built
// commands on Laren, as the documents print it and as of the first half of
// 2018, and compare every indicator's assessment and what the HTML shows.

const PLAN = "examples/laren-2019-2022";

function run(args: readonly string[]): string {
  const result = runIvp(args);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

/** The text of the HTML between tags: entities decoded, screen-reader-only text and status icons left out. */
function text(html: string): string {
  return html
    .replace(/<span class="(sr-only|status-icon)"[^>]*>[^<]*<\/span>/g, "")
    .replace(/<span class="sub">/g, " | ")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();
}

/**
 * The body rows of every HTML table with this class, by the indicator each
 * links to, as cell texts (a stacked second line after " | ").
 */
function rowsByIndicator(html: string, tableClass: string): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  for (const table of html.matchAll(
    // The report's tables carry a second class, "cards" (one card per row on a phone).
    new RegExp(`<table class="${tableClass}(?: cards)?">(.*?)</table>`, "gs"),
  )) {
    const body = (table[1] ?? "").split("<tbody>")[1] ?? "";
    for (const row of body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)) {
      const id = /href="#indicator-([^"]+)"/.exec(row[1] ?? "")?.[1];
      if (!id) continue;
      const cells = [...(row[1] ?? "").matchAll(/<(th|td)[^>]*>(.*?)<\/\1>/gs)].map((c) =>
        text(c[2] ?? ""),
      );
      if (!rows.has(id)) rows.set(id, cells);
    }
  }
  return rows;
}

/** `ivp status` text: the cells of each indicator's line (columns are 2+ spaces apart). */
function statusLines(output: string, ids: readonly string[]): Map<string, string[]> {
  const lines = new Map<string, string[]>();
  for (const line of output.split("\n")) {
    const cells = line.split(/ {2,}/);
    if (cells[0] && ids.includes(cells[0])) lines.set(cells[0], cells);
  }
  return lines;
}

/** `ivp status` writes "-" where the report writes "–". */
const dash = (cell: string | undefined) => (cell === "-" ? "–" : cell);

describe.each([
  ["as of the latest figures", []],
  ["as of 2018-H1", ["--as-of", "2018-H1"]],
])("ivp report and ivp status on Laren, %s", (_name, asOf) => {
  const status = JSON.parse(run(["status", PLAN, "--format", "json", ...asOf])) as StatusJson;
  const report = JSON.parse(run(["report", PLAN, "--format", "json", ...asOf])) as EvaluatedPlan;
  const html = run(["report", PLAN, ...asOf]);
  const ids = status.indicators.map((i) => i.id);
  const byId = new Map(report.indicators.map((i) => [i.id, i.progress]));

  it("assess the same indicators as of the same period, at the same level", () => {
    expect(report.indicators.map((i) => i.id)).toEqual(ids);
    expect(report.asOf).toBe(status.asOf);
    expect(report.alpha).toBe(status.alpha);
    expect(report.thresholds).toEqual(status.thresholds);
  });

  it.each(ids)("%s: the same status, fraction, expected value, latest figure and p-value", (id) => {
    const s = status.indicators.find((i) => i.id === id) as IndicatorStatusJson;
    const r = byId.get(id) as IndicatorStatusJson;
    expect(r.status).toEqual(s.status);
    expect(r.progress?.fractionOfWay ?? null).toBe(s.progress?.fractionOfWay ?? null);
    expect(r.progress?.expected ?? null).toBe(s.progress?.expected ?? null);
    expect(r.latest).toEqual(s.latest);
    expect(r.significance?.pValue ?? null).toBe(s.significance?.pValue ?? null);
    // And every other component: the report carries the status entry itself.
    expect(r).toEqual(s);
  });

  it("shows in the HTML summary the status, latest figure, change and target ivp status prints", () => {
    const lines = statusLines(run(["status", PLAN, ...asOf]), ids);
    const summary = rowsByIndicator(html, "summary");
    expect([...summary.keys()]).toEqual(ids);
    for (const id of ids) {
      const [, , target, latest, change, , , statusText] = lines.get(id) ?? [];
      // The council's summary: the change below the latest figure, no fraction of the way.
      const [, htmlLatest, htmlTarget, htmlStatus, ...rest] = summary.get(id) ?? [];
      expect(rest).toEqual([]);
      expect(htmlLatest).toBe(change === "-" ? dash(latest) : `${latest} | ${change}`);
      expect([htmlTarget, htmlStatus]).toEqual([target, statusText].map(dash));
    }
  });

  it("shows in the HTML goals tables the change, status and significance ivp status prints", () => {
    const lines = statusLines(run(["status", PLAN, ...asOf]), ids);
    const goals = rowsByIndicator(html, "goals");
    expect(goals.size).toBeGreaterThanOrEqual(10);
    for (const [id, cells] of goals) {
      const [, , , latest, change, , fraction, statusText, significance] = lines.get(id) ?? [];
      const [, , , htmlLatest, htmlFraction, htmlStatus, htmlSignificance] = cells;
      // The change is printed below the latest figure, the verdict below the p-value.
      expect(htmlLatest).toBe(change === "-" ? dash(latest) : `${latest} | ${change}`);
      expect(htmlFraction).toBe(dash(fraction));
      expect(htmlStatus).toBe(statusText);
      expect(htmlSignificance?.replace(" | ", ": ")).toBe(dash(significance));
    }
  });
});
