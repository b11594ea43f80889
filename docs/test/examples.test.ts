import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as model from "@ivp/model";
import { evaluateTable, ObservationIndex } from "@ivp/model";
import { loadPlan } from "@ivp/plan-file/node";
import { LAREN_DIR } from "@ivp/testkit/paths";
import { describe, expect, it } from "vitest";
import { summarisePlan } from "../examples/dashboard.ts";
import { DOCS } from "./helpers.ts";

/** Lines of an example file written as `expression; //=> result`. */
function documentedResults(file: string): { line: number; expression: string; expected: string }[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .flatMap((text, i) => {
      const match = /^(.+?);\s*\/\/=>\s*(.+)$/.exec(text.trim());
      return match ? [{ line: i + 1, expression: match[1] ?? "", expected: match[2] ?? "" }] : [];
    });
}

/** Evaluates an expression of the example with @ivp/model's exports in scope. */
function evaluate(expression: string): unknown {
  const names = Object.keys(model);
  const values = names.map((name) => (model as Record<string, unknown>)[name]);
  return new Function(...names, `return (${expression});`)(...values);
}

const exampleFiles = readdirSync(join(DOCS, "examples")).filter((f) => f.endsWith(".ts"));

describe("the docs' TypeScript examples", () => {
  const withResults = exampleFiles.flatMap((file) =>
    documentedResults(join(DOCS, "examples", file)).map((r) => ({ file, ...r })),
  );

  it("have documented results to check", () => {
    expect(withResults.length).toBeGreaterThan(0);
  });

  it.each(withResults.map((r) => [`${r.file}:${r.line}`, r]))("%s gives what it says", (_at, r) => {
    expect(evaluate(r.expression)).toEqual(JSON.parse(r.expected));
  });
});

describe("examples/dashboard.ts", () => {
  it("summarises every indicator of the Laren plan with its effective baseline and target", async () => {
    const summary = await summarisePlan(LAREN_DIR, "tabel-2");
    const loaded = await loadPlan(LAREN_DIR);
    if (!loaded.success) throw new Error("the Laren plan does not load");
    const { plan } = loaded;
    expect(summary.title).toBe(plan.title);
    expect(summary.cards.map((c) => c.id)).toEqual(plan.indicators.map((i) => i.id));
    for (const card of summary.cards) {
      // The first indicator table row that lists the indicator gives baseline and target.
      const row = plan.indicatorTables.flatMap((t) => t.rows).find((r) => r.indicator === card.id);
      const baseline = row?.baseline;
      expect(card.baseline).toBe(
        !baseline
          ? null
          : "average" in baseline
            ? `average ${baseline.average.from}-${baseline.average.to}`
            : `${baseline.value} (${baseline.period})`,
      );
      if (row?.target) expect(card.target).toContain(String(row.target.period));
      else expect(card.target).toBeNull();
    }
  });

  it("computes the same table as evaluateTable, and renders it as Markdown", async () => {
    const summary = await summarisePlan(LAREN_DIR, "tabel-2");
    const loaded = await loadPlan(LAREN_DIR);
    if (!loaded.success) throw new Error("the Laren plan does not load");
    const direct = evaluateTable(loaded.plan, "tabel-2", {
      index: new ObservationIndex(loaded.observations),
      lang: "en",
    });
    expect(summary.table.rows.map((r) => r.cells.map((c) => c.text))).toEqual(
      direct.rows.map((r) => r.cells.map((c) => c.text)),
    );
    expect(summary.tableMarkdown.split("\n").filter((l) => l.startsWith("| "))).toHaveLength(
      direct.rows.length + 2,
    );
    expect(summary.columnHeaders).toHaveLength(direct.columns.length);
  });

  describe("edge cases", () => {
    it("throws with file:line:col when the plan does not load", async () => {
      await expect(summarisePlan(join(DOCS, "no-such-plan"), "tabel-1")).rejects.toThrow(
        /no-such-plan.*no such file or directory/,
      );
    });
  });
});

describe("examples/voorbeeld-plan (the guide's plan)", () => {
  it("loads, and every printed change of its table is what ivp computes", async () => {
    const loaded = await loadPlan(join(DOCS, "examples/voorbeeld-plan"));
    if (!loaded.success) throw new Error(JSON.stringify(loaded.issues));
    const table = evaluateTable(loaded.plan, "tabel-1", {
      index: new ObservationIndex(loaded.observations),
    });
    const changes = table.rows.flatMap((r) => r.cells.filter((c) => c.kind === "change"));
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(c.kind === "change" && c.matchesPrinted).toBe(true);
  });

  it("reads its data file, with an empty value as a missing figure", async () => {
    const loaded = await loadPlan(join(DOCS, "examples/voorbeeld-plan"));
    if (!loaded.success) throw new Error(JSON.stringify(loaded.issues));
    const imported = loaded.observations.filter((o) => o.origin === "import");
    expect(imported.length).toBeGreaterThan(0);
    expect(imported.some((o) => o.value === null)).toBe(true);
  });
});
