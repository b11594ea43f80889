import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Plan } from "@ivp/model";
import { parsePlanYaml } from "@ivp/plan-file";
import { REPO_ROOT, STATLINE_FILE } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { describe, expect, it } from "vitest";
import { ivp } from "./run-ivp.ts";

/** The inhabitants both examples import (see its README for where each figure comes from). */
const POPULATION_FILE = join(REPO_ROOT, "examples/blaricum/bronnen/bevolking-03759ned.csv");

/** A plan without the example's illustrative goal: its rows' baselines and targets, and the baseline header. */
function withoutGoals(text: string, file: string): unknown {
  const parsed = parsePlanYaml(text, file);
  if (!parsed.success) throw new Error(`${file} is not valid: ${parsed.issues[0]?.message}`);
  return {
    ...parsed.plan,
    indicatorTables: parsed.plan.indicatorTables.map((table) => ({
      ...table,
      headers: table.headers ? { ...table.headers, baseline: null } : null,
      rows: table.rows.map((row) => ({ ...row, baseline: null, target: null })),
    })),
  };
}

/**
 * examples/blaricum and examples/eemnes are what `ivp init`, `ivp import` of
 * the real StatLine export and `ivp import` of the inhabitants make, plus one
 * illustrative goal written by hand (labelled `illustrative: true`), so they
 * can be rebuilt and never drift from the tools.
 */
describe.each([
  ["blaricum", "GM0376"],
  ["eemnes", "Eemnes"],
])("examples/%s (built CLI)", (name, municipality) => {
  const example = join(REPO_ROOT, "examples", name);

  it("passes ivp validate", () => {
    const run = ivp(["validate", example]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });

  it("is what ivp init and ivp import make, with one illustrative goal", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const target = join(dir, name);
      const schema = "../../packages/model/plan.schema.json";
      const init = ivp([
        "init",
        target,
        "-m",
        municipality,
        "--period",
        "2024-2027",
        "--schema",
        schema,
      ]);
      expect(init.code).toBe(0);
      expect(ivp(["import", STATLINE_FILE, "--plan", target]).code).toBe(0);
      const population = ivp(["import", POPULATION_FILE, "--plan", target]);
      expect(population.code).toBe(0);
      expect(population.stdout).toContain("Added the source cbs-bevolking (CBS StatLine");
      expect(await readFile(join(target, "data/politie.csv"), "utf8")).toBe(
        await readFile(join(example, "data/politie.csv"), "utf8"),
      );
      const made = await readFile(join(target, "plan.yaml"), "utf8");
      const kept = await readFile(join(example, "plan.yaml"), "utf8");
      expect(withoutGoals(kept, "example")).toEqual(withoutGoals(made, "example"));
      // The one goal the example adds is marked as not adopted by the council.
      const goal = (parsePlanYaml(kept, "example") as { plan: Plan }).plan.indicatorTables[0]
        ?.rows[0];
      expect(goal).toMatchObject({
        indicator: "misdrijven-totaal",
        baseline: { period: "2022" },
        target: { kind: "relative", change: -10, period: "2027", illustrative: true },
      });
    } finally {
      await remove();
    }
  });
});

describe("the examples show the flow: changes, rates and statuses", () => {
  it("ivp status: the change since 2022, an illustrative target labelled, a verdict", () => {
    const run = ivp(["status", join(REPO_ROOT, "examples/blaricum")]);
    expect(run.code).toBe(0);
    const line = run.stdout.split("\n").find((l) => l.startsWith("misdrijven-totaal "));
    expect(line?.replace(/ {2,}/g, " | ")).toBe(
      "misdrijven-totaal | 363 (2022) | 327 (2027, illustratief) | 347 (2023) | -4% t.o.v. 363 (2022) | = verandering | 44% | niet te onderscheiden | p = 0,57 (gecorrigeerd p = 0,67): niet te onderscheiden van toeval",
    );
    expect(run.stdout).toContain(
      "misdrijven-totaal: illustratief doel, niet vastgesteld door de raad.",
    );
  });

  it("ivp status after importing a newer year: the new year and its change since the year before, with no edit of the plan", async () => {
    const { dir, remove } = await temporaryDirectory();
    try {
      const plan = join(dir, "blaricum");
      await cp(join(REPO_ROOT, "examples/blaricum"), plan, { recursive: true });
      // The plan as it was before 2023's figures were published.
      const data = join(plan, "data/politie.csv");
      const rows = (await readFile(data, "utf8")).split("\n");
      await writeFile(
        data,
        rows.filter((r) => !r.startsWith("misdrijven-totaal,GM0376,2023,")).join("\n"),
      );
      const cells = (output: string) =>
        output
          .split("\n")
          .find((l) => l.startsWith("misdrijven-totaal "))
          ?.split(/ {2,}/);
      const before = cells(ivp(["status", plan]).stdout);
      expect(before?.slice(3, 6)).toEqual(["363 (2022)", "-", "-"]);
      expect(ivp(["import", STATLINE_FILE, "--plan", plan]).code).toBe(0);
      const after = cells(ivp(["status", plan]).stdout);
      expect(after?.slice(3, 6)).toEqual([
        "347 (2023)",
        "-4% t.o.v. 363 (2022)",
        // the previous period is the baseline's: the same change is not printed twice
        "= verandering",
      ]);
      const json = JSON.parse(ivp(["status", plan, "--format", "json"]).stdout);
      expect(json.indicators[0].previousChange).toMatchObject({
        from: { period: "2022", value: 363 },
        to: { period: "2023", value: 347 },
        change: { unit: "percent", percent: -4 },
        significance: { test: "poisson-exact" },
      });
      // R: poisson.test(c(347, 363))$p.value
      expect(json.indicators[0].previousChange.significance.pValue).toBeCloseTo(0.5735065905, 8);
    } finally {
      await remove();
    }
  });

  it("ivp compare: counts, their change and the rate where a year has inhabitants", () => {
    const run = ivp([
      "compare",
      join(REPO_ROOT, "examples/blaricum"),
      join(REPO_ROOT, "examples/eemnes"),
      "--format",
      "json",
    ]);
    expect(run.code).toBe(0);
    const text = run.stdout;
    // 363 / 12 358 x 1000 = 29.37, rounded to 29.4: Blaricum 2022 is the only year with both figures.
    expect(text).toMatch(
      /"population": 12358,\s*"populationPeriod": "2022",\s*"ratePer1000": 29\.4,/,
    );
    expect(text.match(/"ratePer1000":\s*\d/g)).toHaveLength(1);
  });
});
