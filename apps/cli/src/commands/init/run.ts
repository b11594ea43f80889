import { relative } from "node:path";
import { initPlan } from "@ivp/importers/node";
import { usageError } from "../../cli-error.ts";
import { EXIT } from "../../exit-codes.ts";
import { failOnImportError } from "../../import-error-to-cli.ts";
import { listOf, say } from "../../messages/say.ts";
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
    throw usageError(say("init", "period-invalid", { value: text }), "init");
  }
  return { start, end };
}

/** `ivp init <dir> --municipality <name or code>`: returns the exit code. */
export async function runInit(args: ParsedCommandArgs): Promise<number> {
  const dir = args.positionals[0] as string;
  const municipality = args.options.municipality;
  if (typeof municipality !== "string" || municipality.trim() === "") {
    throw usageError(say("init", "municipality-required"), "init");
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
      say("init", "created", { files: listOf(result.files.map(shown)) }),
      say("init", "for", { name: m.name, code: m.code, start: period.start, end: period.end }),
      say("init", "next"),
      say("init", "next-import", { dir }),
      `  ivp validate ${dir}`,
      "",
    ].join("\n"),
  );
  return EXIT.ok;
}
