import { describe, expect, it } from "vitest";
import { findPlaceholders } from "./placeholders.ts";

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
