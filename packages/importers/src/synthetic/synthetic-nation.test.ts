import { IvpError } from "@ivp/model";
import { describe, expect, it } from "vitest";
import {
  findFormerMunicipalityByName,
  findMunicipalitiesByName,
  findMunicipalityByCode,
} from "../regions/municipalities.ts";
import { isSyntheticMunicipalityCode } from "../regions/synthetic-codes.ts";
import { createSyntheticNation } from "./synthetic-nation.ts";

describe("createSyntheticNation", () => {
  const nation = createSyntheticNation({ seed: 42, years: 2, startYear: 2022 });

  it("has 342 invented municipalities: no real name, no real code", () => {
    expect(nation.municipalities).toHaveLength(342);
    expect(new Set(nation.municipalities.map((m) => m.code)).size).toBe(342);
    expect(nation.municipalities[0]).toMatchObject({
      code: "GM9001",
      statlineName: "Synthetisch 001",
    });
    for (const m of nation.municipalities) {
      expect(m.codeIsSynthetic && isSyntheticMunicipalityCode(m.code)).toBe(true);
      expect(findMunicipalityByCode(m.code)).toBeUndefined();
      expect(findMunicipalitiesByName(m.statlineName)).toEqual([]);
      expect(findFormerMunicipalityByName(m.statlineName)).toBeUndefined();
    }
  });

  it("has the police total first, then the listed crime types of ivp's table", () => {
    expect(nation.crimeTypes.map((t) => t.code)).toEqual([
      "0.0.0",
      "1.1.1",
      "1.2.1",
      "1.2.3",
      "1.4.5",
      "1.4.6",
      "1.4.7",
      "2.2.1",
      "2.5.2",
    ]);
  });

  it("is a pure function of the seed: the same seed gives the same figures, another seed others", () => {
    const again = createSyntheticNation({ seed: 42, years: 2, startYear: 2022 });
    const other = createSyntheticNation({ seed: 43, years: 2, startYear: 2022 });
    let differ = 0;
    for (let m = 0; m < 30; m++) {
      for (let month = 1; month <= 12; month++) {
        expect(again.count(m, 0, 2023, month)).toBe(nation.count(m, 0, 2023, month));
        if (other.count(m, 0, 2023, month) !== nation.count(m, 0, 2023, month)) differ++;
      }
    }
    expect(differ).toBeGreaterThan(300);
  });

  it("gives a municipality the same figures in any selection", () => {
    const few = createSyntheticNation({
      seed: 42,
      years: 2,
      startYear: 2022,
      municipalities: ["Synthetisch 017", "Synthetisch 003"],
    });
    for (let t = 0; t < nation.crimeTypes.length; t++) {
      expect(few.count(0, t, 2023, 5)).toBe(nation.count(16, t, 2023, 5));
    }
    expect(few.municipalities.map((m) => m.code)).toEqual(["GM9017", "GM9003"]);
  });

  it("keeps the total consistent with its parts and the country with its municipalities", () => {
    const few = createSyntheticNation({
      seed: 5,
      years: 1,
      startYear: 2023,
      municipalities: 12,
      missingRate: 0,
    });
    for (let month = 1; month <= 12; month++) {
      for (let m = 0; m < 12; m++) {
        let parts = 0;
        for (let t = 1; t < few.crimeTypes.length; t++) parts += few.count(m, t, 2023, month) ?? 0;
        // The total counts every crime type, the listed ones among them.
        expect(few.count(m, 0, 2023, month)).toBeGreaterThanOrEqual(parts);
      }
      for (let t = 0; t < few.crimeTypes.length; t++) {
        let sum = 0;
        for (let m = 0; m < 12; m++) sum += few.count(m, t, 2023, month) ?? 0;
        expect(few.nationalCount(t, 2023, month)).toBe(sum);
      }
    }
  });

  it("publishes about the asked share of figures as missing, never the country's", () => {
    const gappy = createSyntheticNation({ seed: 9, years: 10, missingRate: 0.05 });
    let missing = 0;
    let all = 0;
    for (let m = 0; m < 100; m++)
      for (let year = 2014; year < 2024; year++)
        for (let month = 1; month <= 12; month++) {
          all++;
          if (gappy.count(m, 1, year, month) === null) missing++;
        }
    expect(missing / all).toBeGreaterThan(0.04);
    expect(missing / all).toBeLessThan(0.06);
  });

  it("has a total of about 47 crimes per 1,000 inhabitants a year, as the country has", () => {
    let crimes = 0;
    let inhabitants = 0;
    for (const [m, municipality] of nation.municipalities.entries()) {
      inhabitants += municipality.inhabitants;
      for (let month = 1; month <= 12; month++) crimes += nation.count(m, 0, 2022, month) ?? 0;
    }
    const rate = (crimes / inhabitants) * 1000;
    expect(rate).toBeGreaterThan(35);
    expect(rate).toBeLessThan(65);
  });

  describe("edge cases", () => {
    it.each([
      [0, 0, 2021, 1],
      [0, 0, 2024, 1],
      [0, 0, 2022, 13],
      [0, 9, 2022, 1],
      [342, 0, 2022, 1],
    ])(
      "refuses a figure outside the data set: municipality %i, type %i, %i-%i",
      (m, t, year, month) => {
        expect(() => nation.count(m, t, year, month)).toThrow(IvpError);
      },
    );

    it("refuses a real or unknown municipality name", () => {
      for (const name of ["Atlantis", "Laren (NH.)"]) {
        expect(() => createSyntheticNation({ seed: 1, municipalities: [name] })).toThrow(
          `not "${name}"`,
        );
      }
    });
  });
});
