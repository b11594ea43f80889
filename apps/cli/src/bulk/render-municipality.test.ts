import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Plan } from "@ivp/model";
import { evaluatePlan, type ReportFormat, renderReport } from "@ivp/report";
import { loadExample } from "@ivp/testkit/load-example";
import type { ExampleName } from "@ivp/testkit/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderAndWrite } from "./render-municipality.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ivp-render-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Renders and writes a plan's report as `ivp bulk` does; the file's bytes and what `ivp report` writes. */
async function written(
  name: ExampleName,
  plan: Plan,
  format: ReportFormat,
  lang: "nl" | "en" = "nl",
) {
  const { observations } = await loadExample(name);
  const file = join(dir, `${name}-${format}-${lang}`);
  const summary = renderAndWrite({
    plan,
    observations,
    lang,
    format,
    path: `gemeenten/${name}.${format}`,
    file,
    codeIsSynthetic: false,
  });
  const expected = Buffer.from(renderReport(evaluatePlan(plan, { observations, lang }), format));
  return { summary, bytes: await readFile(file), expected };
}

describe("renderAndWrite", () => {
  it("writes the bytes of the report, in every format, report after report", async () => {
    // Laren first (the largest), then smaller ones: the reused buffer leaves nothing of the one before.
    for (const name of ["laren-2019-2022", "blaricum", "eemnes"] as const) {
      const { plan } = await loadExample(name);
      for (const format of ["html", "md", "json"] as const) {
        const { summary, bytes, expected } = await written(name, plan, format, "en");
        expect(bytes.equals(expected), `${name} ${format}`).toBe(true);
        expect(summary.report).toBe(`gemeenten/${name}.${format}`);
      }
    }
  });

  it("writes a report larger than its buffer, and characters beyond one UTF-16 unit, as UTF-8", async () => {
    const { plan } = await loadExample("blaricum");
    const [first, ...rest] = plan.indicators;
    if (!first) throw new Error("Blaricum has indicators");
    // Some 1.2 MB of two-byte text (−) in one article, an emoji and a lone half of one.
    const huge: Plan = {
      ...plan,
      title: `${plan.title} \u{1F6A8} \uD83D`,
      indicators: [{ ...first, description: "a − b ≈ c ✓ ".repeat(100_000) }, ...rest],
    };
    const { bytes, expected } = await written("blaricum", huge, "html");
    expect(bytes.length).toBeGreaterThan(1 << 20);
    expect(bytes.equals(expected)).toBe(true);
    // And the next, small report after it.
    const again = await written("eemnes", (await loadExample("eemnes")).plan, "html");
    expect(again.bytes.equals(again.expected)).toBe(true);
  });
});
