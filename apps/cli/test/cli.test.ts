import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@ivp/testkit/paths";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../src/commands/index.ts";
import { runIvp } from "./run-ivp.ts";

const version = JSON.parse(readFileSync(join(REPO_ROOT, "apps/cli/package.json"), "utf8")).version;

describe("ivp", () => {
  it("prints its version", () => {
    expect(runIvp(["--version"])).toMatchObject({ status: 0, stdout: `${version}\n` });
    expect(runIvp(["-v"]).stdout).toBe(`${version}\n`);
    expect(runIvp(["table", "--version"]).stdout).toBe(`${version}\n`);
    // The dispatcher's own answer, in a bundle that carries it and in dist/main.js.
    expect(runIvp(["status", "--version"]).stdout).toBe(`${version}\n`);
    expect(runIvp(["init", "--version"]).stdout).toBe(`${version}\n`);
    expect(runIvp(["--help"]).stdout.split("\n")[0]).toMatch(new RegExp(`^ivp ${version}: `));
  });

  it("has its version from the build, without package.json's object in the bundles' start", () => {
    for (const bundle of ["main.js", "commands/status.js", "commands/report.js"]) {
      const text = readFileSync(join(REPO_ROOT, "apps/cli/dist", bundle), "utf8");
      expect(text).toContain(`return"${version}"`);
    }
  });

  it("reads its version from package.json when the sources run", async () => {
    const { main } = await import("../src/main.ts");
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string, done?: () => void) => {
      written.push(String(chunk));
      done?.();
      return true;
    }) as typeof process.stdout.write;
    try {
      expect(await main(["--version"])).toBe(0);
    } finally {
      process.stdout.write = write;
    }
    expect(written.join("")).toBe(`${version}\n`);
  });

  it("lists every command in its help", () => {
    const run = runIvp(["--help"]);
    expect(run.status).toBe(0);
    for (const command of COMMANDS) expect(run.stdout).toContain(`  ${command.name} `);
  });

  it("exits 2 with the help when run without a command", () => {
    const run = runIvp([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("Usage: ivp <command>");
  });

  it.each(COMMANDS.map((c) => c.name))("has help for %s, listing every option", (name) => {
    const run = runIvp([name, "--help"]);
    expect(run.status).toBe(0);
    const command = COMMANDS.find((c) => c.name === name);
    for (const option of command?.options ?? []) expect(run.stdout).toContain(`--${option.name}`);
    expect(runIvp(["help", name]).stdout).toBe(run.stdout);
  });

  describe("usage errors exit 2 with a hint, on stderr", () => {
    it.each([
      [["tabel"], 'unknown command "tabel"; did you mean "table"?'],
      [["validate"], "missing argument <plan>"],
      [["table", "examples/laren-2019-2022"], "missing argument <table-id>"],
      [
        ["table", "examples/laren-2019-2022", "tabel-1", "--formt", "md"],
        "unknown option --formt for 'ivp table'; did you mean --format?",
      ],
      [
        ["table", "examples/laren-2019-2022", "tabel-1", "--format", "pdf"],
        "--format must be one of tsv, csv, xlsx, md, json",
      ],
      [
        ["table", "examples/laren-2019-2022", "tabel-1", "--format"],
        "the option --format needs a value",
      ],
      [["validate", "a", "b"], "too many arguments: b"],
      [["--frobnicate"], "unknown option --frobnicate"],
    ])("%j", (args, message) => {
      const run = runIvp(args);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain("--help' for usage.");
    });
  });

  describe("with IVP_LANG=nl", () => {
    const nl = { env: { IVP_LANG: "nl" } };

    it("writes its own messages in Dutch", () => {
      const run = runIvp(["tabel"], nl);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        'ivp: onbekende opdracht "tabel"; bedoelt u "table"?\nZie \'ivp --help\' voor het gebruik.\n',
      );
      expect(runIvp(["validate", "a", "b"], nl).stderr).toBe(
        "ivp: te veel argumenten: b\nZie 'ivp validate --help' voor het gebruik.\n",
      );
      // A switch given a value: parseArgs's words were Node's English ones.
      const flag = ["import", "bron.csv", "--plan", "plan", "--dry-run=yes"];
      expect(runIvp(flag, nl)).toMatchObject({
        status: 2,
        stderr:
          "ivp: de optie --dry-run heeft geen waarde; gegeven: --dry-run=yes\nZie 'ivp import --help' voor het gebruik.\n",
      });
      expect(runIvp(flag).stderr).toBe(
        "ivp: the option --dry-run takes no value; given: --dry-run=yes\nRun 'ivp import --help' for usage.\n",
      );
    });

    it("writes the help in Dutch, and a missing argument's text", () => {
      const main = runIvp(["--help"], nl);
      expect(main.status).toBe(0);
      expect(main.stdout).toContain("\nGebruik: ivp <opdracht> [argumenten] [opties]\n");
      const help = runIvp(["status", "--help"], nl);
      expect(help.stdout.split("\n")[0]).toBe("Gebruik: ivp status <plan> [opties]");
      expect(help.stdout).toContain("\nAfsluitcodes:\n  0   de status is geschreven\n");
      expect(runIvp(["help", "status"], nl).stdout).toBe(help.stdout);
      // A command's --lang chooses the help's language too; IVP_LANG is the default.
      expect(runIvp(["status", "--help", "--lang", "nl"]).stdout).toBe(help.stdout);
      expect(runIvp(["status", "--help", "--lang", "en"], nl).stdout).toBe(
        runIvp(["status", "--help"]).stdout,
      );
      expect(runIvp(["table", "examples/laren-2019-2022"], nl).stderr).toBe(
        "ivp: argument <table-id> ontbreekt: Het id van de tabel, bijvoorbeeld tabel-1.\nZie 'ivp table --help' voor het gebruik.\n",
      );
    });

    it("counts a plan's parts in the singular and the plural, in both languages", () => {
      // Blaricum has one priority and one table (it used to say "1 priorities, ... 1 tables").
      const dutch = runIvp(["validate", "examples/blaricum"], nl).stdout;
      const english = runIvp(["validate", "examples/blaricum"]).stdout;
      expect(dutch).toMatch(
        /: geldig \(1 prioriteit, 0 thema's, \d+ indicatoren, 1 tabel, \d+ waarnemingen\)/,
      );
      expect(english).toMatch(
        /: valid \(1 priority, 0 themes, \d+ indicators, 1 table, \d+ observations\)/,
      );
    });

    it("leaves the plan's texts to --lang, and --lang chooses the CLI's own texts too", () => {
      const dutch = runIvp(["validate", "examples/laren-2019-2022"], nl);
      const english = runIvp(["validate", "examples/laren-2019-2022", "--lang", "en"], nl);
      expect(dutch.status).toBe(0);
      const verdict =
        /: geldig \(\d+ prioriteiten, \d+ thema's, \d+ indicatoren, \d+ tabellen, \d+ waarnemingen\); /;
      expect(dutch.stdout).toMatch(verdict);
      expect(english.stdout).toMatch(/: valid \(\d+ priorities, \d+ themes, /);
      expect(english.stdout).toContain("\n    also at ");
      expect(dutch.stdout).toContain("\n    ook op ");
      // The findings follow --lang (the plan's Dutch by default), not IVP_LANG.
      expect(english.stdout).not.toBe(dutch.stdout);
      expect(runIvp(["validate", "examples/laren-2019-2022"]).stdout).toMatch(
        /: valid \(\d+ priorities, /,
      );
    });
  });

  it("exits quietly when its output pipe closes early", () => {
    const result = spawnSync(
      "sh",
      ["-c", `node apps/cli/dist/ivp.js table examples/laren-2019-2022 tabel-2 | head -n 1`],
      {
        cwd: REPO_ROOT,
        encoding: "utf8",
      },
    );
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toHaveLength(2);
  });
});
