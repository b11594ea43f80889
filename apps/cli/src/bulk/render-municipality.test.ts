import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  aggregateByMunicipality,
  buildImportTarget,
  createBulkTemplate,
  instantiatePlan,
  observationsFromColumns,
  POPULATION_SOURCE,
} from "@ivp/importers";
import { readSourceFile } from "@ivp/importers/node";
import { IvpError, type Observation, type Plan } from "@ivp/model";
import { evaluatePlan, type ReportFormat, renderReport } from "@ivp/report";
import { loadExample } from "@ivp/testkit/load-example";
import { type ExampleName, STATLINE_FILE } from "@ivp/testkit/paths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type PlanRecipe, planFromRecipe, renderAndWrite } from "./render-municipality.ts";

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

describe("a job whose plan is a recipe", () => {
  it("makes the plan instantiatePlan makes from the municipality's figures, and writes the bytes of a job with that plan", async () => {
    // One whole year before the plan's in the file (2022-2023): the baselines are 2022's.
    const template = createBulkTemplate({ period: { start: 2023, end: 2023 }, targetChange: -10 });
    const series = buildImportTarget(template).series;
    const { municipalities } = await aggregateByMunicipality(readSourceFile(STATLINE_FILE), {
      series,
    });
    expect(municipalities.length).toBeGreaterThan(300);
    const first = template.indicators[0]?.series ?? template.indicators[0]?.id;
    for (const [i, figures] of municipalities.slice(0, 4).entries()) {
      const columns = figures.observationColumns({ source: "politie" });
      const own = observationsFromColumns(columns);
      expect(own).toEqual(figures.observations({ source: "politie" }));
      // After the figures, an observation of the same series and year (as
      // inhabitants would come): not a figure of the plan's baselines.
      const after: Observation = {
        ...(own[0] as Observation),
        series: first as string,
        period: "2022",
        value: 999_999,
      };
      const population = i % 2 === 0;
      const recipe: PlanRecipe = {
        template: { key: "2023-2023", plan: template },
        municipality: figures.municipality,
        defaultChange: -10,
        ...(population && { populationSource: POPULATION_SOURCE }),
      };
      const expected = instantiatePlan(template, {
        municipality: figures.municipality,
        yearFigure: (s, year) => figures.year(s, year),
        defaultChange: -10,
        validate: false,
      });
      const plan = planFromRecipe(template, recipe, columns);
      expect(plan).toEqual(
        population ? { ...expected, sources: [...expected.sources, POPULATION_SOURCE] } : expected,
      );
      expect(plan.indicators.some((indicator) => indicator.baseline !== undefined)).toBe(true);
      // The check's way (the main thread's) gives the same plan.
      expect(
        planFromRecipe(template, recipe, columns, (from, fill) =>
          instantiatePlan(from, { ...fill, lang: "en" }),
        ),
      ).toEqual(plan);

      const base = (name: string) => ({
        lang: "nl" as const,
        format: "html" as const,
        path: `gemeenten/${name}.html`,
        file: join(dir, `${name}-${i}.html`),
        codeIsSynthetic: false,
      });
      // The template goes with the first job only: the thread keeps it.
      const fromRecipe = renderAndWrite({
        ...base("recipe"),
        plan: i === 0 ? recipe : { ...recipe, template: { key: "2023-2023" } },
        figures: columns,
        observations: [after],
      });
      const fromPlan = renderAndWrite({ ...base("plan"), plan, observations: [...own, after] });
      expect(fromRecipe).toEqual({ ...fromPlan, report: "gemeenten/recipe.html" });
      expect(
        (await readFile(join(dir, `recipe-${i}.html`))).equals(
          await readFile(join(dir, `plan-${i}.html`)),
        ),
      ).toBe(true);
    }
  });

  it("is an internal error when the thread was never sent its template, or the job has no figures", () => {
    const recipe = {
      template: { key: "1999-2002" },
      municipality: { code: "GM0417", name: "Laren", codeIsSynthetic: false },
      defaultChange: -10,
    };
    expect(() =>
      renderAndWrite({
        plan: recipe,
        observations: [],
        lang: "en",
        format: "md",
        path: "gemeenten/x.md",
        file: join(dir, "never.md"),
        codeIsSynthetic: false,
      }),
    ).toThrow(new IvpError("internal", "a bulk worker was not sent the template 1999-2002"));
    const template = createBulkTemplate({ period: { start: 2023, end: 2023 } });
    expect(() =>
      renderAndWrite({
        plan: { ...recipe, template: { key: "2023-2023", plan: template } },
        observations: [],
        lang: "en",
        format: "md",
        path: "gemeenten/x.md",
        file: join(dir, "never.md"),
        codeIsSynthetic: false,
      }),
    ).toThrow(new IvpError("internal", "a bulk job made from a template came without its figures"));
  });
});
