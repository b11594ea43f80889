import { describe, expect, it } from "vitest";
import {
  entryOf,
  exportedNames,
  groupOf,
  measure,
  patternOf,
} from "../scripts/bundle-contributors.ts";

// `pnpm size:why` (scripts/bundle-contributors.ts) is where the bundle figures
// of docs/benchmarks.md come from: these check that it bundles what a check
// of .size-limit.json imports, and that leaving a folder out takes its
// modules, and only what they alone reach, out of the bundle.

describe("the entry of a check", () => {
  it("imports from src/ what the check imports from dist/", () => {
    expect(
      entryOf({ name: "x", path: "dist/index.js", import: "{ parsePeriod, shiftPeriod }" }),
    ).toBe(
      'export { parsePeriod as parsePeriod_0, shiftPeriod as shiftPeriod_0 } from "./src/index.ts";',
    );
    expect(
      entryOf({
        name: "x",
        path: ["dist/index.js", "dist/lint-docs.js"],
        import: { "dist/index.js": "*", "dist/lint-docs.js": "{ lintRuleDocs }" },
      }),
    ).toBe(
      'export * from "./src/index.ts";\nexport { lintRuleDocs as lintRuleDocs_1 } from "./src/lint-docs.ts";',
    );
  });
});

describe("the exports of a module left out", () => {
  it("are its functions, constants, classes and listed values, not its types", () => {
    const source = [
      "export function a() {}",
      "export async function b() {}",
      "export const c = 1;",
      "export class D {}",
      "export interface E {}",
      "export type F = number;",
      "export { type G, h, i as j };",
    ].join("\n");
    expect(exportedNames(source).sort()).toEqual(["D", "a", "b", "c", "h", "j"]);
  });
});

describe("the groups of modules", () => {
  it("are a folder of src/ or a package", () => {
    expect(groupOf("src/statistics/poisson-test.ts")).toBe("src/statistics/");
    expect(groupOf("../../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/schemas.js")).toBe(
      "zod",
    );
    expect(groupOf("../../node_modules/.pnpm/@scope+pkg@1.0.0/node_modules/@scope/pkg/x.js")).toBe(
      "@scope/pkg",
    );
    expect(groupOf("plan.schema.json")).toBe("plan.schema.json");
  });

  it("match exactly their own modules", () => {
    const statistics = patternOf("src/statistics/");
    expect(statistics.test("/work/ivp/packages/model/src/statistics/poisson-test.ts")).toBe(true);
    expect(statistics.test("/work/ivp/packages/model/src/statisticsx/a.ts")).toBe(false);
    const zod = patternOf("zod");
    expect(zod.test("/w/node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/core/api.js")).toBe(true);
    expect(zod.test("/w/node_modules/.pnpm/zodiac@1.0.0/node_modules/zodiac/index.js")).toBe(false);
  });
});

describe("measuring a bundle", () => {
  const entry = 'export { formatPercentChange, parsePeriod } from "./src/index.ts";';

  it("counts each module's minified bytes and the brotli size of the whole", async () => {
    const whole = await measure(entry);
    expect(whole).not.toBeNull();
    const inputs = [...(whole?.inputs.keys() ?? [])];
    expect(inputs).toContain("src/period/parse-period.ts");
    expect(inputs).toContain("src/percent-change/format-percent-change.ts");
    expect(inputs.some((path) => path.startsWith("src/lint/"))).toBe(false);
    const minified = [...(whole?.inputs.values() ?? [])].reduce((sum, bytes) => sum + bytes, 0);
    expect(minified).toBeLessThanOrEqual(whole?.minified ?? 0);
    expect(whole?.brotli).toBeGreaterThan(0);
    expect(whole?.brotli).toBeLessThan(whole?.minified ?? 0);
  });

  it("leaves out a folder and what only it reaches, and keeps the rest", async () => {
    const whole = await measure(entry);
    const without = await measure(entry, patternOf("src/period/"));
    const inputs = [...(without?.inputs.keys() ?? [])];
    expect(inputs.some((path) => path.startsWith("src/period/"))).toBe(false);
    expect(inputs).toContain("src/percent-change/format-percent-change.ts");
    expect(without?.brotli).toBeLessThan(whole?.brotli ?? 0);
  });

  it("leaves out a package", async () => {
    const schema = 'export { idSchema } from "./src/index.ts";';
    const whole = await measure(schema);
    expect([...(whole?.inputs.keys() ?? [])].some((path) => groupOf(path) === "zod")).toBe(true);
    const without = await measure(schema, patternOf("zod"));
    expect([...(without?.inputs.keys() ?? [])].some((path) => groupOf(path) === "zod")).toBe(false);
    expect(without?.minified).toBeLessThan(whole?.minified ?? 0);
  });
});
