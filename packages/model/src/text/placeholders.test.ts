import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countPlaceholders, findPlaceholders } from "./placeholders.ts";

describe("findPlaceholders", () => {
  it("finds every text that starts with TODO, with its path", () => {
    const plan = {
      title: "IVP Blaricum",
      mission: "TODO: missie van het integraal veiligheidsplan van Blaricum.",
      priorities: [
        { id: "a", goals: "Minder inbraken" },
        { id: "b", goals: "  TODO: doelstelling" },
      ],
    };
    expect(findPlaceholders(plan)).toEqual([
      { path: ["mission"], text: "TODO: missie van het integraal veiligheidsplan van Blaricum." },
      { path: ["priorities", 1, "goals"], text: "TODO: doelstelling" },
    ]);
  });

  it("leaves a TODO inside a text and words that only start with the letters alone", () => {
    expect(
      findPlaceholders({ a: "Wat nog TODO is", b: "TODOS", c: "todo: klein", d: 5, e: null }),
    ).toEqual([]);
  });
});

describe("countPlaceholders", () => {
  it("counts what findPlaceholders finds in a plan, with and without placeholders", () => {
    const plan = {
      title: "IVP 2019-2022",
      mission: "TODO: missie",
      themes: [
        { id: "a", goal: "  TODO schrijf het doel", indicators: [{ id: "x", label: "TODOS" }] },
        { id: "b", goal: "Minder inbraken", indicators: [{ id: "y", label: "todo", value: 3 }] },
      ],
    };
    expect(countPlaceholders(plan)).toBe(2);
    expect(countPlaceholders(plan)).toBe(findPlaceholders(plan).length);
    expect(countPlaceholders({ ...plan, mission: "Veilig", themes: [] })).toBe(0);
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
