import { IvpError } from "@ivp/model";
import { describe, expect, it } from "vitest";
import { FORMER_MUNICIPALITIES, MUNICIPALITIES } from "./municipalities.ts";
import {
  codeOrSyntheticCode,
  isSyntheticMunicipalityCode,
  isSyntheticMunicipalityName,
  municipalityOfSyntheticCode,
  syntheticMunicipality,
} from "./synthetic-codes.ts";

describe("codes of municipalities named in a data file", () => {
  it("gives every municipality of the register its own CBS code, never an invented one", () => {
    for (const entry of MUNICIPALITIES) {
      expect(codeOrSyntheticCode(entry.statlineName)).toEqual({
        code: entry.code,
        synthetic: false,
      });
    }
  });

  it("gives a former municipality in an old StatLine file its own old code", () => {
    expect(codeOrSyntheticCode("Weesp")).toEqual({ code: "GM0457", synthetic: false });
    for (const former of FORMER_MUNICIPALITIES) {
      expect(codeOrSyntheticCode(former.name)?.synthetic).toBe(false);
    }
  });

  it("gives an invented municipality its invented code, and an unknown name none", () => {
    expect(codeOrSyntheticCode("Synthetisch 042")).toEqual({ code: "GM9042", synthetic: true });
    expect(codeOrSyntheticCode("Atlantis")).toBeUndefined();
    expect(codeOrSyntheticCode("Synthetisch 000")).toBeUndefined();
  });

  describe("edge cases", () => {
    it.each([
      ["GM9001", true],
      ["GM9999", true],
      ["GM9000", false],
      ["GM0417", false],
      ["GM1992", false],
      ["gm9001", false],
      ["GM90000", false],
    ])("%s is synthetic: %s", (code, synthetic) => {
      expect(isSyntheticMunicipalityCode(code)).toBe(synthetic);
    });

    it("round-trips an invented municipality through its code and name", () => {
      const m = syntheticMunicipality(7);
      expect(m).toEqual({
        code: "GM9007",
        name: "Synthetisch 007",
        statlineName: "Synthetisch 007",
      });
      expect(municipalityOfSyntheticCode("GM9007")).toEqual(m);
      expect(isSyntheticMunicipalityName(m.name)).toBe(true);
      expect(municipalityOfSyntheticCode("GM0417")).toBeUndefined();
      expect(() => syntheticMunicipality(0)).toThrow(IvpError);
      expect(() => syntheticMunicipality(1000)).toThrow(IvpError);
    });
  });
});
