import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { addSourceToPlan, POPULATION_SOURCE } from "./add-source.ts";

const entry =
  '{ id: cbs-bevolking, name: "CBS StatLine", kind: open-data, description: "Bevolking op 1 januari per gemeente (CBS, tabel 03759ned)", url: "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table" }';

describe("addSourceToPlan", () => {
  it("adds one line after the last item of a block list, keeping comments", () => {
    const text = [
      "id: x",
      "sources:",
      "  - id: politie",
      "    name: Politie # de cijfers",
      "    kind: open-data",
      "",
      "# Wat gemeten wordt.",
      "series: []",
      "",
    ].join("\n");
    const result = addSourceToPlan(text, POPULATION_SOURCE);
    expect(result).toBe(
      text.replace("    kind: open-data\n", `    kind: open-data\n  - ${entry}\n`),
    );
    expect(parse(result).sources[1]).toEqual(POPULATION_SOURCE);
  });

  it("adds to a flow list, and a new block when there is none", () => {
    expect(addSourceToPlan("sources: [] # geen\n", POPULATION_SOURCE)).toBe(
      `sources: [${entry}] # geen\n`,
    );
    expect(addSourceToPlan("id: x\n", POPULATION_SOURCE)).toBe(`id: x\n\nsources:\n  - ${entry}\n`);
  });

  it("leaves a plan that has the source as it is", () => {
    const text = `sources:\n  - ${entry}\n`;
    expect(addSourceToPlan(text, POPULATION_SOURCE)).toBe(text);
  });
});
