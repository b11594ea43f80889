import { join } from "node:path";
import { REPO_ROOT, STATLINE_FILE } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ivp, snapshot } from "./run-ivp.ts";

const FIXTURES = join(REPO_ROOT, "packages/importers/test/fixtures");

describe("ivp import refuses bad input and writes nothing (built CLI)", () => {
  let dir = "";
  let remove = async () => {};
  let plan = "";

  beforeEach(async () => {
    ({ dir, remove } = await temporaryDirectory());
    plan = join(dir, "laren");
    expect(ivp(["init", plan, "--municipality", "Laren", "--period", "2024-2027"]).code).toBe(0);
  });
  afterEach(() => remove());

  it("a malformed file: exit 1, the file, line and column, no stack trace, nothing written", async () => {
    const before = await snapshot(dir);
    const run = ivp(["import", join(FIXTURES, "statline/afgebroken.csv"), "--plan", plan], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /afgebroken\.csv:9:16 {2}a quoted field is not closed on this line\nNothing was written\.\n$/,
    );
    expect(run.stderr).not.toMatch(/\bat \S+:\d+:\d+\)/);
    expect(await snapshot(dir)).toEqual(before);
  });

  it("a malformed OData page: exit 1 with its line and column", async () => {
    const before = await snapshot(dir);
    const run = ivp(["import", join(FIXTURES, "odata/kapot.json"), "--plan", plan]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('kapot.json:6:5  expected "," or "]" after a row, found "{"');
    expect(await snapshot(dir)).toEqual(before);
  });

  it("an ambiguous mapping: two series with one police code", async () => {
    const { readFile, writeFile } = await import("node:fs/promises");
    const file = join(plan, "plan.yaml");
    const text = await readFile(file, "utf8");
    await writeFile(
      file,
      text.replace(
        "  - { id: inwoners, label: Inwoners op 1 januari }\n",
        '  - { id: inwoners, label: Inwoners op 1 januari }\n  - { id: totaal-2, label: Nog een totaal, codes: { police: "0.0.0" } }\n',
      ),
    );
    const before = await snapshot(dir);
    const run = ivp(["import", STATLINE_FILE, "--plan", plan]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /plan\.yaml:\d+:\d+ {2}the series "misdrijven-totaal" and "totaal-2" both have the police code 0\.0\.0/,
    );
    expect(await snapshot(dir)).toEqual(before);
  });

  it("a dry run shows the changes and writes nothing", async () => {
    const before = await snapshot(dir);
    const run = ivp(["import", STATLINE_FILE, "--plan", plan, "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Would change in");
    expect(run.stdout).toContain("Dry run: nothing was written.");
    expect(await snapshot(dir)).toEqual(before);
  });

  it.each([
    [
      ["import", STATLINE_FILE],
      "ivp: the option --plan is required: the plan to import into\nRun 'ivp import --help' for usage.\n",
    ],
    [
      ["import", "--plan", "x"],
      "ivp: missing argument <source-file>: A StatLine CSV download, an OData JSON page, or the https address of an OData TypedDataSet.\nRun 'ivp import --help' for usage.\n",
    ],
    [
      ["import", STATLINE_FILE, "--plan", "x", "--from", "2022-13"],
      "ivp: --from: \"2022-13\" is not a period (2022, 2022-H1, 2022-Q3, 2022-10 or 2022MM10)\nRun 'ivp import --help' for usage.\n",
    ],
    [
      ["init", "somewhere"],
      "ivp: the option --municipality is required: a name or a CBS code such as GM0376\nRun 'ivp init --help' for usage.\n",
    ],
    [
      ["init", "somewhere", "-m", "Blaricum", "--period", "2027-2024"],
      "ivp: --period must be two years such as 2024-2027; got \"2027-2024\"\nRun 'ivp init --help' for usage.\n",
    ],
  ])("usage errors exit 2: %j", (args, stderr) => {
    const run = ivp(args, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(stderr);
  });

  it("ivp init refuses to overwrite a plan, and a municipality it cannot identify", async () => {
    const again = ivp(["init", plan, "--municipality", "Laren", "--period", "2024-2027"]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("plan.yaml exists already; ivp init does not overwrite a plan");
    const unknown = ivp(["init", join(dir, "a"), "--municipality", "Weesp"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      "Weesp (GM0457) is part of Amsterdam (GM0363) since 24 March 2022",
    );
    const mismatch = ivp([
      "init",
      join(dir, "b"),
      "--municipality",
      "Heemskerk",
      "--code",
      "GM0392",
    ]);
    expect(mismatch.code).toBe(1);
    expect(mismatch.stderr).toContain(
      "Heemskerk has the CBS code GM0396, not GM0392 (GM0392 is Haarlem)",
    );
  });
});
