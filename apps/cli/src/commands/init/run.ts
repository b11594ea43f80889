import { relative } from "node:path";
import { initPlan } from "@ivp/importers/node";
import { usageError } from "../../cli-error.ts";
import { EXIT } from "../../exit-codes.ts";
import { failOnImportError } from "../../import-error-to-cli.ts";
import { writeOutput } from "../../output.ts";
import type { ParsedCommandArgs } from "../command.ts";

function parsePeriodOption(text: string | undefined): { start: number; end: number } {
  if (text === undefined) {
    const start = new Date().getFullYear() + 1;
    return { start, end: start + 3 };
  }
  const match = /^(\d{4})\s*-\s*(\d{4})$/.exec(text.trim());
  const start = Number(match?.[1]);
  const end = Number(match?.[2]);
  if (!match || end < start || start < 1900 || end > 2199) {
    throw usageError(`--period must be two years such as 2024-2027; got "${text}"`, "init");
  }
  return { start, end };
}

/** `ivp init <dir> --municipality <name or code>`: returns the exit code. */
export async function runInit(args: ParsedCommandArgs): Promise<number> {
  const dir = args.positionals[0] as string;
  const municipality = args.options.municipality;
  if (typeof municipality !== "string" || municipality.trim() === "") {
    throw usageError(
      "the option --municipality is required: a name or a CBS code such as GM0376",
      "init",
    );
  }
  const period = parsePeriodOption(args.options.period as string | undefined);
  const schema = args.options.schema as string | undefined;
  const shown = (path: string) => relative(process.cwd(), path) || path;
  const result = await failOnImportError(() =>
    initPlan({
      dir,
      municipality,
      period,
      display: shown,
      ...(typeof args.options.code === "string" && { code: args.options.code }),
      ...(schema !== undefined && { schemaPath: schema }),
    }),
  );
  const m = result.municipality;
  await writeOutput(
    [
      `Created ${result.files.map(shown).join(" and ")}`,
      `for ${m.name} (${m.code}), ${period.start}-${period.end}.`,
      "Next: fill in the TODO placeholders (mission, priorities, baselines and targets), then",
      `  ivp import <StatLine CSV or OData page> --plan ${dir}`,
      `  ivp validate ${dir}`,
      "",
    ].join("\n"),
  );
  return EXIT.ok;
}
