import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError } from "../import-error.ts";
import { classifyRegionCode, classifyRegionName, isRollUp } from "./classify-region.ts";
import {
  currentSuccessors,
  FORMER_MUNICIPALITIES,
  findFormerMunicipality,
  findMunicipalitiesByName,
  findMunicipalityByCode,
  MUNICIPALITIES,
  normalizeMunicipalityName,
  plainMunicipalityName,
  resolveMunicipality,
} from "./municipalities.ts";

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return `${error.code}: ${error.message} (${error.hint})`;
    throw error;
  }
  throw new Error("expected a refusal");
}

const fixture = (name: string) => new URL(`../../../../fixtures/data/${name}`, import.meta.url);

describe("the municipality register", () => {
  it("has the 342 municipalities of 2024, each code and each StatLine name once", () => {
    expect(MUNICIPALITIES).toHaveLength(342);
    expect(new Set(MUNICIPALITIES.map((m) => m.code)).size).toBe(342);
    expect(new Set(MUNICIPALITIES.map((m) => m.statlineName)).size).toBe(342);
    for (const m of MUNICIPALITIES) expect(m.code).toMatch(/^GM\d{4}$/);
  });

  it("is CBS's classification of 2024, row for row", () => {
    const csv = readFileSync(fixture("cbs-gemeenten-2024.csv"), "utf8").trim().split("\n").slice(1);
    const rows = csv.map((line) => {
      const cells = line.match(/("[^"]*"|[^,]+)/g)?.map((c) => c.replace(/^"|"$/g, "")) ?? [];
      return { code: cells[0], name: cells[1], statlineName: cells[2] };
    });
    expect(rows).toHaveLength(342);
    for (const row of rows) {
      expect(findMunicipalityByCode(row.code as string)).toMatchObject(row);
    }
  });

  it("finds every municipality of a real StatLine export by its name there", () => {
    const lines = readFileSync(fixture("statline-geregistreerde-misdrijven-2022-2023.csv"), "utf8")
      .split("\n")
      .slice(7)
      .map((line) => /^"([^"]+)";"/.exec(line)?.[1])
      .filter((name): name is string => name !== undefined && classifyRegionName(name) !== "other")
      .filter((name) => classifyRegionName(name) === "municipality");
    expect(lines).toHaveLength(342);
    for (const name of lines) {
      const found = findMunicipalitiesByName(name);
      expect(found.map((m) => m.statlineName)).toContain(name);
      expect(resolveMunicipality(name).code).toBe(found.find((m) => m.statlineName === name)?.code);
    }
  });

  it("records each merger since 2014 with a date and successors that exist", () => {
    const codes = new Set([...MUNICIPALITIES, ...FORMER_MUNICIPALITIES].map((m) => m.code));
    expect(codes.size).toBe(MUNICIPALITIES.length + FORMER_MUNICIPALITIES.length);
    for (const former of FORMER_MUNICIPALITIES) {
      expect(former.until).toMatch(/^20(1[4-9]|2\d)-\d{2}-\d{2}$/);
      expect(currentSuccessors(former.code).length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["GM0393", "2019-01-01", ["GM0394"]],
    ["GM0457", "2022-03-24", ["GM0363"]],
    ["GM0788", "2021-01-01", ["GM0757", "GM0824", "GM0855", "GM0865"]],
    ["GM0501", "2023-01-01", ["GM1992"]],
    ["GM0051", "2014-01-01", ["GM1940"]],
  ])("the old code %s ended on %s; its area is now %j", (code, until, successors) => {
    expect(findFormerMunicipality(code)?.until).toBe(until);
    expect(currentSuccessors(code).map((m) => m.code)).toEqual(successors);
  });
});

describe("resolveMunicipality", () => {
  it.each([
    ["GM0417", { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" }],
    ["gm0376", { name: "Blaricum", code: "GM0376" }],
    ["Laren", { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" }],
    ["Laren (NH.)", { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" }],
    ["laren nh", { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" }],
    [" eemnes ", { name: "Eemnes", code: "GM0317" }],
    ["Heemskerk", { name: "Heemskerk", code: "GM0396" }],
    ["'s-Hertogenbosch", { name: "'s-Hertogenbosch", code: "GM0796" }],
    ["Den Bosch", { name: "'s-Hertogenbosch", code: "GM0796" }],
    ["De Ronde Venen", { name: "De Ronde Venen", code: "GM0736" }],
    ["Vlieland", { name: "Vlieland", code: "GM0096" }],
    ["GM0392", { name: "Haarlem", code: "GM0392" }],
    ["Hengelo", { name: "Hengelo", code: "GM0164", statlineName: "Hengelo (O.)" }],
    ["Hengelo (O.)", { name: "Hengelo", code: "GM0164", statlineName: "Hengelo (O.)" }],
    ["Bergen (L.)", { name: "Bergen (L.)", code: "GM0893" }],
    ["bergen nh", { name: "Bergen (NH.)", code: "GM0373" }],
    [
      "Den Haag",
      { name: "'s-Gravenhage", code: "GM0518", statlineName: "'s-Gravenhage (gemeente)" },
    ],
    ["nuenen", { name: "Nuenen, Gerwen en Nederwetten", code: "GM0820" }],
    ["Sudwest Fryslan", { name: "Súdwest-Fryslân", code: "GM1900" }],
    ["SÚDWEST-FRYSLÂN", { name: "Súdwest-Fryslân", code: "GM1900" }],
  ])("%j is %j", (input, expected) => {
    expect(resolveMunicipality(input)).toEqual(expected);
  });

  it("accepts a code that agrees with the name, and picks among namesakes by code", () => {
    expect(resolveMunicipality("Heemskerk", { code: "gm0396" }).code).toBe("GM0396");
    expect(resolveMunicipality("Bergen", { code: "GM0893" }).code).toBe("GM0893");
  });

  it("takes name and code from the user for a municipality newer than the register", () => {
    expect(resolveMunicipality("Nieuwe Gemeente", { code: "GM2001" })).toEqual({
      name: "Nieuwe Gemeente",
      code: "GM2001",
    });
  });

  describe("refuses rather than guesses", () => {
    it.each([
      [
        "an unknown code",
        () => resolveMunicipality("GM1234"),
        "unknown-municipality: no municipality has the code GM1234 in CBS's classification of 2024-01-01 (check the code; for a municipality newer than ivp's register give its name with the code: --municipality \"<name>\" --code GM1234)",
      ],
      [
        "a name that fits two municipalities",
        () => resolveMunicipality("Bergen"),
        'ambiguous-mapping: "Bergen" fits 2 municipalities: Bergen (NH.) (GM0373), Bergen (L.) (GM0893) (give the name as StatLine writes it (e.g. "Bergen (NH.)") or the code (e.g. GM0373))',
      ],
      [
        "a misspelt name",
        () => resolveMunicipality("Blaricun"),
        'unknown-municipality: ivp does not know a municipality named "Blaricun" (did you mean "Blaricum"?)',
      ],
      [
        "a code that contradicts the name",
        () => resolveMunicipality("Heemskerk", { code: "GM0392" }),
        "unknown-municipality: Heemskerk has the CBS code GM0396, not GM0392 (GM0392 is Haarlem) (leave out --code, or give the name that belongs to GM0392)",
      ],
      [
        "a real code for an unknown name",
        () => resolveMunicipality("Nieuwe Gemeente", { code: "GM0392" }),
        'unknown-municipality: GM0392 is the CBS code of Haarlem, not of "Nieuwe Gemeente" (check the name and the code; ivp\'s register has every municipality of 2024-01-01)',
      ],
      [
        "a merged municipality's old code",
        () => resolveMunicipality("GM0393"),
        "unknown-municipality: Haarlemmerliede en Spaarnwoude (GM0393) is part of Haarlemmermeer (GM0394) since 1 January 2019 (make the plan for Haarlemmermeer: --municipality GM0394; figures StatLine publishes today are for Haarlemmermeer)",
      ],
      [
        "a merged municipality's name",
        () => resolveMunicipality("Weesp"),
        "unknown-municipality: Weesp (GM0457) is part of Amsterdam (GM0363) since 24 March 2022 (make the plan for Amsterdam: --municipality GM0363; figures StatLine publishes today are for Amsterdam)",
      ],
      [
        "a split municipality",
        () => resolveMunicipality("Haaren"),
        "unknown-municipality: Haaren (GM0788) was split between Boxtel (GM0757), Oisterwijk (GM0824), Tilburg (GM0855) and Vught (GM0865) on 1 January 2021 (split between Boxtel, Oisterwijk, Tilburg and Vught) (make the plan for one of GM0757, GM0824, GM0855, GM0865)",
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
      ["Hengelo (O.)", "Hengelo"],
      ["Gooise Meren", "Gooise Meren"],
    ])("the plain name of %s is %s", (name, plain) => {
      expect(plainMunicipalityName(name)).toBe(plain);
    });

    it.each([
      ["Súdwest-Fryslân", "sudwest fryslan"],
      ["’s-Gravenhage", "'s gravenhage"],
      ["  Nuenen,  Gerwen en Nederwetten ", "nuenen gerwen en nederwetten"],
    ])("%j compares as %j", (name, normal) => {
      expect(normalizeMunicipalityName(name)).toBe(normal);
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
    ["Weesp", "municipality", false],
    ["Synthetisch 001", "municipality", false],
    ["Buitenland", "other", false],
    ["Gemeenten; niet in te delen", "other", false],
  ])("%s is a %s (roll-up: %s)", (name, kind, rollUp) => {
    expect(classifyRegionName(name)).toBe(kind);
    expect(isRollUp(classifyRegionName(name))).toBe(rollUp);
  });
});
