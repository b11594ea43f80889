import { describe, expect, it } from "vitest";
import { CRIME_TYPES, crimeCodeFromTitle, findCrimeType } from "./crime-types.ts";

describe("the crime-type table", () => {
  it("has the usual police crime types with the keys the police use", () => {
    expect(
      CRIME_TYPES.filter((t) => t.classification === "police").map(
        (t) => `${t.code} ${t.titles[0]}`,
      ),
    ).toEqual([
      "0.0.0 Totaal misdrijven",
      "1.1.1 Diefstal/inbraak woning",
      "1.2.1 Diefstal uit/vanaf motorvoertuigen",
      "1.2.3 Diefstal van brom-, snor-, fietsen",
      "1.4.5 Mishandeling",
      "1.4.6 Straatroof",
      "1.4.7 Overval",
      "2.2.1 Vernieling cq. zaakbeschadiging",
      "2.5.2 Winkeldiefstal",
    ]);
  });

  it("gives every crime type its own series id", () => {
    expect(new Set(CRIME_TYPES.map((t) => t.series)).size).toBe(CRIME_TYPES.length);
  });
});

describe("crimeCodeFromTitle", () => {
  it.each([
    [
      "1.2.3 Diefstal van brom-, snor-, fietsen",
      undefined,
      { classification: "police", code: "1.2.3" },
    ],
    ["3.7.4 Iets dat ivp niet kent", undefined, { classification: "police", code: "3.7.4" }],
    ["Totaal misdrijven", "police", { classification: "police", code: "0.0.0" }],
    ["  totaal  MISDRIJVEN. ", "police", { classification: "police", code: "0.0.0" }],
    ["Misdrijven, totaal", "cbs", { classification: "cbs", code: "T001161" }],
    ["1 Vermogensmisdrijven", "cbs", { classification: "cbs", code: "CRI1000" }],
  ] as const)("%j (%s) is %j", (title, classification, expected) => {
    expect(crimeCodeFromTitle(title, classification)).toEqual(expected);
  });

  describe("edge cases", () => {
    it("says nothing for a title of both classifications without knowing the table", () => {
      expect(crimeCodeFromTitle("Misdrijven, totaal")).toBeUndefined();
    });

    it("does not read a police key in a CBS table", () => {
      expect(crimeCodeFromTitle("1.1.1 Diefstal/inbraak woning", "cbs")).toBeUndefined();
    });

    it("finds a crime type by its code", () => {
      expect(findCrimeType("police", "1.1.1")?.series).toBe("woninginbraken");
      expect(findCrimeType("cbs", "1.1.1")).toBeUndefined();
    });
  });
});
