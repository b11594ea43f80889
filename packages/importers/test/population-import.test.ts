import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importIntoPlan } from "../src/node/import-into-plan.ts";
import { readSourceFile } from "../src/node/read-source-file.ts";
import { isPopulationTopic } from "../src/source-figure.ts";
import { brief, collect, loadOrFail, planData, writePlan } from "./helpers.ts";

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

  it("labels inhabitants with the CBS source, added to the plan, never the police source", async () => {
    const dir = join(root.dir, "sources");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(dir);
    const plan = await writePlan(
      dir,
      planData({
        municipality: { name: "Nieuwe Gemeente", code: "GM2001" },
        sources: [{ id: "politie", name: "Politie, open data", kind: "open-data" }],
        series: [
          { id: "misdrijven-totaal", label: "Totaal misdrijven", codes: { police: "0.0.0" } },
          { id: "inwoners", label: "Inwoners op 1 januari" },
        ],
        data: ["data/politie.csv"],
      }),
      { "data/politie.csv": "series,area,period,value,origin,source,note\n" },
    );
    const result = await importIntoPlan({ plan, source });
    expect(result.sourceAdded).toEqual({ id: "cbs-bevolking", name: "CBS StatLine" });
    const text = await readFile(join(dir, "data/politie.csv"), "utf8");
    expect(text).toMatch(/^inwoners,GM2001,2022,12000,import,cbs-bevolking,/m);
    expect(text).not.toMatch(/^inwoners,.*,politie,/m);
    const yaml = await readFile(join(dir, "plan.yaml"), "utf8");
    expect(yaml).toContain(
      '  - { id: cbs-bevolking, name: "CBS StatLine", kind: open-data, description: "Bevolking op 1 januari per gemeente (CBS, tabel 03759ned)", url: "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/03759ned/table" }\n',
    );
    // The plan stays valid, and importing again changes nothing and adds nothing.
    const again = await importIntoPlan({ plan: await loadOrFail(dir), source });
    expect(again.changes).toEqual([]);
    expect(again.sourceAdded).toBeNull();
    expect(await readFile(join(dir, "plan.yaml"), "utf8")).toBe(yaml);
  });

  it("--source still decides for inhabitants when it is given", async () => {
    const dir = join(root.dir, "explicit");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(dir);
    const plan = await writePlan(
      dir,
      planData({
        municipality: { name: "Nieuwe Gemeente", code: "GM2001" },
        sources: [
          { id: "politie", name: "Politie", kind: "open-data" },
          { id: "eigen", name: "Eigen telling", kind: "municipal-registration" },
        ],
        series: [{ id: "inwoners", label: "Inwoners op 1 januari" }],
        data: ["data/politie.csv"],
      }),
      { "data/politie.csv": "series,area,period,value,origin,source,note\n" },
    );
    const result = await importIntoPlan({ plan, source, sourceId: "eigen" });
    expect(result.sourceAdded).toBeNull();
    expect(await readFile(join(dir, "data/politie.csv"), "utf8")).toMatch(
      /^inwoners,GM2001,2023,12100,import,eigen,/m,
    );
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

describe("importing inhabitants from CBS OData (03759NED)", () => {
  const PAGE = fileURLToPath(new URL("./fixtures/odata/03759NED/page-1.json", import.meta.url));

  it("reads the rows of all sexes, ages and marital states together, and skips the others", async () => {
    const figures = await collect(readSourceFile(PAGE));
    const inhabitants = figures.filter((f) => isPopulationTopic(f.topic));
    expect(inhabitants.map((f) => [f.region.code, f.period, f.value])).toEqual([
      ["NL01", "2022", 17590672],
      ["GM2001", "2022", 12000],
      ["GM2001", "2023", 12100],
    ]);
    expect(inhabitants.every((f) => f.crime.code === undefined && !f.registeredCrimes)).toBe(true);
    expect(figures[0]?.dataset).toMatchObject({ format: "odata-json", table: "03759NED" });
  });

  it("puts them into the series inwoners with the CBS source, as from StatLine", async () => {
    const dir = join(root.dir, "odata");
    const { mkdir } = await import("node:fs/promises");
    await mkdir(dir);
    const plan = await writePlan(
      dir,
      planData({
        municipality: { name: "Nieuwe Gemeente", code: "GM2001" },
        sources: [{ id: "politie", name: "Politie", kind: "open-data" }],
        series: [{ id: "inwoners", label: "Inwoners op 1 januari" }],
        data: ["data/politie.csv"],
      }),
      { "data/politie.csv": "series,area,period,value,origin,source,note\n" },
    );
    const result = await importIntoPlan({ plan, source: PAGE });
    expect(result.changes.map((c) => [c.series, c.period, c.value])).toEqual([
      ["inwoners", "2022", 12000],
      ["inwoners", "2023", 12100],
    ]);
    // The average population is another topic: counted as skipped, not imported.
    expect(result.skipped.otherTopics.get("GemiddeldeBevolking_2")).toBe(2);
    expect(await readFile(join(dir, "data/politie.csv"), "utf8")).toMatch(
      /^inwoners,GM2001,2022,12000,import,cbs-bevolking,03759NED$/m,
    );
  });
});
