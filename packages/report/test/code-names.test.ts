import { describe, expect, it } from "vitest";
import { codeNamesIn, configurationKeys } from "./code-names.ts";

describe("the list of code names the council text must not contain", () => {
  it("follows the plan's schema: camelCase keys, nested paths and kebab-case values", () => {
    const keys = configurationKeys();
    expect(keys).toContain("targetPreference");
    expect(keys).toContain("conventions.targetPreference");
    expect(keys).toContain("conventions.multipleComparisons");
    expect(keys).toContain("stated-value");
    expect(keys).toContain("lower-is-better");
    expect(keys).not.toContain("title");
  });

  it("finds a key or a method name as a whole word only", () => {
    expect(
      codeNamesIn("beoordeeld tegen 60 (conventions.targetPreference: stated-value)."),
    ).toEqual(expect.arrayContaining(["conventions.targetPreference", "stated-value"]));
    expect(codeNamesIn("exacte Poisson-toets, als R's poisson.test")).toEqual(
      expect.arrayContaining(["Poisson", "R's", "poisson.test"]),
    );
    expect(codeNamesIn("Gecorrigeerd (Benjamini-Hochberg)")).toEqual(
      expect.arrayContaining(["benjamini-hochberg"]),
    );
    expect(codeNamesIn("Cybercrime, philosophy, Holmes, data.politie.nl")).toEqual([]);
  });
});
