import { findPlaceholders } from "@ivp/model";
import { loadExample } from "@ivp/testkit/load-example";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countPlaceholders } from "./count-placeholders.ts";

describe("countPlaceholders", () => {
  it("counts what findPlaceholders finds in an example plan, with and without placeholders", async () => {
    const { plan } = await loadExample("laren-2019-2022");
    expect(countPlaceholders(plan)).toBe(findPlaceholders(plan).length);
    const unfinished = {
      ...plan,
      mission: "TODO: missie",
      themes: plan.themes.map((t, i) => (i === 0 ? { ...t, goal: "  TODO schrijf het doel" } : t)),
    };
    expect(countPlaceholders(unfinished)).toBe(findPlaceholders(unfinished).length);
    expect(countPlaceholders(unfinished)).toBeGreaterThanOrEqual(2);
  });

  it("counts as findPlaceholders on any JSON-like value", () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(
        "TODO",
        "TODO:",
        " TODO x",
        "\tTODO",
        "TODOS",
        "todo",
        "x TODO",
        "\nTODO\n",
        "TODO_x",
        "TODO-x",
      ),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        text,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 5 }), tie("node"), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(countPlaceholders(v)).toBe(findPlaceholders(v).length);
      }),
      { numRuns: 2000 },
    );
  });
});
