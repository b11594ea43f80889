import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error.ts";
import { classifyRegionCode, classifyRegionName, isRollUp } from "./classify-region.ts";
import { MUNICIPALITIES, plainMunicipalityName, resolveMunicipality } from "./municipalities.ts";

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return `${error.code}: ${error.message} (${error.hint})`;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("the municipality table", () => {
  it("has every municipality of the StatLine export once, and only verified codes", () => {
    expect(MUNICIPALITIES).toHaveLength(342);
    expect(new Set(MUNICIPALITIES.map((m) => m.statlineName)).size).toBe(342);
    expect(
      Object.fromEntries(MUNICIPALITIES.filter((m) => m.code).map((m) => [m.code, m.statlineName])),
    ).toEqual({
      GM0308: "Baarn",
      GM0317: "Eemnes",
      GM0342: "Soest",
      GM0376: "Blaricum",
      GM0402: "Hilversum",
      GM0406: "Huizen",
      GM0417: "Laren (NH.)",
      GM1696: "Wijdemeren",
      GM1942: "Gooise Meren",
    });
  });
});

describe("resolveMunicipality", () => {
  it.each([
    ["GM0417", { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" }],
    ["gm0376", { name: "Blaricum", code: "GM0376" }],
    ["Laren", { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" }],
    ["Laren (NH.)", { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" }],
    [" eemnes ", { name: "Eemnes", code: "GM0317" }],
  ])("%j is %j", (input, expected) => {
    expect(resolveMunicipality(input)).toEqual(expected);
  });

  it("takes a code the table lacks from the user", () => {
    expect(resolveMunicipality("Bergen (NH.)", { code: "gm0373" })).toEqual({
      name: "Bergen",
      code: "GM0373",
      statlineName: "Bergen (NH.)",
    });
    expect(resolveMunicipality("Nieuwe Gemeente", { code: "GM9999" })).toEqual({
      name: "Nieuwe Gemeente",
      code: "GM9999",
    });
  });

  describe("refuses rather than guesses", () => {
    it.each([
      [
        "an unknown code",
        () => resolveMunicipality("GM0363"),
        'unknown-municipality: ivp does not know which municipality has the code GM0363 (give its name as StatLine writes it, with the code: --municipality "<name>" --code GM0363)',
      ],
      [
        "a name without a verified code",
        () => resolveMunicipality("Amsterdam"),
        `unknown-municipality: ivp has no verified CBS code for Amsterdam (give it: --code GMxxxx (the four digits of the municipality in CBS's "Gemeentelijke indeling"); ivp does not guess codes)`,
      ],
      [
        "a name that fits two municipalities",
        () => resolveMunicipality("Bergen"),
        'ambiguous-mapping: "Bergen" fits 2 municipalities: Bergen (L.), Bergen (NH.) (give the name as StatLine writes it, e.g. the one with the province in brackets)',
      ],
      [
        "a misspelt name",
        () => resolveMunicipality("Blaricun"),
        'unknown-municipality: ivp does not know a municipality named "Blaricun" (did you mean "Blaricum"? For a municipality that is not in ivp\'s table, give its CBS code too: --code GMxxxx)',
      ],
      [
        "a code that contradicts the table",
        () => resolveMunicipality("Blaricum", { code: "GM0317" }),
        "unknown-municipality: Blaricum has the CBS code GM0376, not GM0317 (leave out --code, or check the code)",
      ],
      [
        "a malformed code",
        () => resolveMunicipality("Blaricum", { code: "0376" }),
        'unknown-municipality: "0376" is not a CBS municipality code (a code is GM and four digits, e.g. GM0376)',
      ],
    ])("%s", (_, run, message) => {
      expect(refusal(run)).toBe(message);
    });
  });

  describe("edge cases", () => {
    it.each([
      ["Laren (NH.)", "Laren"],
      ["'s-Gravenhage (gemeente)", "'s-Gravenhage"],
      ["Bergen (L.)", "Bergen"],
      ["Gooise Meren", "Gooise Meren"],
    ])("the plain name of %s is %s", (name, plain) => {
      expect(plainMunicipalityName(name)).toBe(plain);
    });
  });
});

describe("classifying regions", () => {
  it.each([
    ["GM0417", "municipality"],
    ["WK041700", "district"],
    ["BU04170000", "neighbourhood"],
    ["PV27", "province"],
    ["LD03", "landsdeel"],
    ["NL01", "country"],
    ["XX01", "other"],
  ])("the code %s is a %s", (code, kind) => {
    expect(classifyRegionCode(code)).toBe(kind);
  });

  it.each([
    ["Nederland", "country", true],
    ["Midden-Nederland (RE)", "police-region", true],
    ["Utrecht (PV)", "province", true],
    ["Noord-Nederland (LD)", "landsdeel", true],
    ["Laren (NH.)", "municipality", false],
    ["Buitenland", "other", false],
    ["Gemeenten; niet in te delen", "other", false],
  ])("%s is a %s (roll-up: %s)", (name, kind, rollUp) => {
    expect(classifyRegionName(name)).toBe(kind);
    expect(isRollUp(classifyRegionName(name))).toBe(rollUp);
  });
});
