import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { STATLINE_FILE } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { describe, expect, it } from "vitest";
import { ImportError } from "../src/import-error.ts";
import { wordImportError } from "../src/messages/word-import-error.ts";
import { importIntoPlan } from "../src/node/import-into-plan.ts";
import { FIXTURES, loadOrFail, planData, writePlan } from "./helpers.ts";

const MONTHS = join(FIXTURES, "statline/maandcijfers.csv");
const KINDS = join(FIXTURES, "statline/soorten-laren.csv");

const LAREN = {
  municipality: { name: "Laren", code: "GM0417", statlineName: "Laren (NH.)" },
  series: [
    { id: "misdrijven-totaal", label: "Totaal misdrijven", codes: { police: "0.0.0" } },
    { id: "woninginbraken", label: "Woninginbraken", codes: { police: "1.1.1" } },
  ],
  sources: [{ id: "politie", name: "Politie, open data", kind: "open-data" }],
};

async function withPlan<T>(
  data: Record<string, unknown>,
  files: Record<string, string>,
  run: (dir: string) => Promise<T>,
): Promise<T> {
  const { dir, remove } = await temporaryDirectory();
  try {
    await writePlan(dir, data, files);
    return await run(dir);
  } finally {
    await remove();
  }
}

describe("importIntoPlan", () => {
  it("creates the data file, lists it in the plan keeping its comments, and writes the figures", async () => {
    await withPlan(planData(LAREN), {}, async (dir) => {
      const plan = await loadOrFail(dir);
      const result = await importIntoPlan({ plan, source: KINDS });
      expect(result.dataFile).toBe("data/politie.csv");
      expect(result.planUpdated).toBe(true);
      expect(result.changes.map((c) => `${c.kind} ${c.series} ${c.period} ${c.value}`)).toEqual([
        "added misdrijven-totaal 2022 482",
        "added misdrijven-totaal 2023 480",
        "added woninginbraken 2022 31",
        "added woninginbraken 2023 28",
      ]);
      expect(await readFile(join(dir, "data/politie.csv"), "utf8")).toBe(
        [
          "series,area,period,value,origin,source,note",
          'misdrijven-totaal,GM0417,2022,482,import,politie,"StatLine: Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026"',
          'misdrijven-totaal,GM0417,2023,480,import,politie,"StatLine: Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026 (voorlopig)"',
          'woninginbraken,GM0417,2022,31,import,politie,"StatLine: Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026"',
          'woninginbraken,GM0417,2023,28,import,politie,"StatLine: Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026 (voorlopig)"',
          "",
        ].join("\n"),
      );
      const planText = await readFile(join(dir, "plan.yaml"), "utf8");
      expect(planText.startsWith("# Testplan\n")).toBe(true);
      expect(planText.endsWith("data:\n  - data/politie.csv\n")).toBe(true);
      expect(await readFile(join(dir, "plan.yaml.bak"), "utf8")).not.toContain("data/politie.csv");
      const reloaded = await loadOrFail(dir);
      expect(reloaded.observations).toHaveLength(4);
    });
  });

  it("is idempotent: importing the same file twice changes nothing and writes nothing", async () => {
    await withPlan(planData(LAREN), {}, async (dir) => {
      await importIntoPlan({ plan: await loadOrFail(dir), source: KINDS });
      const before = await readFile(join(dir, "data/politie.csv"), "utf8");
      const listing = await readdir(join(dir, "data"));
      const again = await importIntoPlan({ plan: await loadOrFail(dir), source: KINDS });
      expect(again.changes).toEqual([]);
      expect(again.unchanged).toBe(4);
      expect(again.written).toEqual([]);
      expect(await readFile(join(dir, "data/politie.csv"), "utf8")).toBe(before);
      expect(await readdir(join(dir, "data"))).toEqual(listing);
    });
  });

  it("updates a changed figure in place, keeps a backup, and leaves every other line as it was", async () => {
    const data = [
      "series,area,period,value,origin,source,note",
      "# not a comment in CSV, but a series id would fail: kept out",
      "",
    ];
    expect(data).toHaveLength(3);
    const existing = [
      "series,area,period,value,origin,source,note",
      "misdrijven-totaal,GM0417,2022,480,import,politie,oude download",
      "woninginbraken,GM0417,2021,33,table,,uit het document",
      "",
    ].join("\r\n");
    await withPlan(
      planData({ ...LAREN, data: ["data/politie.csv"] }),
      { "data/politie.csv": existing },
      async (dir) => {
        const result = await importIntoPlan({ plan: await loadOrFail(dir), source: KINDS });
        expect(result.changes[0]).toEqual({
          kind: "updated",
          series: "misdrijven-totaal",
          area: "GM0417",
          period: "2022",
          value: 482,
          previous: { value: 480, source: "politie", note: "oude download" },
          file: "data/politie.csv",
        });
        expect(result.changes.slice(1).map((c) => `${c.kind} ${c.series} ${c.period}`)).toEqual([
          "added misdrijven-totaal 2023",
          "added woninginbraken 2022",
          "added woninginbraken 2023",
        ]);
        expect(result.planUpdated).toBe(false);
        expect(await readFile(join(dir, "data/politie.csv.bak"), "utf8")).toBe(existing);
        const lines = (await readFile(join(dir, "data/politie.csv"), "utf8")).split("\r\n");
        expect(lines[1]).toBe(
          'misdrijven-totaal,GM0417,2022,482,import,politie,"StatLine: Geregistreerde misdrijven en aangiften; soort misdrijf, gemeente 2026"',
        );
        expect(lines[2]).toBe("woninginbraken,GM0417,2021,33,table,,uit het document");
        expect(lines).toHaveLength(7);
      },
    );
  });

  it("never changes a figure typed from the document; the imported one goes next to it", async () => {
    const existing = "series,area,period,value,origin\nmisdrijven-totaal,GM0417,2022,470,table\n";
    await withPlan(
      planData({ ...LAREN, data: ["data/politie.csv"] }),
      { "data/politie.csv": existing },
      async (dir) => {
        const result = await importIntoPlan({
          plan: await loadOrFail(dir),
          source: KINDS,
          to: "2022",
        });
        expect(result.changes.map((c) => `${c.kind} ${c.series} ${c.period} ${c.value}`)).toEqual([
          "added misdrijven-totaal 2022 482",
          "added woninginbraken 2022 31",
        ]);
        expect(await readFile(join(dir, "data/politie.csv"), "utf8")).toBe(
          `${existing}misdrijven-totaal,GM0417,2022,482,import\nwoninginbraken,GM0417,2022,31,import\n`,
        );
      },
    );
  });

  it("writes nothing with dryRun", async () => {
    await withPlan(planData(LAREN), {}, async (dir) => {
      const result = await importIntoPlan({
        plan: await loadOrFail(dir),
        source: KINDS,
        dryRun: true,
      });
      expect(result.changes).toHaveLength(4);
      expect(result.written).toEqual([]);
      expect(await readdir(dir)).toEqual(["plan.yaml"]);
    });
  });

  describe("refusals (nothing written)", () => {
    async function refusal(
      data: Record<string, unknown>,
      files: Record<string, string>,
      source: string,
    ): Promise<{ message: string; listing: string[] }> {
      return withPlan(data, files, async (dir) => {
        const before = await snapshot(dir);
        let message = "";
        try {
          await importIntoPlan({ plan: await loadOrFail(dir), source });
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          const at = error.location;
          message = `${at?.file ?? ""}${at?.line ? `:${at.line}:${at.column}` : ""} ${error.code}: ${error.message}${error.hint ? ` (${error.hint})` : ""}`;
        }
        expect(await snapshot(dir)).toEqual(before);
        return { message, listing: Object.keys(before) };
      });
    }
    async function snapshot(dir: string): Promise<Record<string, string>> {
      const result: Record<string, string> = {};
      for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
        if (entry.isFile()) {
          const path = join(entry.parentPath, entry.name);
          result[path.slice(dir.length + 1)] = await readFile(path, "utf8");
        }
      }
      return result;
    }

    it("a malformed source file", async () => {
      const { message } = await refusal(
        planData(LAREN),
        {},
        join(FIXTURES, "statline/afgebroken.csv"),
      );
      expect(message).toBe(
        "test/fixtures/statline/afgebroken.csv:9:16 malformed-file: a quoted field is not closed on this line",
      );
    });

    it("two series with the same crime-type code", async () => {
      const series = [
        ...LAREN.series,
        { id: "totaal-2", label: "Totaal", codes: { police: "0.0.0" } },
      ];
      const { message } = await refusal(planData({ ...LAREN, series }), {}, KINDS);
      expect(message).toMatch(
        /^.*plan\.yaml:\d+:\d+ ambiguous-mapping: the series "misdrijven-totaal" and "totaal-2" both have the police code 0\.0\.0, so ivp cannot tell which one its figures belong to \(keep the code on one series; the other can be derived or filled in by hand\)$/,
      );
    });

    it("a municipality the file has no figures for, with the row that comes close", async () => {
      const plan = planData({ ...LAREN, municipality: { name: "Laren", code: "GM0999" } });
      const { message } = await refusal(plan, {}, STATLINE_FILE);
      expect(message).toBe(
        '../../fixtures/data/statline-geregistreerde-misdrijven-2022-2023.csv unknown-municipality: the file has no figures for Laren (GM0999), looked for "Laren" (the file has "Laren (NH.)": if that is the municipality, set municipality.statlineName to it in the plan)',
      );
    });

    it("a name whose code in ivp's table contradicts the plan", async () => {
      const plan = planData({
        ...LAREN,
        municipality: { name: "Laren", code: "GM0999", statlineName: "Laren (NH.)" },
      });
      const { message } = await refusal(plan, {}, KINDS);
      expect(message).toMatch(
        /soorten-laren\.csv:7:21 ambiguous-mapping: the file's "Laren \(NH\.\)" is GM0417 in ivp's table of municipalities, but the plan gives Laren \(GM0999\) the code GM0999/,
      );
    });

    it("a file with no figure that fits the plan", async () => {
      const plan = planData({
        ...LAREN,
        series: [{ id: "fietsen", label: "Fietsen", codes: { police: "1.2.5" } }],
      });
      const { message } = await refusal(plan, {}, MONTHS);
      expect(message).toBe(
        '../../packages/importers/test/fixtures/statline/maandcijfers.csv unknown-reference: none of the 30 figures in the file fits the plan (the file\'s crime types for this municipality are police 0.0.0, police 1.1.1; give a series their code, e.g. codes: { police: "1.1.1" })'.replace(
          "../../packages/importers/",
          "",
        ),
      );
    });

    it("two imported rows for the same figure in the data files", async () => {
      const twice = [
        "series,area,period,value,origin",
        "misdrijven-totaal,GM0417,2022,482,import",
        "misdrijven-totaal,GM0417,2022,481,import",
        "",
      ].join("\n");
      const { message } = await refusal(
        planData({ ...LAREN, data: ["data/politie.csv"] }),
        { "data/politie.csv": twice },
        KINDS,
      );
      expect(message).toMatch(
        /data\/politie\.csv:3:1 ambiguous-mapping: two imported figures for misdrijven-totaal, GM0417, 2022: .*data\/politie\.csv:2 and here \(remove one of the two rows, then import again\)$/,
      );
    });

    it("a --source that the plan does not have", async () => {
      await withPlan(planData(LAREN), {}, async (dir) => {
        await expect(
          importIntoPlan({ plan: await loadOrFail(dir), source: KINDS, sourceId: "cbs" }),
        ).rejects.toThrow('the plan has no source "cbs"');
      });
    });

    it("a data file outside the plan directory", async () => {
      await withPlan(planData(LAREN), {}, async (dir) => {
        await expect(
          importIntoPlan({ plan: await loadOrFail(dir), source: KINDS, dataFile: "../elders.csv" }),
        ).rejects.toThrow('"../elders.csv" cannot be a data file of the plan');
      });
    });

    it("words these refusals in Dutch from their ids and data", async () => {
      const refusal = async (options: Partial<Parameters<typeof importIntoPlan>[0]>) =>
        withPlan(planData(LAREN), {}, async (dir) => {
          const error = await importIntoPlan({
            plan: await loadOrFail(dir),
            source: KINDS,
            ...options,
          }).then(
            () => undefined,
            (e: unknown) => e,
          );
          if (!(error instanceof ImportError)) throw new Error("expected an ImportError");
          return { id: error.messageId, en: error.message, nl: wordImportError(error, "nl") };
        });
      expect(await refusal({ sourceId: "cbs" })).toEqual({
        id: "plan/unknown-source",
        en: 'the plan has no source "cbs"',
        nl: { message: 'het plan heeft geen bron "cbs"', hint: "kies een van: politie" },
      });
      expect(await refusal({ dataFile: "../elders.csv" })).toEqual({
        id: "plan/data-file-path",
        en: '"../elders.csv" cannot be a data file of the plan',
        nl: {
          message: '"../elders.csv" kan geen databestand van het plan zijn',
          hint: "geef een .csv-pad binnen de map van het plan, zoals data/politie.csv",
        },
      });
      const period = await refusal({ from: "2017-H3" });
      expect(period.id).toBe("plan/option-period");
      expect(period.en).toMatch(/^--from: "2017-H3" is not a period: /);
      expect(period.nl.message).toMatch(/^--from: "2017-H3" is geen periode/);
    });
  });

  it("writes to --data, a second file, when asked", async () => {
    await withPlan(
      planData({ ...LAREN, data: ["data/politie.csv"] }),
      { "data/politie.csv": "series,period,value\n" },
      async (dir) => {
        const result = await importIntoPlan({
          plan: await loadOrFail(dir),
          source: KINDS,
          dataFile: "data/laren-soorten.csv",
        });
        expect(result.planUpdated).toBe(true);
        expect((await loadOrFail(dir)).plan.data).toEqual([
          "data/politie.csv",
          "data/laren-soorten.csv",
        ]);
        expect(await readFile(join(dir, "data/politie.csv"), "utf8")).toBe("series,period,value\n");
        await writeFile(join(dir, "unused"), "");
      },
    );
  });
});
