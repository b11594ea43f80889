import { loadExample } from "@ivp/testkit/load-example";
import { describe, expect, it } from "vitest";
import { evaluatePlan, renderReportHtml } from "../src/index.ts";

describe("a report says what is missing", () => {
  it("warns at the top when the plan still has TODO placeholders (Blaricum), and not otherwise (Laren)", async () => {
    const blaricum = await loadExample("blaricum");
    const html = renderReportHtml(evaluatePlan(blaricum.plan, blaricum));
    const header = html.slice(html.indexOf("<header>"), html.indexOf("</header>"));
    expect(header).toMatch(
      /^<header><p class="placeholders" role="note"><strong>Dit plan is nog niet af: \d+ teksten zijn nog een plaatshouder \(beginnend met TODO\)/,
    );
    const laren = await loadExample("laren-2019-2022");
    expect(renderReportHtml(evaluatePlan(laren.plan, laren))).not.toContain('class="placeholders"');
  });

  it.each([
    ["laren-2019-2022", ["geen percentage: het oude cijfer is 0"]],
    ["blaricum", ["geen cijfer", "geen percentage: een van beide cijfers ontbreekt"]],
  ] as const)("shows an empty figure cell of %s as – with its reason", async (name, reasons) => {
    const { plan, observations } = await loadExample(name);
    const html = renderReportHtml(evaluatePlan(plan, { observations }));
    const empty = [
      ...html.matchAll(
        /<td class="num empty" title="([^"]+)">–<span class="sr-only"> \(([^)]+)\)<\/span><\/td>/g,
      ),
    ];
    for (const [, title, spoken] of empty) expect(spoken).toBe(title);
    expect([...new Set(empty.map((e) => e[1]))].sort()).toEqual([...reasons].sort());
    expect(html).not.toContain('<td class="num"></td>');
  });
});

describe("a target the council did not adopt", () => {
  it("is labelled illustrative in the report's tables and in the indicator's facts (Blaricum)", async () => {
    const blaricum = await loadExample("blaricum");
    const html = renderReportHtml(evaluatePlan(blaricum.plan, blaricum));
    expect(html).toContain("327 (2027, illustratief)");
    expect(html).toContain("327 (-10%) in 2027 (illustratief doel, niet vastgesteld door de raad)");
    const laren = await loadExample("laren-2019-2022");
    expect(renderReportHtml(evaluatePlan(laren.plan, laren))).not.toContain("illustratief");
  });
});
