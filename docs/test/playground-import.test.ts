// A StatLine CSV opened in the playground is imported as `ivp import` imports
// it: the same data file and plan.yaml, byte for byte (statline-import.ts runs
// importers' importFigures on the page's files; the CLI runs importIntoPlan,
// which reads and writes files around the same function).
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LAREN_DIR, REPO_ROOT, STATLINE_FILE } from "@ivp/testkit/paths";
import { afterAll, describe, expect, it } from "vitest";
import { placeFiles } from "../.vitepress/theme/playground/open-files.ts";
import { checkPlan } from "../.vitepress/theme/playground/workbench.ts";

const IVP = join(REPO_ROOT, "apps/cli/dist/ivp.js");
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Blaricum without its imported total of crimes, in a directory of its own. */
function blaricumWithoutTotals(): string {
  const dir = mkdtempSync(join(tmpdir(), "ivp-playground-import-"));
  dirs.push(dir);
  cpSync(join(REPO_ROOT, "examples/blaricum"), dir, { recursive: true });
  const data = join(dir, "data/politie.csv");
  const kept = readFileSync(data, "utf8")
    .split("\n")
    .filter((line) => !line.startsWith("misdrijven-totaal,"));
  writeFileSync(data, kept.join("\n"));
  return dir;
}

const read = (dir: string, path: string) => readFileSync(join(dir, path), "utf8");

describe("a StatLine CSV opened in the playground", () => {
  it("changes the plan's files exactly as ivp import does", async () => {
    const before = blaricumWithoutTotals();
    const files = new Map([
      ["plan.yaml", read(before, "plan.yaml")],
      ["data/politie.csv", read(before, "data/politie.csv")],
    ]);
    const placed = await placeFiles(
      [
        {
          path: "statline-geregistreerde-misdrijven-2022-2023.csv",
          text: readFileSync(STATLINE_FILE, "utf8"),
        },
      ],
      files,
    );
    expect(placed.messages.join(" ")).toMatch(/imported into data\/politie\.csv: 2 figures added/);

    const cli = blaricumWithoutTotals();
    execFileSync(process.execPath, [IVP, "import", STATLINE_FILE, "--plan", cli, "--no-cache"], {
      encoding: "utf8",
    });
    expect(placed.files.get("data/politie.csv")).toBe(read(cli, "data/politie.csv"));
    expect(placed.files.get("plan.yaml")).toBe(read(cli, "plan.yaml"));
    // And the figure is back in the plan's table: 347 for 2023.
    const checked = await checkPlan(placed.files);
    const table = checked.tables.find((t) => "table" in t && t.table.id === "politiecijfers");
    const json = table && "table" in table ? table.table : undefined;
    const column = json?.columns.find((c) => c.header === "2023")?.id ?? "";
    expect(json?.rows[0]?.cells[column]?.text).toBe("347");
  });

  it("is refused with the importer's own message when nothing in it fits the plan", async () => {
    const files = new Map([["plan.yaml", read(LAREN_DIR, "plan.yaml")]]);
    const text = readFileSync(STATLINE_FILE, "utf8").replace(/"Laren \(NH\.\)";"\d+";"\d+"\n/, "");
    const placed = await placeFiles([{ path: "export.csv", text }], files);
    expect(placed.messages).toEqual([
      'Not imported: export.csv  the file has no figures for Laren (GM0417), looked for "Laren (NH.)" (check that the file covers this municipality (for OData, its RegioS code))',
    ]);
    expect(placed.files.get("plan.yaml")).toBe(files.get("plan.yaml"));
  });
});
