import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LAREN_DIR, REPO_ROOT } from "@ivp/testkit/paths";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DIST, examplePlanDirs } from "./helpers.ts";

const schema = JSON.parse(readFileSync(join(REPO_ROOT, "packages/model/plan.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: true });
// ajv-formats is CommonJS; its default export arrives as the module object under NodeNext.
(addFormats as unknown as { default: (a: Ajv2020) => void }).default?.(ajv) ??
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
const validate = ajv.compile(schema);

function readPlan(dir: string): Record<string, unknown> {
  return parse(readFileSync(join(dir, "plan.yaml"), "utf8")) as Record<string, unknown>;
}

function errorsOf(plan: unknown): string[] {
  return validate(plan)
    ? []
    : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.message}`);
}

const plans = examplePlanDirs();

describe("the published JSON Schema (packages/model/plan.schema.json)", () => {
  it("finds the example plans it checks, Laren among them", () => {
    expect(plans.map((d) => relative(REPO_ROOT, d))).toContain("examples/laren-2019-2022");
  });

  it.each(plans.map((d) => [relative(REPO_ROOT, d), d]))("validates %s", (_name, dir) => {
    expect(errorsOf(readPlan(dir))).toEqual([]);
  });

  describe("edge cases: it rejects a broken plan", () => {
    const laren = () => structuredClone(readPlan(LAREN_DIR));

    it("a misspelt field", () => {
      const plan = laren();
      plan.missoin = plan.mission;
      expect(errorsOf(plan)).toContainEqual(expect.stringMatching(/^ additionalProperties/));
    });

    it("a missing required field", () => {
      const plan = laren();
      delete plan.mission;
      expect(errorsOf(plan)).toContainEqual(expect.stringMatching(/^ required .*mission/));
    });

    it("an unknown unit", () => {
      const plan = laren();
      (plan.indicators as { unit: string }[])[0] = {
        ...(plan.indicators as object[])[0],
        unit: "aantal",
      } as { unit: string };
      expect(errorsOf(plan)).toContainEqual(expect.stringMatching(/^\/indicators\/0\/unit enum/));
    });

    it("a municipality code that is not GM and four digits", () => {
      const plan = laren();
      plan.municipality = { name: "Laren", code: "0417" };
      expect(errorsOf(plan)).toContainEqual(expect.stringMatching(/^\/municipality\/code pattern/));
    });

    it("a date of adoption that is not a date", () => {
      const plan = laren();
      plan.adoption = { by: "gemeenteraad", date: "30 januari 2019" };
      expect(errorsOf(plan)).toContainEqual(expect.stringMatching(/^\/adoption\/date/));
    });
  });

  it("is published on the site at /schema/plan.schema.json, identical to the repository's", () => {
    const published = JSON.parse(readFileSync(join(DIST, "schema/plan.schema.json"), "utf8"));
    expect(published).toEqual(schema);
  });
});
