import { loadExample } from "@ivp/testkit/load-example";
import { describe, expect, it } from "vitest";
import { evaluatePlan, REPORT_FORMATS, renderReport } from "../src/index.ts";

describe("the report is deterministic", () => {
  it.each(REPORT_FORMATS)(
    "renders %s twice, from two evaluations, to the same bytes",
    async (format) => {
      const first = await loadExample("laren-2019-2022");
      const second = await loadExample("laren-2019-2022");
      const a = renderReport(
        evaluatePlan(first.plan, { observations: first.observations }),
        format,
      );
      const b = renderReport(
        evaluatePlan(second.plan, { observations: second.observations }),
        format,
      );
      expect(a.length).toBeGreaterThan(10_000);
      expect(a).toBe(b);
    },
  );

  it("matches the stored Markdown report of Laren", async () => {
    const { plan, observations } = await loadExample("laren-2019-2022");
    const md = renderReport(evaluatePlan(plan, { observations }), "md");
    await expect(md).toMatchFileSnapshot("./__snapshots__/laren-report.nl.generated.md");
  });

  it("matches the stored English Markdown report of Laren as of 2018-H1", async () => {
    const { plan, observations } = await loadExample("laren-2019-2022");
    const md = renderReport(
      evaluatePlan(plan, { observations, lang: "en", asOf: "2018-H1" }),
      "md",
    );
    await expect(md).toMatchFileSnapshot("./__snapshots__/laren-report.en-2018-H1.generated.md");
  });

  it("contains no date or time of the moment it was made", async () => {
    const { plan, observations } = await loadExample("laren-2019-2022");
    const html = renderReport(evaluatePlan(plan, { observations }), "html");
    const year = String(new Date().getFullYear());
    // The plan's own years end at 2022; the year of rendering must not appear.
    if (Number(year) > 2022) expect(html).not.toContain(year);
  });
});
