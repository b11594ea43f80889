import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importIntoPlan } from "../src/node/import-into-plan.ts";
import { readSourceFile } from "../src/node/read-source-file.ts";
import { isPopulationTopic } from "../src/source-figure.ts";
import { brief, collect, planData, temporaryDirectory, writePlan } from "./helpers.ts";

/**
 * Inhabitants on 1 January (CBS table 03759ned) as StatLine downloads them: no
 * crime type, the topic "Bevolking op 1 januari". The municipality is one newer
 * than ivp's register ("Nieuwe Gemeente", GM2001) and the figures are test
 * figures: no real municipality's name carries an invented figure.
 */
const POPULATION_CSV = [
  '"Bevolking op 1 januari en gemiddeld; geslacht, leeftijd en regio"',
  '"Geslacht: Totaal mannen en vrouwen"',
  '"Leeftijd: Totaal"',
  '""',
  '"Onderwerp";"Bevolking op 1 januari";"Bevolking op 1 januari"',
  '"Perioden";"2022";"2023"',
  '"Regio\'s";"aantal";"aantal"',
  '"Nederland";"17590672";"17811291"',
  '"Nieuwe Gemeente";"12000";"12100"',
  '"Bron: CBS"',
  "",
].join("\n");

let root: { dir: string; remove: () => Promise<void> };
let source = "";
beforeAll(async () => {
  root = await temporaryDirectory();
  source = join(root.dir, "bevolking.csv");
  await writeFile(source, POPULATION_CSV);
});
afterAll(() => root.remove());

describe("importing inhabitants", () => {
  it("reads a StatLine table of inhabitants, which has no crime type", async () => {
    const figures = await collect(readSourceFile(source));
    expect(figures.map(brief)).toEqual([
      { region: "Nederland", crime: undefined, period: "2022", value: 17590672 },
      { region: "Nederland", crime: undefined, period: "2023", value: 17811291 },
      { region: "Nieuwe Gemeente", crime: undefined, period: "2022", value: 12000 },
      { region: "Nieuwe Gemeente", crime: undefined, period: "2023", value: 12100 },
    ]);
    expect(figures.every((f) => isPopulationTopic(f.topic) && !f.registeredCrimes)).toBe(true);
  });

  it("puts them into the plan's series inwoners, the population of ivp compare", async () => {
    const dir = join(root.dir, "plan");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(dir);
    const plan = await writePlan(
      dir,
      planData({
        municipality: { name: "Nieuwe Gemeente", code: "GM2001" },
        series: [
          { id: "misdrijven-totaal", label: "Totaal misdrijven", codes: { police: "0.0.0" } },
          { id: "inwoners", label: "Inwoners op 1 januari" },
        ],
        data: ["data/politie.csv"],
      }),
      { "data/politie.csv": "series,area,period,value,origin,source,note\n" },
    );
    await importIntoPlan({ plan, source });
    const text = await readFile(join(dir, "data/politie.csv"), "utf8");
    expect(text).toMatch(/^inwoners,GM2001,2022,12000,/m);
    expect(text).toMatch(/^inwoners,GM2001,2023,12100,/m);
    expect(text).not.toContain("17590672");
  });

  it.each([
    ["Bevolking op 1 januari", true],
    ["BevolkingOp1Januari_1", true],
    ["Gemiddelde bevolking", false],
    ["Geregistreerde misdrijven", false],
  ])("%j is the population topic: %s", (topic, expected) => {
    expect(isPopulationTopic(topic)).toBe(expected);
  });
});
