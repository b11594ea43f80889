import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { importIntoPlan, withPlanLock } from "@ivp/importers/node";
import { parsePeriod } from "@ivp/model";
import { usageError } from "../../cli-error.ts";
import { EXIT } from "../../exit-codes.ts";
import { failOnImportError } from "../../import-error-to-cli.ts";
import { loadPlanOrFail } from "../../load-plan-or-fail.ts";
import { say } from "../../messages/say.ts";
import { writeOutput } from "../../output.ts";
import type { ParsedCommandArgs } from "../command.ts";
import { formatImportReport } from "./format-import-report.ts";

/** The directory of a plan given as a directory or as its plan file. */
async function planDirectory(target: string): Promise<string> {
  const path = resolve(target);
  const info = await stat(path).catch(() => undefined);
  return info?.isDirectory() ? path : dirname(path);
}

/** `ivp import <source-file> --plan <plan>`: returns the exit code. */
export async function runImport(args: ParsedCommandArgs): Promise<number> {
  const source = args.positionals[0] as string;
  const target = args.options.plan;
  if (typeof target !== "string") {
    throw usageError(say("import", "plan-required"), "import");
  }
  for (const option of ["from", "to"] as const) {
    const value = args.options[option];
    if (typeof value === "string" && !parsePeriod(value).success) {
      throw usageError(say("import", "not-a-period", { option, value }), "import");
    }
  }
  const dryRun = args.options["dry-run"] === true;
  const run = async () => {
    const plan = await loadPlanOrFail(target);
    const result = await importIntoPlan({
      plan,
      source,
      ...(typeof args.options.from === "string" && { from: args.options.from }),
      ...(typeof args.options.to === "string" && { to: args.options.to }),
      ...(typeof args.options.data === "string" && { dataFile: args.options.data }),
      ...(typeof args.options.source === "string" && { sourceId: args.options.source }),
      ...(dryRun && { dryRun: true }),
      ...(args.options["first-page-only"] === true && { firstPageOnly: true }),
    });
    return { plan, result };
  };
  // The plan is read, merged and rewritten under the plan directory's import
  // lock: a second import at the same time fails with a message instead of
  // overwriting the first one's figures. A dry run writes nothing and takes none.
  const { plan, result } = await failOnImportError(async () =>
    dryRun ? run() : withPlanLock(await planDirectory(target), run),
  );
  await writeOutput(
    formatImportReport(result, {
      source,
      planDir: plan.dir,
      verbose: args.options.verbose === true,
      dryRun,
    }),
  );
  return EXIT.ok;
}
