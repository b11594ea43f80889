import { larenPlanYaml } from "@ivp/testkit/laren";
import { describe, expect, it } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { YamlLocator, yamlPositions } from "./yaml-locator.ts";

function locator(text: string): YamlLocator {
  const lines = new LineCounter();
  return new YamlLocator(parseDocument(text, { lineCounter: lines }), lines);
}

describe("yamlPositions", () => {
  it("gives for every field of the Laren plan the place YamlLocator.locate gives", () => {
    const text = larenPlanYaml();
    const positions = yamlPositions(text);
    const locate = locator(text);
    const keys = Object.keys(positions);
    expect(keys.length).toBeGreaterThan(1000);
    for (const key of keys) {
      const path =
        key === "" ? [] : key.split("\u001f").map((s) => (/^\d+$/.test(s) ? Number(s) : s));
      const { line, column } = locate.locate(path);
      expect([key, positions[key]]).toEqual([key, [line, column]]);
    }
  });

  it("records a sequence item at the item, an empty value just after its key, the first of two equal keys", () => {
    const text = "a:\n  - x\n  - { b: 1 }\nempty:\nc: 1\nc: 2\n";
    const positions = yamlPositions(text);
    expect(positions[""]).toEqual([1, 1]);
    expect(positions.a).toEqual([2, 3]);
    expect(positions["a\u001f0"]).toEqual([2, 5]);
    expect(positions["a\u001f1\u001fb"]).toEqual([3, 10]);
    expect(positions.empty).toEqual([4, 7]);
    expect(locator(text).locate(["empty"])).toEqual({ line: 4, column: 7 });
    expect(positions.c).toEqual([5, 4]);
  });

  it("keeps keys such as __proto__ as plain entries", () => {
    const positions = yamlPositions("__proto__: 1\nconstructor: 2\n");
    expect(Object.hasOwn(positions, "__proto__")).toBe(true);
    expect(positions.constructor).toEqual([2, 14]);
  });
});
