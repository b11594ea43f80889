import { describe, expect, it } from "vitest";
import { MUNICIPALITIES } from "./municipalities.ts";
import {
  codeOrSyntheticCode,
  isSyntheticMunicipalityCode,
  municipalityOfSyntheticCode,
} from "./synthetic-codes.ts";

describe("synthetic municipality codes", () => {
  it("gives every municipality of the table one code: its verified one, else a unique one in GM9000-GM9999", () => {
    const codes = MUNICIPALITIES.map((m) => codeOrSyntheticCode(m.statlineName));
    expect(new Set(codes.map((c) => c?.code)).size).toBe(MUNICIPALITIES.length);
    for (const [i, entry] of MUNICIPALITIES.entries()) {
      const code = codes[i];
      if (entry.code) expect(code).toEqual({ code: entry.code, synthetic: false });
      else {
        expect(code?.synthetic).toBe(true);
        expect(isSyntheticMunicipalityCode(code?.code ?? "")).toBe(true);
        expect(municipalityOfSyntheticCode(code?.code ?? "")).toBe(entry);
      }
    }
  });

  it("never makes a code in the range CBS uses (below GM2000)", () => {
    for (const m of MUNICIPALITIES) {
      const code = codeOrSyntheticCode(m.statlineName);
      if (code?.synthetic) expect(Number(code.code.slice(2))).toBeGreaterThanOrEqual(9000);
    }
  });

  describe("edge cases", () => {
    it.each([
      ["GM9000", true],
      ["GM9999", true],
      ["GM0417", false],
      ["GM1992", false],
      ["gm9000", false],
      ["GM90000", false],
    ])("%s is synthetic: %s", (code, synthetic) => {
      expect(isSyntheticMunicipalityCode(code)).toBe(synthetic);
    });

    it("a synthetic code of a municipality with a verified code, or beyond the table, stands for nothing", () => {
      const laren = MUNICIPALITIES.findIndex((m) => m.code === "GM0417");
      expect(municipalityOfSyntheticCode(`GM9${String(laren).padStart(3, "0")}`)).toBeUndefined();
      expect(municipalityOfSyntheticCode("GM9999")).toBeUndefined();
      expect(codeOrSyntheticCode("Atlantis")).toBeUndefined();
    });
  });
});
