import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "./commands/index.ts";
import { commandHelp, mainHelp } from "./help.ts";
import { en } from "./messages/help/en.ts";
import { nl } from "./messages/help/nl.ts";

/** `ivp <command> --help` as ivp printed it before its texts moved to the catalogue (since then only the texts of --no-cache, --lang and bulk's --jobs changed, on purpose: --no-cache turns off the code cache too, --lang chooses the language of ivp's own messages too, --jobs also reads OData pages on the workers). */
const golden = (name: string) =>
  readFileSync(join(import.meta.dirname, "../test/fixtures/help", `${name}.txt`), "utf8");

describe("the help in English", () => {
  it("of ivp is byte for byte what it was", () => {
    expect(mainHelp("0.0.0", en, COMMANDS)).toBe(golden("main"));
  });

  it.each(COMMANDS.filter((c) => c.name !== "table"))(
    "of $name is byte for byte what it was",
    (command) => {
      expect(commandHelp(command, en)).toBe(golden(command.name));
    },
  );

  it("of table lists exit code 2 once, with the table's own meaning", () => {
    // Before, table's help listed 2 twice: its own meaning, then the common one.
    const twice =
      "  2   --correction without --mark-chance, or another usage error\n" +
      "  2   usage error: unknown command or option, missing or bad argument\n";
    expect(golden("table")).toContain(twice);
    const table = COMMANDS.find((c) => c.name === "table");
    expect(table && commandHelp(table, en)).toBe(
      golden("table").replace(twice, `${twice.split("\n")[0]}\n`),
    );
  });
});

describe("the help in Dutch", () => {
  it("has Dutch headings, usage lines and texts, and the same options and examples", () => {
    const status = COMMANDS.find((c) => c.name === "status");
    if (!status) throw new Error("no status command");
    const help = commandHelp(status, nl);
    expect(help.split("\n")[0]).toBe("Gebruik: ivp status <plan> [opties]");
    for (const heading of ["Argumenten:", "Opties:", "Voorbeelden:", "Afsluitcodes:"]) {
      expect(help).toContain(`\n${heading}\n`);
    }
    expect(help.replace(/\s+/g, " ")).toContain(
      "(een van: text, csv, xlsx, json; standaard: text)",
    );
    for (const example of status.examples) expect(help).toContain(`  ${example}\n`);
    expect(mainHelp("1.2.3", nl, COMMANDS)).toMatch(/^ivp 1\.2\.3: /);
    expect(mainHelp("1.2.3", nl, COMMANDS)).toContain(
      "Gebruik: ivp <opdracht> [argumenten] [opties]",
    );
  });
});
