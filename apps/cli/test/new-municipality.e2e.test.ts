import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { STATLINE_FILE } from "@ivp/testkit/paths";
import { temporaryDirectory } from "@ivp/testkit/tmp-dir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ivp } from "./run-ivp.ts";

/**
 * Issue 13, as a new user would do it: a plan from an empty directory for a
 * municipality other than Blaricum, Eemnes and Laren, then two successive
 * StatLine exports (the shared 2022-2023 export split into its two years),
 * and the police table follows the data without any edit of plan.yaml.
 */

let dir = "";
let remove = async () => {};
let export2022 = "";
let export2023 = "";

/** The StatLine export with only the period column `keep` (1 or 2) of its two. */
function oneYear(text: string, keep: 1 | 2): string {
  return text
    .split("\n")
    .map((line) => {
      // Fields are quoted and may hold a ";" ("Gemeenten; niet in te delen").
      const cells = line.match(/"(?:[^"]|"")*"/g) ?? [];
      return cells.length === 3 ? [cells[0], cells[keep]].join(";") : line;
    })
    .join("\n");
}

beforeAll(async () => {
  ({ dir, remove } = await temporaryDirectory());
  const text = await readFile(STATLINE_FILE, "utf8");
  export2022 = join(dir, "misdrijven-2022.csv");
  export2023 = join(dir, "misdrijven-2023.csv");
  await writeFile(export2022, oneYear(text, 1));
  await writeFile(export2023, oneYear(text, 2));
});
afterAll(() => remove());

describe.each([
  // name given, plan title, 2022, 2023, change as the rule prints it
  ["Heemskerk", "Heemskerk", "1369", "1385", "+1%"], // 16/1369 = +1.17%
  ["sudwest fryslan", "Súdwest-Fryslân", "2834", "2691", "-5%"], // -143/2834 = -5.05%
])(
  "ivp init --municipality %j, then two imports (built CLI)",
  (given, name, y2022, y2023, change) => {
    it("shows the newest year and its change against the year before, with no edit of plan.yaml", async () => {
      const plan = join(dir, given.replaceAll(" ", "-"));
      const init = ivp(["init", plan, "--municipality", given, "--period", "2025-2028"]);
      expect(init.stderr).toBe("");
      expect(init.code).toBe(0);
      const yaml = await readFile(join(plan, "plan.yaml"), "utf8");
      expect(yaml).toMatch(new RegExp(`^  name: "?${name}"?$`, "m"));

      expect(ivp(["import", export2022, "--plan", plan]).code).toBe(0);
      const first = ivp(["table", plan, "politiecijfers", "--format", "tsv"]);
      expect(first.code).toBe(0);
      expect(first.stdout.split("\n")[0]).toBe("Categorie\t2022");
      expect(first.stdout).toContain(`Totaal misdrijven\t${y2022}\n`);

      expect(ivp(["import", export2023, "--plan", plan]).code).toBe(0);
      const second = ivp(["table", plan, "politiecijfers", "--format", "tsv"]);
      expect(second.code).toBe(0);
      expect(second.stdout.split("\n")[0]).toBe("Categorie\t2022\t2023\t2023 t.o.v. 2022");
      expect(second.stdout).toContain(`Totaal misdrijven\t${y2022}\t${y2023}\t${change}\n`);
      // The plan itself was never touched by the imports.
      expect(await readFile(join(plan, "plan.yaml"), "utf8")).toBe(yaml);
    });
  },
);
