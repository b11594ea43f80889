import { countPlaceholders, type Plan } from "@ivp/model";
import { loadExample } from "@ivp/testkit/load-example";
import { describe, expect, it } from "vitest";
import { injectScripts } from "../../test/hostile-text.ts";
import { htmlText } from "../escape.ts";
import { evaluatePlan } from "../evaluate-plan.ts";
import { messagesFor } from "../i18n/messages.ts";
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

describe("a plan changed in place between two renders", () => {
  // Nothing is kept between reports by the identity of a plan's arrays: a
  // library user may change a plan and render it again, and the report must
  // show the plan as it is then (an earlier round kept the Kernbeleid section
  // and the header's count by array and showed the old ones).
  it("gets the Kernbeleid section and the header's count of the changed plan", async () => {
    const { plan, observations } = await loadExample("laren-2019-2022");
    const copy = structuredClone(plan);
    const before = renderReportHtml(evaluatePlan(copy, { observations }));
    const theme = copy.themes[0] as Plan["themes"][number];
    (theme as { title: string }).title = "TODO: andere titel";
    (theme as { kernbeleid: string[] }).kernbeleid.push("9.9");
    const after = renderReportHtml(evaluatePlan(copy, { observations }));
    expect(after).not.toBe(before);
    expect(after).toBe(renderReportHtml(evaluatePlan(structuredClone(copy), { observations })));
    expect(after).toContain("9.9: ");
    expect(after).toContain('<p class="placeholders" role="note">');
  });
});

describe("the header's count of placeholders", () => {
  it("is countPlaceholders of the plan, for plans that share their arrays too", async () => {
    const { plan, observations } = await loadExample("laren-2019-2022");
    const m = messagesFor(plan.language);
    const notice = (html: string) =>
      /<p class="placeholders" role="note"><strong>([^<]*)<\/strong><\/p>/.exec(html)?.[1] ?? null;
    const todo: Plan = {
      ...plan,
      mission: "TODO: missie",
      themes: plan.themes.map((t, i) => (i === 0 ? { ...t, title: "TODO: titel" } : t)),
      sections: [...plan.sections, { title: "Nog te doen", text: "  TODO schrijven" }],
    };
    // Plans that share todo's arrays (as ivp bulk's share their template's), with more, fewer and none.
    const plans: Plan[] = [
      todo,
      { ...todo, title: "TODO: ander plan" },
      { ...todo, themes: todo.themes.slice(1) },
      { ...todo, sections: todo.sections.slice(0, -1) },
      todo,
      plan,
      structuredClone(todo),
    ];
    const counts = plans.map((p) => countPlaceholders(p));
    expect(new Set(counts).size).toBeGreaterThan(3);
    for (const p of plans) {
      const count = countPlaceholders(p);
      expect(notice(renderReportHtml(evaluatePlan(p, { observations })))).toBe(
        count > 0 ? htmlText(m.placeholders(count)) : null,
      );
    }
  });
});
