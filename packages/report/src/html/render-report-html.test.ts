import { loadExample } from "@ivp/testkit/load-example";
import { describe, expect, it } from "vitest";
import { injectScripts } from "../../test/hostile-text.ts";
import { evaluatePlan } from "../evaluate-plan.ts";
import { renderReportHtml, renderReportHtmlChunks } from "./render-report-html.ts";

describe("renderReportHtmlChunks", () => {
  it.each([
    ["laren-2019-2022", "nl"],
    ["laren-2019-2022", "en"],
    ["blaricum", "nl"],
    ["eemnes", "en"],
  ] as const)(
    "%s (%s): pieces that join to the report, each starting with markup",
    async (name, lang) => {
      const { plan, observations } = await loadExample(name);
      const evaluated = evaluatePlan(plan, { observations, lang });
      const chunks = renderReportHtmlChunks(evaluated);
      const whole = renderReportHtml(evaluated);
      expect(chunks.join("")).toBe(whole);
      // Never inside a character of two UTF-16 units, so encoded one by one they are the report's bytes.
      for (const chunk of chunks) expect(chunk.startsWith("<")).toBe(true);
      expect(
        Buffer.concat(chunks.map((c) => Buffer.from(c, "utf8"))).equals(Buffer.from(whole, "utf8")),
      ).toBe(true);
      // An indicator's article at a time: no piece holds most of the report.
      expect(chunks.length).toBeGreaterThan(plan.indicators.length);
      expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(whole.length / 2);
    },
  );

  it("joins to the report with hostile text and characters beyond one UTF-16 unit in the plan", async () => {
    const { plan, observations } = await loadExample("laren-2019-2022");
    const hostile = injectScripts(plan);
    // A character of two UTF-16 units, and half of one (written as U+FFFD in UTF-8).
    const odd = { ...hostile, title: `${hostile.title} \u{1F6A8} \uD83D end \uDE00` };
    const evaluated = evaluatePlan(odd, { observations });
    const chunks = renderReportHtmlChunks(evaluated);
    const whole = renderReportHtml(evaluated);
    expect(chunks.join("")).toBe(whole);
    expect(whole).not.toMatch(/<script/i);
    expect(
      Buffer.concat(chunks.map((c) => Buffer.from(c, "utf8"))).equals(Buffer.from(whole, "utf8")),
    ).toBe(true);
  });
});
