// The playground's findings are the CLI's: for every bundled example, what the
// page computes (workbench.ts, the module the page runs, on the files the page
// bundles) equals `ivp validate --format json` run in the plan's directory
// (rule, line, column, message, and every other field), in both languages.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { REPO_ROOT } from "@ivp/testkit/paths";
import { describe, expect, it } from "vitest";
import { EXAMPLES, loadExample } from "../.vitepress/theme/playground/examples.ts";
import { checkPlan } from "../.vitepress/theme/playground/workbench.ts";
import { examplePlanDirs } from "./helpers.ts";

const IVP = join(REPO_ROOT, "apps/cli/dist/ivp.js");

function validate(dir: string, lang: string) {
  let stdout: string;
  try {
    stdout = execFileSync(
      process.execPath,
      [IVP, "validate", ".", "--format", "json", "--lang", lang, "--no-cache"],
      {
        cwd: dir,
        encoding: "utf8",
      },
    );
  } catch (error) {
    // Exit 1 (a plan with errors) still prints the report.
    stdout = (error as { stdout: string }).stdout;
  }
  return JSON.parse(stdout) as {
    valid: boolean;
    counts: Record<string, number>;
    issues: unknown[];
    findings: { rule: string; line: number; column: number; message: string }[];
  };
}

/** The files of a plan directory by path: plan.yaml and its data/ folder. */
function filesOnDisk(dir: string): Map<string, string> {
  const files = new Map([["plan.yaml", readFileSync(join(dir, "plan.yaml"), "utf8")]]);
  const data = join(dir, "data");
  for (const name of readdirSync(dir).includes("data") ? readdirSync(data) : []) {
    files.set(`data/${name}`, readFileSync(join(data, name), "utf8"));
  }
  return files;
}

describe("the playground's examples", () => {
  it("are every plan the repository and the docs ship, with the same files", async () => {
    const dirs = examplePlanDirs();
    expect(EXAMPLES.map((e) => e.name).sort()).toEqual(dirs.map((d) => basename(d)).sort());
    for (const dir of dirs) {
      expect(await loadExample(basename(dir))).toEqual(filesOnDisk(dir));
    }
  });

  for (const dir of examplePlanDirs()) {
    for (const lang of ["nl", "en"] as const) {
      it(`${basename(dir)} (${lang}): the findings of ivp validate --format json, identical`, async () => {
        const cli = validate(dir, lang);
        const page = await checkPlan((await loadExample(basename(dir))) ?? new Map(), {
          lang,
          results: false,
        });
        expect(page.issues).toEqual(cli.issues);
        expect(page.findings).toEqual(cli.findings);
        expect(page.counts).toEqual(cli.counts);
        expect(page.valid).toBe(cli.valid);
        // Not vacuous: Laren as printed has its 23 findings.
        if (basename(dir) === "laren-2019-2022") expect(page.findings).toHaveLength(23);
      });
    }
  }

  it("a broken plan: the same issues as ivp validate (a missing data file, a wrong type)", async () => {
    const files = filesOnDisk(join(REPO_ROOT, "examples/blaricum"));
    files.delete("data/politie.csv");
    const page = await checkPlan(files, { lang: "en" });
    expect(page.issues.map((i) => [i.code, i.file, i.line, i.message])).toEqual([
      [
        "file-not-found",
        "plan.yaml",
        expect.any(Number),
        "the data file data/politie.csv does not exist",
      ],
    ]);
    expect(page.valid).toBe(false);
  });
});
